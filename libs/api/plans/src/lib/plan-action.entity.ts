import { OrganisationEntity, UserEntity, VersionedRecord } from '@naast/api-core';
import {
  ACTION_OWNER_KINDS,
  ACTION_STATUSES,
  MAX_ACTION_DESCRIPTION_LENGTH,
  MAX_ACTION_OWNER_NAME_LENGTH,
  type ActionOwnerKind,
  type ActionStatus,
} from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanGoalEntity } from './plan-goal.entity';
import { PlanEntity } from './plan.entity';

/** Who does what by when, under a goal. */
@Entity('plan_actions')
@Index(['planId', 'goalId'])
@Index(['organisationId', 'ownerUserId', 'status'])
@Check('plan_actions_version_positive', `version >= 1`)
@Check('plan_actions_description_length', `char_length(description) BETWEEN 1 AND ${MAX_ACTION_DESCRIPTION_LENGTH}`)
@Check('plan_actions_owner_user', `(owner_kind IN ('supporter', 'volunteer')) = (owner_user_id IS NOT NULL)`)
@Check(
  'plan_actions_owner_name',
  `(owner_kind IN ('network', 'external')) = (owner_name IS NOT NULL)
   AND (owner_name IS NULL OR char_length(owner_name) BETWEEN 1 AND ${MAX_ACTION_OWNER_NAME_LENGTH})`,
)
@Check('plan_actions_done_on', `(status = 'done') = (done_on IS NOT NULL)`)
export class PlanActionEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'uuid' })
  goalId!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'enum', enum: ACTION_OWNER_KINDS, enumName: 'plan_action_owner_kind' })
  ownerKind!: ActionOwnerKind;

  /** The supporter or volunteer who carries it out. */
  @Column({ type: 'uuid', nullable: true })
  ownerUserId!: string | null;

  /** The named person from the network or the external party. */
  @Column({ type: 'text', nullable: true })
  ownerName!: string | null;

  @Column({ type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'enum', enum: ACTION_STATUSES, enumName: 'plan_action_status', default: 'open' })
  status!: ActionStatus;

  @Column({ type: 'date', nullable: true })
  doneOn!: string | null;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  @ManyToOne(() => PlanGoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: PlanGoalEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_user_id' })
  ownerUser?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
