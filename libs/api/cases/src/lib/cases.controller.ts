import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiErrorDto,
  ApiRecordErrors,
  ApiSearchHeader,
  CurrentActor,
  RateLimit,
  Roles,
  SearchText,
  type Actor,
} from '@naast/api-core';
import { uuidParam } from '@naast/api-core';
import { ApiPaths, type CaseListItem, type CaseView, type Page } from '@naast/contracts';
import { CaseListService } from './case-list.service';
import { CasesService } from './cases.service';
import { CaseListQueryDto } from './dto/case-list-query.dto';
import { CaseListPageDto, CaseViewDto } from './dto/case-view.dto';
import { ChangeCaseStatusDto } from './dto/change-case-status.dto';
import { CreateCaseDto } from './dto/create-case.dto';
import { ReassignCaseDto } from './dto/reassign-case.dto';
import { UpdateCaseDto } from './dto/update-case.dto';

@ApiTags('cases')
@Controller(ApiPaths.cases)
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly caseList: CaseListService,
  ) {}

  @Get()
  @Roles('supporter', 'team_lead', 'volunteer')
  @RateLimit('search')
  @ApiOkResponse({ type: CaseListPageDto, description: 'Cases you may read, filtered and keyset-paged.' })
  @ApiSearchHeader('Part of the client’s name or of the question; misspellings are tolerated.')
  @ApiBadRequestResponse({ type: ApiErrorDto })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: CaseListQueryDto,
    @SearchText() searchText: string | undefined,
  ): Promise<Page<CaseListItem>> {
    return this.caseList.list(actor, query, searchText);
  }

  @Post()
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({ type: CaseViewDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCaseDto): Promise<CaseView> {
    return this.cases.create(actor, dto);
  }

  @Get(':id')
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({
    type: CaseViewDto,
    description: 'For a volunteer without involved parties, status history and closing reason.',
  })
  @ApiRecordErrors()
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<CaseView> {
    return this.cases.get(actor, id);
  }

  @Patch(':id')
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ type: CaseViewDto })
  @ApiRecordErrors()
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Stale `version`; `current` holds the case as it is now.' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: UpdateCaseDto,
  ): Promise<CaseView> {
    return this.cases.update(actor, id, dto);
  }

  @Post(':id/status')
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({ type: CaseViewDto })
  @ApiBadRequestResponse({
    type: ApiErrorDto,
    description: 'A move the status table does not allow, or a missing reason.',
  })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Stale `version`; `current` holds the case as it is now.' })
  changeStatus(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ChangeCaseStatusDto,
  ): Promise<CaseView> {
    return this.cases.changeStatus(actor, id, dto);
  }

  @Post(':id/reassign')
  @Roles('team_lead')
  @ApiCreatedResponse({ type: CaseViewDto, description: 'The case with its new lead supporter.' })
  @ApiBadRequestResponse({ type: ApiErrorDto, description: 'A lead supporter outside the case’s team.' })
  @ApiNotFoundResponse({ type: ApiErrorDto })
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Stale `version`; `current` holds the case as it is now.' })
  reassign(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: ReassignCaseDto,
  ): Promise<CaseView> {
    return this.cases.reassign(actor, id, dto);
  }
}
