import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, ApiRecordErrors, CurrentActor, Roles, uuidParam, type Actor } from '@naast/api-core';
import { ApiPaths, type ClientAnonymisationStatus, type RetentionDryRun } from '@naast/contracts';
import { AnonymiseClientDto } from './dto/anonymise-client.dto';
import { RetentionService } from './retention.service';

/** Anonymisation of one client, by a team lead of the client's team. */
@ApiTags('retention')
@Controller(`${ApiPaths.clients}/:clientId/${ApiPaths.anonymisation}`)
export class ClientAnonymisationController {
  constructor(private readonly retention: RetentionService) {}

  @Get()
  @Roles('team_lead')
  @ApiOkResponse({ description: 'Whether the client can be anonymised now, and why not.' })
  @ApiRecordErrors()
  status(
    @CurrentActor() actor: Actor,
    @Param('clientId', uuidParam('clientId')) clientId: string,
  ): Promise<ClientAnonymisationStatus> {
    return this.retention.status(actor, clientId);
  }

  @Post()
  @HttpCode(200)
  @Roles('team_lead')
  @ApiOkResponse({ description: 'The client is anonymised; this cannot be undone.' })
  @ApiRecordErrors()
  @ApiConflictResponse({ type: ApiErrorDto, description: 'A case is still open, or the client is anonymised already.' })
  anonymise(
    @CurrentActor() actor: Actor,
    @Param('clientId', uuidParam('clientId')) clientId: string,
    @Body() dto: AnonymiseClientDto,
  ): Promise<ClientAnonymisationStatus> {
    return this.retention.anonymise(actor, clientId, dto.reason);
  }
}

/** The retention dry-run: what the nightly job would anonymise in the administrator's organisation. */
@ApiTags('admin')
@Controller(`${ApiPaths.admin}/${ApiPaths.retention}`)
export class RetentionAdminController {
  constructor(private readonly retention: RetentionService) {}

  @Get('dry-run')
  @Roles('admin')
  @ApiOkResponse({ description: 'Clients due for anonymisation: ids, teams and dates, no personal data.' })
  dryRun(@CurrentActor() actor: Actor): Promise<RetentionDryRun> {
    return this.retention.dryRun(actor);
  }
}
