import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, ApiRecordErrors, CurrentActor, Roles, uuidParam, type Actor } from '@naast/api-core';
import { ApiPaths, type AffiliationDeclarationView, type AffiliationOverview } from '@naast/contracts';
import { AffiliationsService } from './affiliations.service';
import { SaveAffiliationsDto } from './dto/independence.dto';

const OUT_OF_SCOPE = { type: ApiErrorDto, description: 'Not yourself, nor a member of your teams (team lead).' };

/** Declared affiliations (nevenfuncties and ties), per person and as a team lead's or administrator's overview. */
@ApiTags('independence')
@Controller()
export class AffiliationsController {
  constructor(private readonly affiliations: AffiliationsService) {}

  @Get(ApiPaths.affiliations)
  @Roles('team_lead', 'admin')
  @ApiOkResponse({ description: 'A team lead: the members of their teams; an administrator: the whole organisation.' })
  overview(@CurrentActor() actor: Actor): Promise<AffiliationOverview> {
    return this.affiliations.overview(actor);
  }

  @Get(`${ApiPaths.users}/:userId/${ApiPaths.affiliations}`)
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @ApiOkResponse({ description: 'The person’s declaration; version 0 and no affiliations before the first save.' })
  @ApiRecordErrors()
  @ApiForbiddenResponse(OUT_OF_SCOPE)
  get(
    @CurrentActor() actor: Actor,
    @Param('userId', uuidParam('userId')) userId: string,
  ): Promise<AffiliationDeclarationView> {
    return this.affiliations.get(actor, userId);
  }

  @Put(`${ApiPaths.users}/:userId/${ApiPaths.affiliations}`)
  @Roles('supporter', 'volunteer', 'team_lead', 'admin')
  @ApiOkResponse({ description: 'The whole declaration replaced; affiliations sent with their id keep it.' })
  @ApiRecordErrors()
  @ApiForbiddenResponse(OUT_OF_SCOPE)
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Stale `version`; `current` holds the declaration now.' })
  save(
    @CurrentActor() actor: Actor,
    @Param('userId', uuidParam('userId')) userId: string,
    @Body() dto: SaveAffiliationsDto,
  ): Promise<AffiliationDeclarationView> {
    return this.affiliations.save(actor, userId, dto);
  }
}
