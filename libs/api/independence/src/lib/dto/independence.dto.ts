import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, trimString } from '@naast/api-core';
import {
  AFFILIATION_DESCRIPTION_MAX_LENGTH,
  AFFILIATION_KINDS,
  AFFILIATION_PARTY_NAME_MAX_LENGTH,
  INVOLVED_PARTY_KINDS,
  MAX_AFFILIATIONS,
  OVERRIDE_JUSTIFICATION_MAX_LENGTH,
  OVERRIDE_JUSTIFICATION_MIN_LENGTH,
  ROLE_CARD_BODY_MAX_LENGTH,
  ROLE_CARD_TITLE_MAX_LENGTH,
  type AffiliationInput,
  type AffiliationKind,
  type AffiliationParty,
  type IndependenceOverrideRequest,
  type InvolvedPartyKind,
  type RoleCardSection,
  type RoleCardSections,
  type SaveAffiliationsRequest,
  type SaveRoleCardTextRequest,
} from '@naast/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const oneOf = (values: readonly string[]) => `moet een van ${values.join(', ')} zijn`;
const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;
/** Affiliations from before this are typos, not history. */
const AFFILIATION_DATES_AFTER = '1949-12-31';

export class AffiliationPartyDto implements AffiliationParty {
  @ApiProperty({ enum: INVOLVED_PARTY_KINDS })
  @IsIn(INVOLVED_PARTY_KINDS, { message: oneOf(INVOLVED_PARTY_KINDS) })
  kind!: InvolvedPartyKind;

  @ApiProperty({ example: 'Zorggroep De Linde', maxLength: AFFILIATION_PARTY_NAME_MAX_LENGTH })
  @Transform(trimString)
  @IsString()
  @Length(1, AFFILIATION_PARTY_NAME_MAX_LENGTH, {
    message: `moet 1 tot ${AFFILIATION_PARTY_NAME_MAX_LENGTH} tekens lang zijn`,
  })
  name!: string;
}

export class AffiliationInputDto implements AffiliationInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'An existing affiliation of this person keeps its id.' })
  @IsOptional()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  id?: string;

  @ApiProperty({ enum: AFFILIATION_KINDS })
  @IsIn(AFFILIATION_KINDS, { message: oneOf(AFFILIATION_KINDS) })
  kind!: AffiliationKind;

  @ApiProperty({ type: AffiliationPartyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => AffiliationPartyDto)
  party!: AffiliationPartyDto;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: AFFILIATION_DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(AFFILIATION_DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2024-01-01' })
  @IsOptional()
  @IsIsoDate({ after: AFFILIATION_DATES_AFTER })
  validFrom?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-12-31', description: 'Not before `validFrom`.' })
  @IsOptional()
  @IsIsoDate({ after: AFFILIATION_DATES_AFTER })
  validUntil?: string | null;
}

export class SaveAffiliationsDto implements SaveAffiliationsRequest {
  @ApiProperty({ description: 'The declaration version this change is based on (0 for the first).' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(0)
  version!: number;

  @ApiProperty({ type: [AffiliationInputDto], description: 'The whole declaration: missing affiliations end.' })
  @IsArray()
  @ArrayMaxSize(MAX_AFFILIATIONS)
  @ValidateNested({ each: true })
  @Type(() => AffiliationInputDto)
  affiliations!: AffiliationInputDto[];
}

export class RecordOverrideDto implements IndependenceOverrideRequest {
  @ApiProperty({
    description: 'Why the people may stay on the case despite the ties.',
    maxLength: OVERRIDE_JUSTIFICATION_MAX_LENGTH,
  })
  @Transform(trimString)
  @IsString()
  @Length(OVERRIDE_JUSTIFICATION_MIN_LENGTH, OVERRIDE_JUSTIFICATION_MAX_LENGTH, {
    message: `moet ${OVERRIDE_JUSTIFICATION_MIN_LENGTH} tot ${OVERRIDE_JUSTIFICATION_MAX_LENGTH} tekens lang zijn`,
  })
  justification!: string;
}

export class RoleCardSectionDto implements RoleCardSection {
  @ApiProperty({ maxLength: ROLE_CARD_TITLE_MAX_LENGTH })
  @Transform(trimString)
  @IsString()
  @Length(1, ROLE_CARD_TITLE_MAX_LENGTH, { message: `moet 1 tot ${ROLE_CARD_TITLE_MAX_LENGTH} tekens lang zijn` })
  title!: string;

  @ApiProperty({
    maxLength: ROLE_CARD_BODY_MAX_LENGTH,
    description: 'May hold {client}, {ondersteuner}, {organisatie}, {telefoon}, {email}.',
  })
  @Transform(trimString)
  @IsString()
  @Length(1, ROLE_CARD_BODY_MAX_LENGTH, { message: `moet 1 tot ${ROLE_CARD_BODY_MAX_LENGTH} tekens lang zijn` })
  body!: string;
}

export class RoleCardSectionsDto implements RoleCardSections {
  @ApiProperty({ type: RoleCardSectionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RoleCardSectionDto)
  whoIsYourSupporter!: RoleCardSectionDto;

  @ApiProperty({ type: RoleCardSectionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RoleCardSectionDto)
  whatWeDo!: RoleCardSectionDto;

  @ApiProperty({ type: RoleCardSectionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RoleCardSectionDto)
  whatWeDoNot!: RoleCardSectionDto;

  @ApiProperty({ type: RoleCardSectionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RoleCardSectionDto)
  independence!: RoleCardSectionDto;

  @ApiProperty({ type: RoleCardSectionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RoleCardSectionDto)
  howToReachUs!: RoleCardSectionDto;

  @ApiProperty({ type: RoleCardSectionDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RoleCardSectionDto)
  complaints!: RoleCardSectionDto;
}

export class SaveRoleCardTextDto implements SaveRoleCardTextRequest {
  @ApiProperty({ description: 'The version this change is based on (0 while the default text applies).' })
  @IsInt({ message: 'moet een geheel getal zijn' })
  @Min(0)
  version!: number;

  @ApiProperty({ type: RoleCardSectionsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RoleCardSectionsDto)
  sections!: RoleCardSectionsDto;
}
