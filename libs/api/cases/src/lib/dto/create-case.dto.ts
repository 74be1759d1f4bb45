import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIsoDate, IsOptionalNonNull, trimString } from '@naast/api-core';
import {
  COMMISSIONING_PARTY_KINDS,
  DOMAIN_CODES,
  INVOLVED_PARTY_KINDS,
  LEGAL_FRAMEWORKS,
  REFERRAL_SOURCES,
  type CommissioningParty,
  type CommissioningPartyKind,
  type CreateCaseRequest,
  type DomainCode,
  OVERRIDE_JUSTIFICATION_MAX_LENGTH,
  OVERRIDE_JUSTIFICATION_MIN_LENGTH,
  type IndependenceOverrideRequest,
  type InvolvedParty,
  type InvolvedPartyKind,
  type LegalFramework,
  type ReferralSource,
} from '@naast/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { QUESTION_MAX_LENGTH } from '../case.entity';

/** Registration dates before this are typos, not history. */
export const REGISTERED_ON_AFTER = '1999-12-31';
export const MAX_INVOLVED_PARTIES = 30;
export const MAX_VOLUNTEERS = 20;

const oneOf = (values: readonly string[]) => `moet een van ${values.join(', ')} zijn`;
const trimToNull = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() || null : value;

export class CommissioningPartyDto implements CommissioningParty {
  @ApiProperty({ enum: COMMISSIONING_PARTY_KINDS })
  @IsIn(COMMISSIONING_PARTY_KINDS, { message: oneOf(COMMISSIONING_PARTY_KINDS) })
  kind!: CommissioningPartyKind;

  @ApiProperty({ example: 'Gemeente Utrecht', maxLength: 200 })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  name!: string;
}

export class InvolvedPartyDto implements InvolvedParty {
  @ApiProperty({ enum: INVOLVED_PARTY_KINDS })
  @IsIn(INVOLVED_PARTY_KINDS, { message: oneOf(INVOLVED_PARTY_KINDS) })
  kind!: InvolvedPartyKind;

  @ApiProperty({ example: 'Thuiszorg Noord', maxLength: 200 })
  @Transform(trimString)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(200)
  contact?: string | null;
}

export class IndependenceOverrideDto implements IndependenceOverrideRequest {
  @ApiProperty({
    description: 'Why the assignment is right despite the tie.',
    maxLength: OVERRIDE_JUSTIFICATION_MAX_LENGTH,
  })
  @Transform(trimString)
  @IsString()
  @Length(OVERRIDE_JUSTIFICATION_MIN_LENGTH, OVERRIDE_JUSTIFICATION_MAX_LENGTH, {
    message: `moet ${OVERRIDE_JUSTIFICATION_MIN_LENGTH} tot ${OVERRIDE_JUSTIFICATION_MAX_LENGTH} tekens lang zijn`,
  })
  justification!: string;
}

export class CreateCaseDto implements CreateCaseRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'moet een uuid zijn' })
  clientId!: string;

  @ApiProperty({ description: 'The client’s question in their own words.', maxLength: QUESTION_MAX_LENGTH })
  @Transform(trimString)
  @IsString()
  @Length(1, QUESTION_MAX_LENGTH, { message: `moet 1 tot ${QUESTION_MAX_LENGTH} tekens lang zijn` })
  question!: string;

  @ApiProperty({ enum: DOMAIN_CODES, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1, { message: 'moet minstens één levensdomein bevatten' })
  @ArrayMaxSize(DOMAIN_CODES.length)
  @ArrayUnique()
  @IsIn(DOMAIN_CODES, { each: true, message: `moet bestaan uit ${DOMAIN_CODES.join(', ')}` })
  domains!: DomainCode[];

  @ApiProperty({ enum: LEGAL_FRAMEWORKS, isArray: true })
  @IsArray()
  @ArrayMaxSize(LEGAL_FRAMEWORKS.length)
  @ArrayUnique()
  @IsIn(LEGAL_FRAMEWORKS, { each: true, message: `moet bestaan uit ${LEGAL_FRAMEWORKS.join(', ')}` })
  legalFrameworks!: LegalFramework[];

  @ApiProperty({ type: CommissioningPartyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CommissioningPartyDto)
  commissioningParty!: CommissioningPartyDto;

  @ApiProperty({ enum: REFERRAL_SOURCES })
  @IsIn(REFERRAL_SOURCES, { message: oneOf(REFERRAL_SOURCES) })
  referralSource!: ReferralSource;

  @ApiPropertyOptional({ example: '2026-11-29', description: 'Defaults to today; not in the future.' })
  @IsOptionalNonNull()
  @IsIsoDate({ after: REGISTERED_ON_AFTER, notInFuture: true })
  registeredOn?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Defaults to you; a supporter or team lead of the case’s team.' })
  @IsOptionalNonNull()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  leadSupporterId?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', isArray: true, description: 'Volunteers of your organisation.' })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(MAX_VOLUNTEERS)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'moet uit uuids bestaan' })
  volunteerIds?: string[];

  @ApiPropertyOptional({ type: [InvolvedPartyDto] })
  @IsOptionalNonNull()
  @IsArray()
  @ArrayMaxSize(MAX_INVOLVED_PARTIES)
  @ValidateNested({ each: true })
  @Type(() => InvolvedPartyDto)
  involvedParties?: InvolvedPartyDto[];

  @ApiPropertyOptional({
    type: IndependenceOverrideDto,
    description: 'Team leads only: assign despite a tie to an involved party (otherwise 409 `independence_conflict`).',
  })
  @IsOptionalNonNull()
  @IsObject()
  @ValidateNested()
  @Type(() => IndependenceOverrideDto)
  independenceOverride?: IndependenceOverrideDto;

  /**
   * Not in `CreateCaseRequest` yet: a team lead may place the case in any of their teams.
   * Without it the case goes to the client's team (when the creator is a member) or the creator's first team.
   */
  @ApiPropertyOptional({ format: 'uuid', description: 'Team leads only: one of your teams.' })
  @IsOptionalNonNull()
  @IsUUID('all', { message: 'moet een uuid zijn' })
  teamId?: string;
}
