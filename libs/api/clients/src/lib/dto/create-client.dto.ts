import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACCESSIBILITY_NEEDS,
  LANGUAGE_CODE_PATTERN,
  MUNICIPALITY_CODE_PATTERN,
  POSTCODE_PATTERN,
  REPRESENTATIVE_KINDS,
  type AccessibilityNeed,
  type Address,
  type CreateClientRequest,
  type LegalRepresentative,
  type Municipality,
  type ProcessingConsentInput,
  type RepresentativeKind,
} from '@naast/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { trimString } from '@naast/api-core';
import { IsIsoDate } from '@naast/api-core';

/** Earliest plausible date of birth; the day itself is refused. */
export const DATE_OF_BIRTH_AFTER = '1900-01-01';

const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,19}$/;

/** "1234ab", "1234 ab" and " 1234AB " all become "1234 AB". */
export const normalisePostcode = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(compact) ? `${compact.slice(0, 4)} ${compact.slice(4)}` : value;
};

/** Optional text that may be cleared: trimmed, and an empty string counts as null. */
const trimToNull = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return text === '' ? null : text;
};

export class AddressDto implements Address {
  @ApiProperty({ example: 'Oudegracht', maxLength: 200 })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  street!: string;

  @ApiProperty({ example: '12bis', maxLength: 20 })
  @Transform(trimString)
  @IsString()
  @Length(1, 20)
  houseNumber!: string;

  @ApiProperty({ example: '3511 AB', description: 'Dutch postcode; stored as "1234 AB".' })
  @Transform(normalisePostcode)
  @IsString()
  @Matches(POSTCODE_PATTERN, { message: 'moet een Nederlandse postcode zijn, zoals 3511 AB' })
  postcode!: string;

  @ApiProperty({ example: 'Utrecht', maxLength: 100 })
  @Transform(trimString)
  @IsString()
  @Length(1, 100)
  city!: string;
}

export class MunicipalityDto implements Municipality {
  @ApiProperty({ example: 'GM0344', description: 'CBS municipality code.' })
  @IsString()
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'moet een CBS-gemeentecode zijn, zoals GM0344' })
  code!: string;

  @ApiProperty({ example: 'Utrecht', maxLength: 100 })
  @Transform(trimString)
  @IsString()
  @Length(1, 100)
  name!: string;
}

export class LegalRepresentativeDto implements LegalRepresentative {
  @ApiProperty({ enum: REPRESENTATIVE_KINDS })
  @IsIn(REPRESENTATIVE_KINDS, { message: `moet een van ${REPRESENTATIVE_KINDS.join(', ')} zijn` })
  kind!: RepresentativeKind;

  @ApiProperty({ maxLength: 200 })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'moet een telefoonnummer zijn' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsEmail({}, { message: 'moet een e-mailadres zijn' })
  @MaxLength(254)
  email?: string | null;
}

export class ProcessingConsentInputDto implements ProcessingConsentInput {
  @ApiProperty({ example: '2026-11-02', description: 'ISO date the client consented; not in the future.' })
  @IsIsoDate({ after: '1999-12-31', notInFuture: true })
  givenOn!: string;

  @ApiProperty({ example: 'Gegevens vastleggen voor de ondersteuning', maxLength: 1000 })
  @Transform(trimString)
  @IsString()
  @Length(1, 1000)
  scope!: string;
}

export class CreateClientDto implements CreateClientRequest {
  @ApiProperty({ format: 'uuid', description: 'One of your own teams.' })
  @IsUUID('all', { message: 'moet een uuid zijn' })
  teamId!: string;

  @ApiProperty({ example: 'Fatima', maxLength: 100 })
  @Transform(trimString)
  @IsString()
  @Length(1, 100, { message: 'moet 1 tot 100 tekens lang zijn' })
  givenName!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'el', maxLength: 30 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(30)
  familyNamePrefix?: string | null;

  @ApiProperty({ example: 'Amrani', maxLength: 100 })
  @Transform(trimString)
  @IsString()
  @Length(1, 100, { message: 'moet 1 tot 100 tekens lang zijn' })
  familyName!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '1958-03-14',
    description: 'After 1900, not in the future.',
  })
  @IsOptional()
  @IsIsoDate({ after: DATE_OF_BIRTH_AFTER, notInFuture: true })
  dateOfBirth?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '06 12345678' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @Matches(PHONE_PATTERN, { message: 'moet een telefoonnummer zijn' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'fatima@example.nl' })
  @IsOptional()
  @Transform(trimToNull)
  @IsEmail({}, { message: 'moet een e-mailadres zijn' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ type: AddressDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => AddressDto)
  address?: AddressDto | null;

  @ApiProperty({ type: MunicipalityDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MunicipalityDto)
  municipality!: MunicipalityDto;

  @ApiProperty({ example: 'nl', description: 'ISO 639 code in lower case.' })
  @IsString()
  @Matches(LANGUAGE_CODE_PATTERN, { message: 'moet een taalcode zijn, zoals nl of ar' })
  preferredLanguage!: string;

  @ApiProperty()
  @IsBoolean()
  interpreterNeeded!: boolean;

  @ApiProperty({ enum: ACCESSIBILITY_NEEDS, isArray: true })
  @IsArray()
  @ArrayMaxSize(ACCESSIBILITY_NEEDS.length)
  @ArrayUnique()
  @IsIn(ACCESSIBILITY_NEEDS, { each: true, message: `moet bestaan uit ${ACCESSIBILITY_NEEDS.join(', ')}` })
  accessibilityNeeds!: AccessibilityNeed[];

  @ApiProperty({ type: [LegalRepresentativeDto] })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => LegalRepresentativeDto)
  representatives!: LegalRepresentativeDto[];

  @ApiPropertyOptional({ type: ProcessingConsentInputDto, nullable: true })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ProcessingConsentInputDto)
  processingConsent?: ProcessingConsentInputDto | null;
}
