import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, IsOptionalNonNull, toInteger, trimString } from '@naast/api-core';
import {
  DEFAULT_DEADLINE_WITHIN_DAYS,
  MAX_DEADLINE_WITHIN_DAYS,
  PROCEDURE_DEADLINE_SCOPES,
  PROCEDURE_KINDS,
  PROCEDURE_NOTE_MAX_LENGTH,
  PROCEDURE_OFFICE_MAX_LENGTH,
  PROCEDURE_OUTCOMES,
  type CreateProcedureRequest,
  type ProcedureDeadlineScope,
  type ProcedureDeadlinesQuery,
  type ProcedureKind,
  type ProcedureOutcome,
  type ProcedureStep,
  type UpdateProcedureRequest,
} from '@naast/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  Max,
  ValidateNested,
} from 'class-validator';

/** Procedure dates before this are typos. */
const PROCEDURE_DATE_AFTER = '1999-12-31';
const oneOf = (values: readonly string[]) => `moet een van ${values.join(', ')} zijn`;
const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;
const stepDate = () => IsIsoDate({ after: PROCEDURE_DATE_AFTER, notInFuture: true });
const dateDoc = { type: String, nullable: true, example: '2026-11-02' };

/**
 * The date of each step, by step name; null clears a step (on a change). A step the procedure's
 * kind does not have is refused by the service, naming `dates.<step>`.
 */
export class ProcedureDatesDto implements Partial<Record<ProcedureStep, string | null>> {
  @ApiPropertyOptional(dateDoc) @IsOptional() @stepDate() melding?: string | null;
  @ApiPropertyOptional(dateDoc) @IsOptional() @stepDate() persoonlijk_plan?: string | null;
  @ApiPropertyOptional(dateDoc) @IsOptional() @stepDate() onderzoek?: string | null;
  @ApiPropertyOptional(dateDoc) @IsOptional() @stepDate() aanvraag?: string | null;
  @ApiPropertyOptional(dateDoc) @IsOptional() @stepDate() besluit?: string | null;
  @ApiPropertyOptional(dateDoc) @IsOptional() @stepDate() bezwaar?: string | null;
  @ApiPropertyOptional(dateDoc) @IsOptional() @stepDate() hoorzitting?: string | null;
  @ApiPropertyOptional(dateDoc) @IsOptional() @stepDate() beslissing_op_bezwaar?: string | null;
  @ApiPropertyOptional(dateDoc) @IsOptional() @stepDate() beroep?: string | null;
  @ApiPropertyOptional(dateDoc) @IsOptional() @stepDate() uitspraak?: string | null;
}

class ProcedureOutcomeFields {
  @ApiPropertyOptional({ enum: PROCEDURE_OUTCOMES, default: 'lopend' })
  @IsOptionalNonNull()
  @IsIn(PROCEDURE_OUTCOMES, { message: oneOf(PROCEDURE_OUTCOMES) })
  outcome?: ProcedureOutcome;

  @ApiPropertyOptional({ ...dateDoc, description: 'Required with an outcome other than lopend; not in the future.' })
  @IsOptional()
  @stepDate()
  outcomeOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: PROCEDURE_NOTE_MAX_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(PROCEDURE_NOTE_MAX_LENGTH, { message: `mag hoogstens ${PROCEDURE_NOTE_MAX_LENGTH} tekens zijn` })
  outcomeNote?: string | null;
}

export class CreateProcedureDto extends ProcedureOutcomeFields implements CreateProcedureRequest {
  @ApiProperty({ enum: PROCEDURE_KINDS })
  @IsIn(PROCEDURE_KINDS, { message: oneOf(PROCEDURE_KINDS) })
  kind!: ProcedureKind;

  @ApiProperty({ example: 'Gemeente Utrecht, Wmo-loket', maxLength: PROCEDURE_OFFICE_MAX_LENGTH })
  @Transform(trimString)
  @IsString({ message: 'moet tekst zijn' })
  @Length(1, PROCEDURE_OFFICE_MAX_LENGTH, { message: `moet 1 tot ${PROCEDURE_OFFICE_MAX_LENGTH} tekens zijn` })
  office!: string;

  @ApiPropertyOptional({ default: false, description: 'Bezwaar only: heard by an independent advisory committee.' })
  @IsOptionalNonNull()
  @IsBoolean({ message: 'moet true of false zijn' })
  advisoryCommittee?: boolean;

  @ApiPropertyOptional({ type: ProcedureDatesDto })
  @IsOptionalNonNull()
  @IsObject({ message: 'moet een object zijn met een datum per stap' })
  @ValidateNested()
  @Type(() => ProcedureDatesDto)
  dates?: ProcedureDatesDto;
}

export class UpdateProcedureDto extends ProcedureOutcomeFields implements UpdateProcedureRequest {
  @ApiProperty({ description: 'The version this change is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  version!: number;

  @ApiPropertyOptional({ maxLength: PROCEDURE_OFFICE_MAX_LENGTH })
  @IsOptionalNonNull()
  @Transform(trimString)
  @IsString({ message: 'moet tekst zijn' })
  @Length(1, PROCEDURE_OFFICE_MAX_LENGTH, { message: `moet 1 tot ${PROCEDURE_OFFICE_MAX_LENGTH} tekens zijn` })
  office?: string;

  @ApiPropertyOptional()
  @IsOptionalNonNull()
  @IsBoolean({ message: 'moet true of false zijn' })
  advisoryCommittee?: boolean;

  @ApiPropertyOptional({ type: ProcedureDatesDto, description: 'Only the steps that change; null clears a step.' })
  @IsOptionalNonNull()
  @IsObject({ message: 'moet een object zijn met een datum per stap' })
  @ValidateNested()
  @Type(() => ProcedureDatesDto)
  dates?: ProcedureDatesDto;
}

/** `?version=N` on a DELETE. */
export class DeleteProcedureQueryDto {
  @ApiProperty({ description: 'The version of the procedure being removed.' })
  @Transform(toInteger)
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  version!: number;
}

export class ProcedureDeadlinesQueryDto implements ProcedureDeadlinesQuery {
  @ApiPropertyOptional({ enum: PROCEDURE_DEADLINE_SCOPES, default: 'mine' })
  @IsOptional()
  @IsIn(PROCEDURE_DEADLINE_SCOPES, { message: oneOf(PROCEDURE_DEADLINE_SCOPES) })
  scope?: ProcedureDeadlineScope;

  @ApiPropertyOptional({ description: 'With scope=team: one of your teams; without it, all of them.' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  teamId?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_DEADLINE_WITHIN_DAYS, default: DEFAULT_DEADLINE_WITHIN_DAYS })
  @IsOptional()
  @Transform(toInteger)
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(0, { message: 'mag niet negatief zijn' })
  @Max(MAX_DEADLINE_WITHIN_DAYS, { message: `mag hoogstens ${MAX_DEADLINE_WITHIN_DAYS} zijn` })
  within?: number;
}
