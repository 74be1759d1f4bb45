import { OrganisationEntity, UserEntity, VersionedRecord } from '@naast/api-core';
import { CaseEntity } from '@naast/api-cases';
import { MAX_VISIT_MINUTES, VISIT_MODES, type VisitMode } from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export const SUMMARY_MAX_LENGTH = 10_000;
export const NEXT_STEPS_MAX_LENGTH = 5_000;

/**
 * A contact moment with the client. Its current values change only through an amendment, which
 * keeps the earlier values (`visit_amendments`).
 */
@Entity('visits')
@Index(['organisationId', 'caseId', 'occurredAt', 'id'])
@Index(['organisationId', 'authorId'])
// Visits and volunteer hours of a month, from the index alone (INCLUDE columns, created in the migration).
@Index('visits_month', { synchronize: false })
@Check('visits_minutes_range', `minutes BETWEEN 1 AND ${MAX_VISIT_MINUTES}`)
@Check('visits_summary_length', `char_length(summary) BETWEEN 1 AND ${SUMMARY_MAX_LENGTH}`)
@Check('visits_next_steps_length', `next_steps IS NULL OR char_length(next_steps) <= ${NEXT_STEPS_MAX_LENGTH}`)
@Check('visits_version_positive', `version >= 1`)
export class VisitEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'int' })
  minutes!: number;

  @Column({ type: 'enum', enum: VISIT_MODES, enumName: 'visit_mode' })
  mode!: VisitMode;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  nextSteps!: string | null;

  /** Who recorded the visit; always the signed-in user, never chosen. */
  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: CaseEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
