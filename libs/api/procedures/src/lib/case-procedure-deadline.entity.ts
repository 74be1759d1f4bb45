import { OrganisationEntity } from '@naast/api-core';
import { PROCEDURE_STEPS, type ProcedureStep } from '@naast/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CaseProcedureEntity } from './case-procedure.entity';

/**
 * The open deadlines of a procedure (`openProcedureDeadlines`), rewritten with every change of it,
 * so start pages and reviews select them by date in SQL. Due dates do not depend on the day; whether
 * one is near or passed is a comparison with today at read time.
 */
@Entity('case_procedure_deadlines')
@Index(['organisationId', 'caseId', 'dueOn'])
export class CaseProcedureDeadlineEntity {
  @PrimaryColumn({ type: 'uuid' })
  procedureId!: string;

  @PrimaryColumn({ type: 'enum', enum: PROCEDURE_STEPS, enumName: 'procedure_step' })
  step!: ProcedureStep;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'date' })
  dueOn!: string;

  /** What falls due, in Dutch (`procedureDeadlineLabel`), for lists across cases. */
  @Column({ type: 'text' })
  label!: string;

  @ManyToOne(() => CaseProcedureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'procedure_id' })
  procedure?: CaseProcedureEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
