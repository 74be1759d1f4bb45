import { OrganisationEntity, VersionedRecord } from '@naast/api-core';
import { GOAL_STATUSES, MAX_GOAL_TITLE_LENGTH, MAX_PLAN_TEXT_LENGTH, type GoalStatus } from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanEntity } from './plan.entity';

/** A goal of a plan, in the client's own words. */
@Entity('plan_goals')
@Index(['planId', 'position'])
@Check('plan_goals_version_positive', `version >= 1`)
@Check('plan_goals_title_length', `char_length(title) BETWEEN 1 AND ${MAX_GOAL_TITLE_LENGTH}`)
@Check(
  'plan_goals_desired_outcome_length',
  `desired_outcome IS NULL OR char_length(desired_outcome) <= ${MAX_PLAN_TEXT_LENGTH}`,
)
@Check('plan_goals_stopped_reason', `(status = 'stopped') = (stopped_reason IS NOT NULL)`)
export class PlanGoalEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  desiredOutcome!: string | null;

  @Column({ type: 'enum', enum: GOAL_STATUSES, enumName: 'plan_goal_status', default: 'open' })
  status!: GoalStatus;

  @Column({ type: 'text', nullable: true })
  stoppedReason!: string | null;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
