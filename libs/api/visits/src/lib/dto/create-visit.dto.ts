import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { trimString } from '@naast/api-core';
import {
  DOMAIN_CODES,
  MAX_VISIT_MINUTES,
  VISIT_MODES,
  type CreateVisitRequest,
  type DomainCode,
  type VisitMode,
} from '@naast/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
  registerDecorator,
} from 'class-validator';
import { NEXT_STEPS_MAX_LENGTH, SUMMARY_MAX_LENGTH } from '../visit.entity';

/** A date-time with its offset: a local time without one would be ambiguous around DST. */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;

/** A well-formed instant with offset that is also a real moment (no 31 April, no 25:00). */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !INSTANT_PATTERN.test(value)) return false;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return false;
  // Date.parse rolls 2026-04-31 over to 1 May; the date part must survive a round trip at its own offset.
  const [, month, day] = value.slice(0, 10).split('-').map(Number);
  const offset = value.endsWith('Z')
    ? 0
    : (value.at(-6) === '-' ? -1 : 1) * (Number(value.slice(-5, -3)) * 60 + Number(value.slice(-2)));
  const local = new Date(parsed.getTime() + offset * 60_000);
  return local.getUTCMonth() + 1 === month && local.getUTCDate() === day;
}

function IsInstant(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: isInstant,
        defaultMessage: () => 'moet een datum en tijd met tijdzone zijn, zoals 2026-11-29T10:30:00+01:00',
      },
    });
}

export class CreateVisitDto implements CreateVisitRequest {
  @ApiProperty({ example: '2026-11-29T10:30:00+01:00', description: 'ISO date-time with offset; not in the future.' })
  @IsInstant()
  occurredAt!: string;

  @ApiProperty({ minimum: 1, maximum: MAX_VISIT_MINUTES })
  @IsInt({ message: 'moet een geheel aantal minuten zijn' })
  @Min(1, { message: 'moet minstens 1 minuut zijn' })
  @Max(MAX_VISIT_MINUTES, { message: `mag hoogstens ${MAX_VISIT_MINUTES} minuten zijn` })
  minutes!: number;

  @ApiProperty({ enum: VISIT_MODES })
  @IsIn(VISIT_MODES, { message: `moet een van ${VISIT_MODES.join(', ')} zijn` })
  mode!: VisitMode;

  @ApiProperty({ enum: DOMAIN_CODES, isArray: true, description: 'Domains touched; may be empty.' })
  @IsArray()
  @ArrayMaxSize(DOMAIN_CODES.length)
  @ArrayUnique()
  @IsIn(DOMAIN_CODES, { each: true, message: `moet bestaan uit ${DOMAIN_CODES.join(', ')}` })
  domains!: DomainCode[];

  @ApiProperty({ maxLength: SUMMARY_MAX_LENGTH })
  @Transform(trimString)
  @IsString()
  @Length(1, SUMMARY_MAX_LENGTH, { message: `moet 1 tot ${SUMMARY_MAX_LENGTH} tekens lang zijn` })
  summary!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: NEXT_STEPS_MAX_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(NEXT_STEPS_MAX_LENGTH)
  nextSteps?: string | null;
}
