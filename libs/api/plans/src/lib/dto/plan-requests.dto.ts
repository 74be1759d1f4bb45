import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, IsOptionalNonNull, IsRequiredNullable, toBoolean, toInteger, trimString } from '@naast/api-core';
import {
  ACTION_OWNER_KINDS,
  ACTION_STATUSES,
  DOMAIN_CODES,
  GOAL_PROGRESS,
  GOAL_STATUSES,
  MAX_ACTION_DESCRIPTION_LENGTH,
  MAX_ACTION_OWNER_NAME_LENGTH,
  MAX_GOAL_TITLE_LENGTH,
  MAX_PLAN_TEXT_LENGTH,
  PLAN_AGREEMENT_METHODS,
  type ActionOwnerInput,
  type ActionOwnerKind,
  type ActionStatus,
  type CreateActionRequest,
  type CreateGoalRequest,
  type DomainCode,
  type FixPlanRequest,
  type GoalProgress,
  type GoalStatus,
  type PlanAgreementMethod,
  type RecordEvaluationRequest,
  type UpdateActionRequest,
  type UpdateGoalRequest,
  type UpdatePlanRequest,
} from '@naast/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** Dates in a plan: agreed, due, done and evaluation days. Typos before this are refused. */
const PLAN_DATE_AFTER = '1999-12-31';
export const MAX_GOALS_PER_PLAN = 100;
export const MAX_ACTIONS_PER_GOAL = 100;

const oneOf = (values: readonly string[]) => `moet een van ${values.join(', ')} zijn`;
const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;
const versionMessage = { message: 'moet een geheel getal zijn' };

class VersionedDto {
  @ApiProperty({ description: 'The version this change is based on.' })
  @IsInt(versionMessage)
  @Min(1, { message: 'moet minstens 1 zijn' })
  version!: number;
}

export class UpdatePlanDto implements UpdatePlanRequest {
  @ApiProperty({ description: 'The plan version this change is based on; 0 creates the plan.' })
  @IsInt(versionMessage)
  @Min(0, { message: 'mag niet negatief zijn' })
  version!: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-11-29', description: 'Not in the future.' })
  @IsOptional()
  @IsIsoDate({ after: PLAN_DATE_AFTER, notInFuture: true })
  agreedOn?: string | null;

  @ApiPropertyOptional({ enum: PLAN_AGREEMENT_METHODS, nullable: true })
  @IsOptional()
  @IsIn(PLAN_AGREEMENT_METHODS, { message: oneOf(PLAN_AGREEMENT_METHODS) })
  agreementMethod?: PlanAgreementMethod | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-03-01' })
  @IsOptional()
  @IsIsoDate({ after: PLAN_DATE_AFTER })
  nextEvaluationOn?: string | null;
}

const titleRule = `moet 1 tot ${MAX_GOAL_TITLE_LENGTH} tekens lang zijn`;

export class CreateGoalDto implements CreateGoalRequest {
  @ApiProperty({ description: 'The goal in the client’s own words.', maxLength: MAX_GOAL_TITLE_LENGTH })
  @Transform(trimString)
  @IsString()
  @Length(1, MAX_GOAL_TITLE_LENGTH, { message: titleRule })
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_PLAN_TEXT_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(MAX_PLAN_TEXT_LENGTH)
  desiredOutcome?: string | null;

  @ApiProperty({ enum: DOMAIN_CODES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1, { message: 'moet minstens één levensdomein bevatten' })
  @ArrayMaxSize(DOMAIN_CODES.length)
  @ArrayUnique()
  @IsIn(DOMAIN_CODES, { each: true, message: `moet bestaan uit ${DOMAIN_CODES.join(', ')}` })
  domains!: DomainCode[];

  @ApiPropertyOptional({ format: 'uuid', isArray: true, description: 'Goals of the same plan that come first.' })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(MAX_GOALS_PER_PLAN)
  @ArrayUnique({ message: 'mag een doel maar één keer noemen' })
  @IsUUID('all', { each: true, message: 'moet uit uuids bestaan' })
  dependsOn?: string[];
}

export class UpdateGoalDto extends VersionedDto implements UpdateGoalRequest {
  @ApiPropertyOptional({ maxLength: MAX_GOAL_TITLE_LENGTH })
  @IsOptionalNonNull()
  @Transform(trimString)
  @IsString()
  @Length(1, MAX_GOAL_TITLE_LENGTH, { message: titleRule })
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_PLAN_TEXT_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(MAX_PLAN_TEXT_LENGTH)
  desiredOutcome?: string | null;

  @ApiPropertyOptional({ enum: DOMAIN_CODES, isArray: true, minItems: 1 })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMinSize(1, { message: 'moet minstens één levensdomein bevatten' })
  @ArrayMaxSize(DOMAIN_CODES.length)
  @ArrayUnique()
  @IsIn(DOMAIN_CODES, { each: true, message: `moet bestaan uit ${DOMAIN_CODES.join(', ')}` })
  domains?: DomainCode[];

  @ApiPropertyOptional({ enum: GOAL_STATUSES })
  @IsOptionalNonNull()
  @IsIn(GOAL_STATUSES, { message: oneOf(GOAL_STATUSES) })
  status?: GoalStatus;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Required when the status is stopped.' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(MAX_PLAN_TEXT_LENGTH)
  stoppedReason?: string | null;

  @ApiPropertyOptional({ format: 'uuid', isArray: true, description: 'Replaces the goals that come first.' })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(MAX_GOALS_PER_PLAN)
  @ArrayUnique({ message: 'mag een doel maar één keer noemen' })
  @IsUUID('all', { each: true, message: 'moet uit uuids bestaan' })
  dependsOn?: string[];
}

export class ActionOwnerInputDto implements ActionOwnerInput {
  @ApiProperty({ enum: ACTION_OWNER_KINDS })
  @IsIn(ACTION_OWNER_KINDS, { message: oneOf(ACTION_OWNER_KINDS) })
  kind!: ActionOwnerKind;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'For supporter and volunteer: a user linked to the case.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  userId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: MAX_ACTION_OWNER_NAME_LENGTH,
    example: 'Gemeente Utrecht, Wmo-loket',
    description: 'For network and external: who.',
  })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(MAX_ACTION_OWNER_NAME_LENGTH)
  name?: string | null;
}

const descriptionRule = `moet 1 tot ${MAX_ACTION_DESCRIPTION_LENGTH} tekens lang zijn`;

export class CreateActionDto implements CreateActionRequest {
  @ApiProperty({ maxLength: MAX_ACTION_DESCRIPTION_LENGTH })
  @Transform(trimString)
  @IsString()
  @Length(1, MAX_ACTION_DESCRIPTION_LENGTH, { message: descriptionRule })
  description!: string;

  @ApiProperty({ type: ActionOwnerInputDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ActionOwnerInputDto)
  owner!: ActionOwnerInputDto;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-12-15' })
  @IsOptional()
  @IsIsoDate({ after: PLAN_DATE_AFTER })
  dueOn?: string | null;
}

export class UpdateActionDto extends VersionedDto implements UpdateActionRequest {
  @ApiPropertyOptional({ maxLength: MAX_ACTION_DESCRIPTION_LENGTH })
  @IsOptionalNonNull()
  @Transform(trimString)
  @IsString()
  @Length(1, MAX_ACTION_DESCRIPTION_LENGTH, { message: descriptionRule })
  description?: string;

  @ApiPropertyOptional({ type: ActionOwnerInputDto })
  @IsOptionalNonNull()
  @IsObject()
  @ValidateNested()
  @Type(() => ActionOwnerInputDto)
  owner?: ActionOwnerInputDto;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-12-15' })
  @IsOptional()
  @IsIsoDate({ after: PLAN_DATE_AFTER })
  dueOn?: string | null;

  @ApiPropertyOptional({ enum: ACTION_STATUSES })
  @IsOptionalNonNull()
  @IsIn(ACTION_STATUSES, { message: oneOf(ACTION_STATUSES) })
  status?: ActionStatus;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2026-11-29',
    description: 'Defaults to today when the status becomes done; not in the future.',
  })
  @IsOptional()
  @IsIsoDate({ after: PLAN_DATE_AFTER, notInFuture: true })
  doneOn?: string | null;
}

export class FixPlanDto extends VersionedDto implements FixPlanRequest {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_PLAN_TEXT_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(MAX_PLAN_TEXT_LENGTH)
  note?: string | null;
}

export class GoalEvaluationDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'moet een uuid zijn' })
  goalId!: string;

  @ApiProperty({ enum: GOAL_PROGRESS })
  @IsIn(GOAL_PROGRESS, { message: oneOf(GOAL_PROGRESS) })
  progress!: GoalProgress;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_PLAN_TEXT_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(MAX_PLAN_TEXT_LENGTH)
  note?: string | null;
}

export class RecordEvaluationDto extends VersionedDto implements RecordEvaluationRequest {
  @ApiProperty({ example: '2026-11-29', description: 'Not in the future.' })
  @IsIsoDate({ after: PLAN_DATE_AFTER, notInFuture: true })
  evaluatedOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_PLAN_TEXT_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(MAX_PLAN_TEXT_LENGTH)
  summary?: string | null;

  @ApiProperty({ type: [GoalEvaluationDto], minItems: 1 })
  @IsArray()
  @ArrayMinSize(1, { message: 'moet minstens één doel bevatten' })
  @ArrayMaxSize(MAX_GOALS_PER_PLAN)
  @ValidateNested({ each: true })
  @Type(() => GoalEvaluationDto)
  goals!: GoalEvaluationDto[];

  @ApiProperty({ type: String, nullable: true, example: '2027-03-01', description: 'After the evaluation day.' })
  @IsRequiredNullable()
  @IsIsoDate({ after: PLAN_DATE_AFTER })
  nextEvaluationOn!: string | null;
}

/** `?version=N` on a DELETE: the version of the goal or action being removed. */
export class DeleteVersionQueryDto {
  @ApiProperty({ description: 'The version of the record being removed.' })
  @Transform(toInteger)
  @IsInt(versionMessage)
  @Min(1, { message: 'moet minstens 1 zijn' })
  version!: number;
}

export class PlanDiffQueryDto {
  @ApiProperty({ description: 'A fixed version number.', example: 1 })
  @Transform(toInteger)
  @IsInt(versionMessage)
  @Min(1, { message: 'moet minstens 1 zijn' })
  from!: number;

  @ApiProperty({ description: 'A fixed version number, or `current` for the living plan.', example: 'current' })
  @IsString()
  @Matches(/^(current|[1-9]\d{0,8})$/, { message: 'moet een versienummer of current zijn' })
  to!: string;
}

export class PlanPrintQueryDto {
  @ApiPropertyOptional({ description: 'Large print: body text of 16 pt or more.', default: false })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'moet true of false zijn' })
  largePrint?: boolean;
}
