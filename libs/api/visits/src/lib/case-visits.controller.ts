import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, CurrentActor, Roles, type Actor, ApiRecordErrors } from '@naast/api-core';
import { PageQueryDto, uuidParam } from '@naast/api-core';
import { ApiPaths, type Page, type VisitView } from '@naast/contracts';
import { CreateVisitDto } from './dto/create-visit.dto';
import { VisitPageDto, VisitViewDto } from './dto/visit-view.dto';
import { VisitsService } from './visits.service';

/** Visits as part of their case: listing them and recording a new one. */
@ApiTags('visits')
@Controller(`${ApiPaths.cases}/:caseId/${ApiPaths.visits}`)
export class CaseVisitsController {
  constructor(private readonly visits: VisitsService) {}

  @Get()
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({ type: VisitPageDto })
  @ApiRecordErrors()
  list(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Query() query: PageQueryDto,
  ): Promise<Page<VisitView>> {
    return this.visits.listForCase(actor, caseId, query);
  }

  @Post()
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiCreatedResponse({ type: VisitViewDto })
  @ApiRecordErrors()
  @ApiConflictResponse({ type: ApiErrorDto, description: 'The case is closed.' })
  record(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: CreateVisitDto,
  ): Promise<VisitView> {
    return this.visits.record(actor, caseId, dto);
  }
}
