import { OrganisationEntity, UserEntity, VersionedRecord } from '@naast/api-core';
import { CaseEntity } from '@naast/api-cases';
import {
  PROCEDURE_KINDS,
  PROCEDURE_NOTE_MAX_LENGTH,
  PROCEDURE_OFFICE_MAX_LENGTH,
  PROCEDURE_OUTCOMES,
  type ProcedureKind,
  type ProcedureOutcome,
} from '@naast/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A procedure a case follows with an office (a Wmo application, an objection…). Its step dates live
 * in `case_procedure_dates`, one row per step that happened: the steps differ per kind and are data
 * in the contracts, so a new step or kind needs no new column.
 */
@Entity('case_procedures')
@Index(['organisationId', 'caseId', 'createdAt'])
@Check('case_procedures_office_length', `char_length(office) BETWEEN 1 AND ${PROCEDURE_OFFICE_MAX_LENGTH}`)
@Check(
  'case_procedures_outcome_note_length',
  `outcome_note IS NULL OR char_length(outcome_note) <= ${PROCEDURE_NOTE_MAX_LENGTH}`,
)
@Check('case_procedures_outcome_date', `(outcome = 'lopend') = (outcome_on IS NULL)`)
@Check('case_procedures_version_positive', `version >= 1`)
export class CaseProcedureEntity extends VersionedRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'enum', enum: PROCEDURE_KINDS, enumName: 'procedure_kind' })
  kind!: ProcedureKind;

  /** The office involved, e.g. "Gemeente Utrecht, Wmo-loket". */
  @Column({ type: 'text' })
  office!: string;

  /** Objections heard by an independent advisory committee get 12 weeks instead of 6 (art. 7:10 Awb). */
  @Column({ type: 'boolean', default: false })
  advisoryCommittee!: boolean;

  @Column({ type: 'enum', enum: PROCEDURE_OUTCOMES, enumName: 'procedure_outcome', default: 'lopend' })
  outcome!: ProcedureOutcome;

  @Column({ type: 'date', nullable: true })
  outcomeOn!: string | null;

  @Column({ type: 'text', nullable: true })
  outcomeNote!: string | null;

  @Column({ type: 'uuid' })
  createdById!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  supportCase?: CaseEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
