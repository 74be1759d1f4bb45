import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, IsOptionalNonNull, trimString } from '@naast/api-core';
import {
  MAX_FOLLOW_UP_NOTE_LENGTH,
  MAX_SIGNAL_DESCRIPTION_LENGTH,
  MAX_SIGNAL_PARTY_LENGTH,
  SIGNAL_CATEGORIES,
  SIGNAL_FOLLOW_UP_KINDS,
  type AddSignalFollowUpRequest,
  type CreateSignalRequest,
  type SignalCategory,
  type SignalFollowUpKind,
  type UpdateSignalRequest,
} from '@naast/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, MaxLength, Min } from 'class-validator';

/** Signals about barriers before this date are typos. */
const SIGNAL_DATE_AFTER = '1999-12-31';
const oneOf = (values: readonly string[]) => `moet een van ${values.join(', ')} zijn`;
const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;
const text = { message: 'moet tekst zijn' };

export class CreateSignalDto implements CreateSignalRequest {
  @ApiProperty({ enum: SIGNAL_CATEGORIES })
  @IsIn(SIGNAL_CATEGORIES, { message: oneOf(SIGNAL_CATEGORIES) })
  category!: SignalCategory;

  @ApiProperty({ maxLength: MAX_SIGNAL_DESCRIPTION_LENGTH, description: 'What happened, in the supporter’s words.' })
  @Transform(trimString)
  @IsString(text)
  @Length(1, MAX_SIGNAL_DESCRIPTION_LENGTH, { message: `moet 1 tot ${MAX_SIGNAL_DESCRIPTION_LENGTH} tekens zijn` })
  description!: string;

  @ApiProperty({ example: '2026-11-20', description: 'Not in the future.' })
  @IsIsoDate({ after: SIGNAL_DATE_AFTER, notInFuture: true })
  occurredOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_SIGNAL_PARTY_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString(text)
  @MaxLength(MAX_SIGNAL_PARTY_LENGTH, { message: `mag hoogstens ${MAX_SIGNAL_PARTY_LENGTH} tekens zijn` })
  involvedParty?: string | null;
}

export class UpdateSignalDto implements UpdateSignalRequest {
  @ApiProperty({ description: 'The version this change is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  version!: number;

  @ApiPropertyOptional({ enum: SIGNAL_CATEGORIES })
  @IsOptionalNonNull()
  @IsIn(SIGNAL_CATEGORIES, { message: oneOf(SIGNAL_CATEGORIES) })
  category?: SignalCategory;

  @ApiPropertyOptional({ maxLength: MAX_SIGNAL_DESCRIPTION_LENGTH })
  @IsOptionalNonNull()
  @Transform(trimString)
  @IsString(text)
  @Length(1, MAX_SIGNAL_DESCRIPTION_LENGTH, { message: `moet 1 tot ${MAX_SIGNAL_DESCRIPTION_LENGTH} tekens zijn` })
  description?: string;

  @ApiPropertyOptional({ example: '2026-11-20' })
  @IsOptionalNonNull()
  @IsIsoDate({ after: SIGNAL_DATE_AFTER, notInFuture: true })
  occurredOn?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_SIGNAL_PARTY_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString(text)
  @MaxLength(MAX_SIGNAL_PARTY_LENGTH, { message: `mag hoogstens ${MAX_SIGNAL_PARTY_LENGTH} tekens zijn` })
  involvedParty?: string | null;
}

export class AddSignalFollowUpDto implements AddSignalFollowUpRequest {
  @ApiProperty({ description: 'The signal’s version this follow-up is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  version!: number;

  @ApiProperty({ enum: SIGNAL_FOLLOW_UP_KINDS })
  @IsIn(SIGNAL_FOLLOW_UP_KINDS, { message: oneOf(SIGNAL_FOLLOW_UP_KINDS) })
  kind!: SignalFollowUpKind;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_SIGNAL_PARTY_LENGTH, description: 'To whom.' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString(text)
  @MaxLength(MAX_SIGNAL_PARTY_LENGTH, { message: `mag hoogstens ${MAX_SIGNAL_PARTY_LENGTH} tekens zijn` })
  recipient?: string | null;

  @ApiProperty({ example: '2026-11-25', description: 'Not in the future.' })
  @IsIsoDate({ after: SIGNAL_DATE_AFTER, notInFuture: true })
  doneOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_FOLLOW_UP_NOTE_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString(text)
  @MaxLength(MAX_FOLLOW_UP_NOTE_LENGTH, { message: `mag hoogstens ${MAX_FOLLOW_UP_NOTE_LENGTH} tekens zijn` })
  note?: string | null;
}
