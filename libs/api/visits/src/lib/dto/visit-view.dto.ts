import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { UserRefDto } from '@naast/api-core';
import {
  DOMAIN_CODES,
  VISIT_MODES,
  type DomainCode,
  type Page,
  type VisitAcknowledgement,
  type VisitAmendment,
  type VisitMode,
  type VisitView,
} from '@naast/contracts';

/** Response shapes for OpenAPI; the values are built by `visit.mapper.ts`. */
export class VisitValuesDto {
  @ApiPropertyOptional({ format: 'date-time' })
  occurredAt?: string;

  @ApiPropertyOptional()
  minutes?: number;

  @ApiPropertyOptional({ enum: VISIT_MODES })
  mode?: VisitMode;

  @ApiPropertyOptional({ enum: DOMAIN_CODES, isArray: true })
  domains?: DomainCode[];

  @ApiPropertyOptional()
  summary?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  nextSteps?: string | null;
}

export class VisitAmendmentDto implements VisitAmendment {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  reason!: string;

  @ApiProperty({ type: VisitValuesDto, description: 'Values before this amendment, of the changed fields only.' })
  previous!: VisitValuesDto;

  @ApiProperty({ type: VisitValuesDto })
  changed!: VisitValuesDto;

  @ApiProperty({ type: UserRefDto })
  amendedBy!: UserRefDto;

  @ApiProperty({ format: 'date-time' })
  amendedAt!: string;
}

class VisitPermissionsDto {
  @ApiProperty({ description: 'The reader may correct this visit.' })
  amend!: boolean;

  @ApiProperty({ description: 'The reader may acknowledge this volunteer report (once).' })
  acknowledge!: boolean;
}

export class VisitAcknowledgementDto implements VisitAcknowledgement {
  @ApiProperty({ type: UserRefDto })
  by!: UserRefDto;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: String, nullable: true })
  comment!: string | null;
}

export class VisitViewDto implements VisitView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty()
  minutes!: number;

  @ApiProperty({ enum: VISIT_MODES })
  mode!: VisitMode;

  @ApiProperty({ enum: DOMAIN_CODES, isArray: true })
  domains!: DomainCode[];

  @ApiProperty()
  summary!: string;

  @ApiProperty({ type: String, nullable: true })
  nextSteps!: string | null;

  @ApiProperty({ type: UserRefDto })
  author!: UserRefDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: [VisitAmendmentDto], description: 'Oldest first.' })
  amendments!: VisitAmendmentDto[];

  @ApiProperty({ type: VisitAcknowledgementDto, nullable: true })
  acknowledgement!: VisitAcknowledgementDto | null;

  @ApiProperty({ type: VisitPermissionsDto })
  permissions!: VisitPermissionsDto;

  @ApiProperty()
  version!: number;
}

export class VisitPageDto implements Page<VisitView> {
  @ApiProperty({ type: [VisitViewDto], description: 'Newest first.' })
  items!: VisitViewDto[];

  @ApiProperty({ type: String, nullable: true })
  nextCursor!: string | null;
}
