import { OrganisationEntity } from '@naast/api-core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PlanGoalEntity } from './plan-goal.entity';

/** `goalId` can only be reached after `dependsOnId` (debts before housing); never a cycle, checked on write. */
@Entity('plan_goal_dependencies')
@Index(['dependsOnId'])
@Check('plan_goal_dependencies_not_self', `goal_id <> depends_on_id`)
export class PlanGoalDependencyEntity {
  @PrimaryColumn({ type: 'uuid' })
  goalId!: string;

  @PrimaryColumn({ type: 'uuid' })
  dependsOnId!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => PlanGoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: PlanGoalEntity;

  @ManyToOne(() => PlanGoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'depends_on_id' })
  dependsOn?: PlanGoalEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
