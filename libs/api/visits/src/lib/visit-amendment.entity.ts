import { OrganisationEntity, UserEntity } from '@naast/api-core';
import type { CreateVisitRequest } from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VisitEntity } from './visit.entity';

export const AMENDMENT_REASON_MIN_LENGTH = 3;
export const AMENDMENT_REASON_MAX_LENGTH = 1000;

/** One correction of a visit: the values before and after, of the fields it changed only. */
@Entity('visit_amendments')
@Index(['visitId', 'amendedAt'])
@Check(
  'visit_amendments_reason_length',
  `char_length(reason) BETWEEN ${AMENDMENT_REASON_MIN_LENGTH} AND ${AMENDMENT_REASON_MAX_LENGTH}`,
)
export class VisitAmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  visitId!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'jsonb' })
  previous!: Partial<CreateVisitRequest>;

  @Column({ type: 'jsonb' })
  changed!: Partial<CreateVisitRequest>;

  @Column({ type: 'uuid' })
  amendedById!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  amendedAt!: Date;

  @ManyToOne(() => VisitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'visit_id' })
  visit?: VisitEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'amended_by_id' })
  amendedBy?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
