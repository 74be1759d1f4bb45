import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, ApiRecordErrors, CurrentActor, Roles, uuidParam, type Actor } from '@naast/api-core';
import { ApiPaths, type ClientConsentsView, type ConsentView, type DisclosureView } from '@naast/contracts';
import { CreateConsentDto, CreateDisclosureDto, WithdrawConsentDto } from './dto/consent-requests.dto';
import { ConsentService } from './consent.service';

const STALE = { type: ApiErrorDto, description: 'Stale `version`; `current` holds the consent as it is now.' };

/** A client's consents and disclosures: list, record consent, record a disclosure. */
@ApiTags('consent')
@Controller(`${ApiPaths.clients}/:clientId`)
export class ClientConsentController {
  constructor(private readonly consent: ConsentService) {}

  @Get(ApiPaths.consents)
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ description: 'Consents with their status today, and disclosures; newest first.' })
  @ApiRecordErrors()
  list(
    @CurrentActor() actor: Actor,
    @Param('clientId', uuidParam('clientId')) clientId: string,
  ): Promise<ClientConsentsView> {
    return this.consent.list(actor, clientId);
  }

  @Post(ApiPaths.consents)
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({ description: 'The recorded consent.' })
  @ApiRecordErrors()
  create(
    @CurrentActor() actor: Actor,
    @Param('clientId', uuidParam('clientId')) clientId: string,
    @Body() dto: CreateConsentDto,
  ): Promise<ConsentView> {
    return this.consent.createConsent(actor, clientId, dto);
  }

  @Post(ApiPaths.disclosures)
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({
    description: 'The recorded disclosure; it needs a valid consent or an exception with a reason.',
  })
  @ApiRecordErrors()
  disclose(
    @CurrentActor() actor: Actor,
    @Param('clientId', uuidParam('clientId')) clientId: string,
    @Body() dto: CreateDisclosureDto,
  ): Promise<DisclosureView> {
    return this.consent.createDisclosure(actor, clientId, dto);
  }
}

/** One consent: withdraw it (a dated change; nothing is deleted). */
@ApiTags('consent')
@Controller(ApiPaths.consents)
export class ConsentController {
  constructor(private readonly consent: ConsentService) {}

  @Post(':id/withdrawal')
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({ description: 'The consent, withdrawn from the given day.' })
  @ApiRecordErrors()
  @ApiConflictResponse(STALE)
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: WithdrawConsentDto,
  ): Promise<ConsentView> {
    return this.consent.withdraw(actor, id, dto);
  }
}
