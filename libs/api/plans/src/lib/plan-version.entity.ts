import { OrganisationEntity, UserEntity } from '@naast/api-core';
import type { PlanSnapshot } from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PlanEntity } from './plan.entity';

/**
 * A fixed (vastgesteld) version of a plan: the whole plan as it was agreed. Append-only: a database
 * trigger refuses UPDATE and DELETE, so what a client agreed to stays readable as it was.
 */
@Entity('plan_versions')
@Index(['planId', 'number'], { unique: true })
@Check('plan_versions_number_positive', `number >= 1`)
export class PlanVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  planId!: string;

  /** 1, 2, 3… per plan. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'jsonb' })
  snapshot!: PlanSnapshot;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid' })
  fixedById!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  fixedAt!: Date;

  @ManyToOne(() => PlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fixed_by_id' })
  fixedBy?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
