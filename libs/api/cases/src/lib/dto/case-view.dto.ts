import { ApiProperty } from '@nestjs/swagger';
import { ClientSummaryDto } from '@naast/api-clients';
import { UserRefDto } from '@naast/api-core';
import {
  CASE_STATUSES,
  DOMAIN_CODES,
  LEGAL_FRAMEWORKS,
  REFERRAL_SOURCES,
  type CaseListItem,
  type CaseStatus,
  type CaseStatusChange,
  type CaseView,
  type DomainCode,
  type DomainDefinition,
  type LegalFramework,
  type Page,
  type ReferralSource,
} from '@naast/contracts';
import { CommissioningPartyDto, InvolvedPartyDto } from './create-case.dto';

/** Response shapes for OpenAPI; the values are built by `case.mapper.ts`. */
export class CaseStatusChangeDto implements CaseStatusChange {
  @ApiProperty({ enum: CASE_STATUSES, nullable: true })
  from!: CaseStatus | null;

  @ApiProperty({ enum: CASE_STATUSES })
  to!: CaseStatus;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ type: UserRefDto })
  changedBy!: UserRefDto;

  @ApiProperty({ format: 'date-time' })
  changedAt!: string;
}

export class CasePermissionsDto {
  @ApiProperty()
  edit!: boolean;

  @ApiProperty({ enum: CASE_STATUSES, isArray: true })
  changeStatusTo!: CaseStatus[];

  @ApiProperty()
  recordVisit!: boolean;
}

export class CaseListItemDto implements CaseListItem {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: ClientSummaryDto })
  client!: ClientSummaryDto;

  @ApiProperty()
  question!: string;

  @ApiProperty({ enum: DOMAIN_CODES, isArray: true })
  domains!: DomainCode[];

  @ApiProperty({ enum: CASE_STATUSES })
  status!: CaseStatus;

  @ApiProperty({ example: '2026-11-29' })
  registeredOn!: string;

  @ApiProperty({ type: UserRefDto })
  leadSupporter!: UserRefDto;

  @ApiProperty({ format: 'uuid' })
  teamId!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class CaseViewDto extends CaseListItemDto implements CaseView {
  @ApiProperty({ enum: LEGAL_FRAMEWORKS, isArray: true })
  legalFrameworks!: LegalFramework[];

  @ApiProperty({ type: CommissioningPartyDto })
  commissioningParty!: CommissioningPartyDto;

  @ApiProperty({ enum: REFERRAL_SOURCES })
  referralSource!: ReferralSource;

  @ApiProperty({ type: String, nullable: true })
  firstContactOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  closedOn!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Null for volunteers.' })
  closingReason!: string | null;

  @ApiProperty({ type: [UserRefDto] })
  volunteers!: UserRefDto[];

  @ApiProperty({ type: [InvolvedPartyDto], description: 'Empty for volunteers.' })
  involvedParties!: InvolvedPartyDto[];

  @ApiProperty({ type: [CaseStatusChangeDto], description: 'Oldest first; empty for volunteers.' })
  statusHistory!: CaseStatusChangeDto[];

  @ApiProperty({ type: CasePermissionsDto })
  permissions!: CasePermissionsDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty()
  version!: number;
}

export class CaseListPageDto implements Page<CaseListItem> {
  @ApiProperty({ type: [CaseListItemDto] })
  items!: CaseListItemDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass back as `cursor` for the next page; null on the last page.',
  })
  nextCursor!: string | null;
}

export class DomainDefinitionDto implements DomainDefinition {
  @ApiProperty({ enum: DOMAIN_CODES })
  code!: DomainCode;

  @ApiProperty({ example: 'Wonen' })
  nl!: string;

  @ApiProperty({ example: 'Housing' })
  en!: string;

  @ApiProperty()
  primary!: boolean;

  @ApiProperty()
  position!: number;
}
