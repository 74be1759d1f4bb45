import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, CurrentActor, IsOptionalNonNull, Roles, type Actor } from '@naast/api-core';
import {
  ApiPaths,
  MAX_NO_CONTACT_DAYS,
  MAX_RETENTION_MONTHS,
  MIN_NO_CONTACT_DAYS,
  MIN_RETENTION_MONTHS,
  type OrganisationSettings,
  SECOND_FACTOR_POLICIES,
  type SecondFactorPolicy,
} from '@naast/contracts';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { OrganisationSettingsService } from './organisation-settings.service';

export class OrganisationSettingsDto implements OrganisationSettings {
  @ApiProperty({
    minimum: MIN_NO_CONTACT_DAYS,
    maximum: MAX_NO_CONTACT_DAYS,
    description: 'Days without contact after which an open case needs attention.',
  })
  @IsInt({ message: 'moet een geheel aantal dagen zijn' })
  @Min(MIN_NO_CONTACT_DAYS, { message: `moet minstens ${MIN_NO_CONTACT_DAYS} zijn` })
  @Max(MAX_NO_CONTACT_DAYS, { message: `mag hoogstens ${MAX_NO_CONTACT_DAYS} zijn` })
  noContactDays!: number;

  @ApiProperty({
    required: false,
    minimum: MIN_RETENTION_MONTHS,
    maximum: MAX_RETENTION_MONTHS,
    description: "Months after a client's last case closed before the client is anonymised.",
  })
  @IsOptionalNonNull()
  @IsInt({ message: 'moet een geheel aantal maanden zijn' })
  @Min(MIN_RETENTION_MONTHS, { message: `moet minstens ${MIN_RETENTION_MONTHS} zijn` })
  @Max(MAX_RETENTION_MONTHS, { message: `mag hoogstens ${MAX_RETENTION_MONTHS} zijn` })
  retentionMonths!: number;

  @ApiProperty({
    required: false,
    enum: SECOND_FACTOR_POLICIES,
    description: 'Who needs a second factor at sign-in; admins and team leads always do.',
  })
  @IsOptionalNonNull()
  @IsIn(SECOND_FACTOR_POLICIES, { message: `moet een van ${SECOND_FACTOR_POLICIES.join(', ')} zijn` })
  secondFactorPolicy!: SecondFactorPolicy;
}

@ApiTags('admin')
@Controller(`${ApiPaths.admin}/organisation`)
export class OrganisationSettingsController {
  constructor(private readonly settings: OrganisationSettingsService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: OrganisationSettingsDto })
  get(@CurrentActor() actor: Actor): Promise<OrganisationSettings> {
    return this.settings.get(actor);
  }

  @Patch()
  @Roles('admin')
  @ApiOkResponse({ type: OrganisationSettingsDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  update(@CurrentActor() actor: Actor, @Body() dto: OrganisationSettingsDto): Promise<OrganisationSettings> {
    return this.settings.update(actor, dto);
  }
}
