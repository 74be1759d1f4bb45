import { Body, Controller, Get, Headers, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, CurrentActor, Roles, type Actor, ApiRecordErrors, assertJsonMediaType } from '@naast/api-core';
import { uuidParam } from '@naast/api-core';
import { ApiPaths, type VisitView } from '@naast/contracts';
import { AcknowledgeVisitDto } from './dto/acknowledge-visit.dto';
import { AmendVisitDto } from './dto/amend-visit.dto';
import { VisitViewDto } from './dto/visit-view.dto';
import { VisitsService } from './visits.service';

@ApiTags('visits')
@Controller(ApiPaths.visits)
export class VisitsController {
  constructor(private readonly visits: VisitsService) {}

  @Get(':id')
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({ type: VisitViewDto })
  @ApiRecordErrors()
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<VisitView> {
    return this.visits.get(actor, id);
  }

  @Post(':id/amendments')
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiCreatedResponse({
    type: VisitViewDto,
    description: 'The visit with its current values and the full amendment history.',
  })
  @ApiRecordErrors()
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Stale `version`; `current` holds the visit as it is now.' })
  amend(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AmendVisitDto,
  ): Promise<VisitView> {
    return this.visits.amend(actor, id, dto);
  }

  @Post(':id/acknowledgement')
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({ type: VisitViewDto, description: 'The visit with its acknowledgement.' })
  @ApiRecordErrors()
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Already acknowledged; `current` holds the visit.' })
  acknowledge(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: AcknowledgeVisitDto,
    @Headers('content-type') contentType?: string,
  ): Promise<VisitView> {
    assertJsonMediaType(contentType);
    return this.visits.acknowledge(actor, id, dto.comment ?? null);
  }
}
