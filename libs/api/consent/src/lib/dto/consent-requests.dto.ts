import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, trimString } from '@naast/api-core';
import {
  CONSENT_GIVERS,
  CONSENT_SCOPES,
  DATA_CATEGORIES,
  DISCLOSURE_EXCEPTIONS,
  MAX_CONSENT_PURPOSE_LENGTH,
  MAX_CONSENT_TEXT_LENGTH,
  MAX_EXCEPTION_REASON_LENGTH,
  MAX_WITHDRAWAL_NOTE_LENGTH,
  REPRESENTATIVE_CAPACITIES,
  type ConsentGiver,
  type ConsentScope,
  type CreateConsentRequest,
  type CreateDisclosureRequest,
  type DataCategory,
  type DisclosureException,
  type RepresentativeCapacity,
  type WithdrawConsentRequest,
} from '@naast/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';

/** Consent and disclosures before this date are typos. */
const DATE_AFTER = '1999-12-31';
const oneOf = (values: readonly string[]) => `moet een van ${values.join(', ')} zijn`;
const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;
const text = { message: 'moet tekst zijn' };
const atMost = (n: number) => ({ message: `mag hoogstens ${n} tekens zijn` });

/** The data categories of a consent or disclosure: at least one, from the fixed list, each once. */
function DataCategories(): PropertyDecorator {
  return (target: object, key: string | symbol) => {
    IsArray({ message: 'moet een lijst zijn' })(target, key);
    ArrayMinSize(1, { message: 'kies minstens één soort gegevens' })(target, key);
    ArrayMaxSize(DATA_CATEGORIES.length, { message: `hoogstens ${DATA_CATEGORIES.length} soorten` })(target, key);
    ArrayUnique({ message: 'noemt een soort gegevens twee keer' })(target, key);
    IsIn(DATA_CATEGORIES, { each: true, message: `moet bestaan uit ${DATA_CATEGORIES.join(', ')}` })(target, key);
  };
}

export class CreateConsentDto implements CreateConsentRequest {
  @ApiProperty({ enum: CONSENT_SCOPES })
  @IsIn(CONSENT_SCOPES, { message: oneOf(CONSENT_SCOPES) })
  scope!: ConsentScope;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_CONSENT_TEXT_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString(text)
  @MaxLength(MAX_CONSENT_TEXT_LENGTH, atMost(MAX_CONSENT_TEXT_LENGTH))
  recipient?: string | null;

  @ApiProperty({ maxLength: MAX_CONSENT_PURPOSE_LENGTH })
  @Transform(trimString)
  @IsString(text)
  @Length(1, MAX_CONSENT_PURPOSE_LENGTH, { message: `moet 1 tot ${MAX_CONSENT_PURPOSE_LENGTH} tekens zijn` })
  purpose!: string;

  @ApiProperty({ enum: DATA_CATEGORIES, isArray: true, minItems: 1 })
  @DataCategories()
  dataCategories!: DataCategory[];

  @ApiProperty({ example: '2026-11-20', description: 'Not in the future.' })
  @IsIsoDate({ after: DATE_AFTER, notInFuture: true })
  givenOn!: string;

  @ApiProperty({ enum: CONSENT_GIVERS })
  @IsIn(CONSENT_GIVERS, { message: oneOf(CONSENT_GIVERS) })
  givenBy!: ConsentGiver;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_CONSENT_TEXT_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString(text)
  @MaxLength(MAX_CONSENT_TEXT_LENGTH, atMost(MAX_CONSENT_TEXT_LENGTH))
  representativeName?: string | null;

  @ApiPropertyOptional({ enum: REPRESENTATIVE_CAPACITIES, nullable: true })
  @IsOptional()
  @IsIn(REPRESENTATIVE_CAPACITIES, { message: oneOf(REPRESENTATIVE_CAPACITIES) })
  representativeCapacity?: RepresentativeCapacity | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2027-11-20' })
  @IsOptional()
  @IsIsoDate({ after: DATE_AFTER })
  validUntil?: string | null;
}

export class WithdrawConsentDto implements WithdrawConsentRequest {
  @ApiProperty({ description: 'The version this withdrawal is based on.' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(1, { message: 'moet minstens 1 zijn' })
  version!: number;

  @ApiProperty({
    example: '2026-11-25',
    description: 'Not in the future; from this day on the consent no longer holds.',
  })
  @IsIsoDate({ after: DATE_AFTER, notInFuture: true })
  withdrawnOn!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_WITHDRAWAL_NOTE_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString(text)
  @MaxLength(MAX_WITHDRAWAL_NOTE_LENGTH, atMost(MAX_WITHDRAWAL_NOTE_LENGTH))
  note?: string | null;
}

export class CreateDisclosureDto implements CreateDisclosureRequest {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  caseId?: string | null;

  @ApiProperty({ maxLength: MAX_CONSENT_TEXT_LENGTH })
  @Transform(trimString)
  @IsString(text)
  @Length(1, MAX_CONSENT_TEXT_LENGTH, { message: `moet 1 tot ${MAX_CONSENT_TEXT_LENGTH} tekens zijn` })
  recipient!: string;

  @ApiProperty({ maxLength: MAX_CONSENT_PURPOSE_LENGTH })
  @Transform(trimString)
  @IsString(text)
  @Length(1, MAX_CONSENT_PURPOSE_LENGTH, { message: `moet 1 tot ${MAX_CONSENT_PURPOSE_LENGTH} tekens zijn` })
  purpose!: string;

  @ApiProperty({ enum: DATA_CATEGORIES, isArray: true, minItems: 1 })
  @DataCategories()
  dataCategories!: DataCategory[];

  @ApiProperty({ example: '2026-11-25', description: 'Not in the future.' })
  @IsIsoDate({ after: DATE_AFTER, notInFuture: true })
  disclosedOn!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  consentId?: string | null;

  @ApiPropertyOptional({ enum: DISCLOSURE_EXCEPTIONS, nullable: true })
  @IsOptional()
  @IsIn(DISCLOSURE_EXCEPTIONS, { message: oneOf(DISCLOSURE_EXCEPTIONS) })
  exceptionKind?: DisclosureException | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: MAX_EXCEPTION_REASON_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString(text)
  @MaxLength(MAX_EXCEPTION_REASON_LENGTH, atMost(MAX_EXCEPTION_REASON_LENGTH))
  exceptionReason?: string | null;
}
