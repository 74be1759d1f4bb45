import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, CurrentActor, Roles, type Actor } from '@naast/api-core';
import { ApiPaths, MAX_NO_CONTACT_DAYS, MIN_NO_CONTACT_DAYS, type OrganisationSettings } from '@naast/contracts';
import { IsInt, Max, Min } from 'class-validator';
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
