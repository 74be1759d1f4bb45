import { OrganisationEntity, UserEntity, VersionedRecord } from '@naast/api-core';
import { CaseEntity } from '@naast/api-cases';
import { PLAN_AGREEMENT_METHODS, type PlanAgreementMethod } from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The one living support plan of a case. Its `version` moves with every change in the plan (its
 * own fields, goals, actions, fixing, evaluating), so a fix or evaluation is based on what was seen.
 */
@Entity('plans')
@Index(['caseId'], { unique: true })
@Index(['organisationId', 'nextEvaluationOn'])
// Plans with overdue actions (partial, INCLUDE case_id; created in the migration).
@Index('plans_overdue', { synchronize: false })
@Check('plans_version_positive', `version >= 1`)
@Check('plans_agreement_complete', `(agreed_on IS NULL) = (agreement_method IS NULL)`)
export class PlanEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** The day the client agreed to the plan. */
  @Column({ type: 'date', nullable: true })
  agreedOn!: string | null;

  @Column({ type: 'enum', enum: PLAN_AGREEMENT_METHODS, enumName: 'plan_agreement_method', nullable: true })
  agreementMethod!: PlanAgreementMethod | null;

  @Column({ type: 'date', nullable: true })
  nextEvaluationOn!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  /**
   * Maintained by the database from `plan_actions` (migration CaseloadFacts): the earliest due date
   * of the open actions, NULL when none; the plan has overdue actions when it lies before today.
   */
  @Column({ type: 'date', nullable: true, update: false, insert: false })
  overdueFrom!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: CaseEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
