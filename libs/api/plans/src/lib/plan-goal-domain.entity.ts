import { OrganisationEntity } from '@naast/api-core';
import { DomainEntity } from '@naast/api-cases';
import type { DomainCode } from '@naast/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PlanGoalEntity } from './plan-goal.entity';

/** The life domains a goal spans (at least one, checked on write). */
@Entity('plan_goal_domains')
@Index(['organisationId', 'domainCode'])
export class PlanGoalDomainEntity {
  @PrimaryColumn({ type: 'uuid' })
  goalId!: string;

  @PrimaryColumn({ type: 'text' })
  domainCode!: DomainCode;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => PlanGoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: PlanGoalEntity;

  @ManyToOne(() => DomainEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'domain_code' })
  domain?: DomainEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
