import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, ApiRecordErrors, CurrentActor, Roles, uuidParam, type Actor } from '@naast/api-core';
import { ApiPaths, type SignalView } from '@naast/contracts';
import { AddSignalFollowUpDto, CreateSignalDto, UpdateSignalDto } from './dto/signal-requests.dto';
import { SignalsService } from './signals.service';

const STALE = { type: ApiErrorDto, description: 'Stale `version`; `current` holds the signal as it is now.' };

/** Signals under their case: list and record. */
@ApiTags('signals')
@Controller(`${ApiPaths.cases}/:caseId/${ApiPaths.signals}`)
export class CaseSignalsController {
  constructor(private readonly signals: SignalsService) {}

  @Get()
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({ description: 'Newest first; a volunteer gets the signals they recorded.' })
  @ApiRecordErrors()
  list(@CurrentActor() actor: Actor, @Param('caseId', uuidParam('caseId')) caseId: string): Promise<SignalView[]> {
    return this.signals.list(actor, caseId);
  }

  @Post()
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiCreatedResponse({ description: 'The recorded signal.' })
  @ApiRecordErrors()
  create(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: CreateSignalDto,
  ): Promise<SignalView> {
    return this.signals.create(actor, caseId, dto);
  }
}

/** One signal: correct it, add what was done with it. */
@ApiTags('signals')
@Controller(ApiPaths.signals)
export class SignalsController {
  constructor(private readonly signals: SignalsService) {}

  @Patch(':id')
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({ description: 'The signal as changed.' })
  @ApiRecordErrors()
  @ApiConflictResponse(STALE)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateSignalDto,
  ): Promise<SignalView> {
    return this.signals.update(actor, id, dto);
  }

  @Post(':id/follow-ups')
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiCreatedResponse({ description: 'The signal with the new follow-up.' })
  @ApiRecordErrors()
  @ApiConflictResponse(STALE)
  addFollowUp(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AddSignalFollowUpDto,
  ): Promise<SignalView> {
    return this.signals.addFollowUp(actor, id, dto);
  }
}
