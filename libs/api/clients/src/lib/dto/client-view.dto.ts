import { ApiProperty } from '@nestjs/swagger';
import {
  ACCESSIBILITY_NEEDS,
  type AccessibilityNeed,
  type ClientSummary,
  type ClientView,
  type Page,
  type ProcessingConsent,
} from '@naast/contracts';
import { UserRefDto } from '@naast/api-core';
import { AddressDto, LegalRepresentativeDto, MunicipalityDto } from './create-client.dto';

/** Response shapes for OpenAPI; the values themselves are built by `client.mapper.ts`. */

export class ProcessingConsentDto implements ProcessingConsent {
  @ApiProperty({ example: '2026-11-02' })
  givenOn!: string;

  @ApiProperty()
  scope!: string;

  @ApiProperty({ type: UserRefDto })
  recordedBy!: UserRefDto;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

class ClientPermissionsDto {
  @ApiProperty({ description: 'The reader may change this client.' })
  edit!: boolean;
}

export class ClientSummaryDto implements ClientSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Fatima el Amrani' })
  displayName!: string;

  @ApiProperty({ type: String, nullable: true, example: '1958-03-14' })
  dateOfBirth!: string | null;

  @ApiProperty({ type: MunicipalityDto })
  municipality!: MunicipalityDto;

  @ApiProperty({ format: 'uuid' })
  teamId!: string;
}

export class ClientViewDto extends ClientSummaryDto implements ClientView {
  @ApiProperty()
  givenName!: string;

  @ApiProperty({ type: String, nullable: true })
  familyNamePrefix!: string | null;

  @ApiProperty()
  familyName!: string;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty({ type: AddressDto, nullable: true })
  address!: AddressDto | null;

  @ApiProperty({ example: 'nl' })
  preferredLanguage!: string;

  @ApiProperty()
  interpreterNeeded!: boolean;

  @ApiProperty({ enum: ACCESSIBILITY_NEEDS, isArray: true })
  accessibilityNeeds!: AccessibilityNeed[];

  @ApiProperty({ type: [LegalRepresentativeDto] })
  representatives!: LegalRepresentativeDto[];

  @ApiProperty({ type: ProcessingConsentDto, nullable: true })
  processingConsent!: ProcessingConsentDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  @ApiProperty({ type: ClientPermissionsDto })
  permissions!: ClientPermissionsDto;

  @ApiProperty()
  version!: number;
}

export class ClientSummaryPageDto implements Page<ClientSummary> {
  @ApiProperty({ type: [ClientSummaryDto] })
  items!: ClientSummaryDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass back as `cursor` for the next page; null on the last page.',
  })
  nextCursor!: string | null;
}
