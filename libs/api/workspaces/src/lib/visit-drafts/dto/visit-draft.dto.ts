import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DOMAIN_CODES,
  MAX_VISIT_MINUTES,
  VISIT_MODES,
  type DomainCode,
  type SaveVisitDraftRequest,
  type SubmitVisitDraftRequest,
  type VisitDraftFields,
  type VisitDraftView,
  type VisitMode,
} from '@naast/contracts';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** Generous bounds: a draft may be unfinished, but never more than a visit can hold. */
const SUMMARY_MAX_LENGTH = 10_000;
const NEXT_STEPS_MAX_LENGTH = 5_000;

/**
 * Any subset of a visit's fields, each of the right type; whether together they make a valid
 * visit is checked only on submit.
 */
export class VisitDraftFieldsDto implements VisitDraftFields {
  @ApiPropertyOptional({ description: 'ISO date-time with offset, as typed so far.' })
  @IsOptional()
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(40)
  occurredAt?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: MAX_VISIT_MINUTES })
  @IsOptional()
  @IsInt({ message: 'moet een geheel aantal minuten zijn' })
  @Min(0)
  @Max(MAX_VISIT_MINUTES, { message: `mag hoogstens ${MAX_VISIT_MINUTES} minuten zijn` })
  minutes?: number;

  @ApiPropertyOptional({ enum: VISIT_MODES })
  @IsOptional()
  @IsIn(VISIT_MODES, { message: `moet een van ${VISIT_MODES.join(', ')} zijn` })
  mode?: VisitMode;

  @ApiPropertyOptional({ enum: DOMAIN_CODES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(DOMAIN_CODES.length)
  @ArrayUnique()
  @IsIn(DOMAIN_CODES, { each: true, message: `moet bestaan uit ${DOMAIN_CODES.join(', ')}` })
  domains?: DomainCode[];

  @ApiPropertyOptional({ maxLength: SUMMARY_MAX_LENGTH })
  @IsOptional()
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(SUMMARY_MAX_LENGTH)
  summary?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: NEXT_STEPS_MAX_LENGTH })
  @IsOptional()
  @IsString({ message: 'moet tekst zijn' })
  @MaxLength(NEXT_STEPS_MAX_LENGTH)
  nextSteps?: string | null;
}

export class SaveVisitDraftDto extends VisitDraftFieldsDto implements SaveVisitDraftRequest {
  @ApiProperty({ description: 'The version this draft is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1)
  version!: number;
}

export class SubmitVisitDraftDto implements SubmitVisitDraftRequest {
  @ApiProperty({ description: 'The version of the draft being submitted.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1)
  version!: number;
}

class DraftClientDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  displayName!: string;
}

export class VisitDraftViewDto implements VisitDraftView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: DraftClientDto })
  client!: DraftClientDto;

  @ApiProperty({ type: VisitDraftFieldsDto })
  fields!: VisitDraftFieldsDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty()
  version!: number;
}
