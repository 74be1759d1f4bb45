import { OrganisationEntity, UserEntity } from '@naast/api-core';
import { CASE_STATUSES, type CaseStatus } from '@naast/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

/** Every status a case went through, with who, when and why; the first row has `fromStatus` null. */
@Entity('case_status_changes')
@Index(['caseId', 'changedAt'])
export class CaseStatusChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'enum', enum: CASE_STATUSES, enumName: 'case_status', nullable: true })
  fromStatus!: CaseStatus | null;

  @Column({ type: 'enum', enum: CASE_STATUSES, enumName: 'case_status' })
  toStatus!: CaseStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid' })
  changedById!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: CaseEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
