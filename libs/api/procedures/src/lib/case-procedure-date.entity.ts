import { OrganisationEntity } from '@naast/api-core';
import { PROCEDURE_STEPS, type ProcedureStep } from '@naast/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CaseProcedureEntity } from './case-procedure.entity';

/** The day one step of a procedure happened; at most one date per step. */
@Entity('case_procedure_dates')
export class CaseProcedureDateEntity {
  @PrimaryColumn({ type: 'uuid' })
  procedureId!: string;

  @PrimaryColumn({ type: 'enum', enum: PROCEDURE_STEPS, enumName: 'procedure_step' })
  step!: ProcedureStep;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'date' })
  occurredOn!: string;

  @ManyToOne(() => CaseProcedureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'procedure_id' })
  procedure?: CaseProcedureEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
