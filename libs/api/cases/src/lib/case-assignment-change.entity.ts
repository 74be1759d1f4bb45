import { OrganisationEntity, UserEntity } from '@naast/api-core';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CaseEntity } from './case.entity';

/** Every change of a case's lead supporter, with who made it and why: shown on the case timeline. */
@Entity('case_assignment_changes')
@Index(['caseId', 'changedAt'])
export class CaseAssignmentChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid', nullable: true })
  fromUserId!: string | null;

  @Column({ type: 'uuid' })
  toUserId!: string;

  @Column({ type: 'uuid' })
  changedById!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: CaseEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_user_id' })
  fromUser?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_user_id' })
  toUser?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'changed_by_id' })
  changedBy?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
