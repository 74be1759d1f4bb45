import { OrganisationEntity, UserEntity } from '@naast/api-core';
import type { PlanGoalEvaluation } from '@naast/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanEntity } from './plan.entity';

/** An evaluation with the client: progress and a note per goal, and the next evaluation date it set. */
@Entity('plan_evaluations')
@Index(['planId', 'evaluatedOn'])
export class PlanEvaluationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  @Column({ type: 'date' })
  evaluatedOn!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  /** Per goal, with the goal's title at the time, so a later rename or removal keeps the record readable. */
  @Column({ type: 'jsonb' })
  goals!: PlanGoalEvaluation[];

  @Column({ type: 'date', nullable: true })
  nextEvaluationOn!: string | null;

  @Column({ type: 'uuid' })
  evaluatedById!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluated_by_id' })
  evaluatedBy?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
