import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  ApiErrorDto,
  ApiRecordErrors,
  CurrentActor,
  Roles,
  assertJsonMediaType,
  uuidParam,
  type Actor,
} from '@naast/api-core';
import { VisitViewDto } from '@naast/api-visits';
import { ApiPaths, type VisitDraftView, type VisitView } from '@naast/contracts';
import { SaveVisitDraftDto, SubmitVisitDraftDto, VisitDraftFieldsDto, VisitDraftViewDto } from './dto/visit-draft.dto';
import { VisitDraftsService } from './visit-drafts.service';

const RECORDERS = ['supporter', 'team_lead', 'volunteer'] as const;

/** Starting a draft on a case. */
@ApiTags('visit-drafts')
@Controller(`${ApiPaths.cases}/:caseId/${ApiPaths.visitDrafts}`)
export class CaseVisitDraftsController {
  constructor(private readonly drafts: VisitDraftsService) {}

  @Post()
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: VisitDraftViewDto })
  @ApiRecordErrors()
  create(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: VisitDraftFieldsDto,
    @Headers('content-type') contentType?: string,
  ): Promise<VisitDraftView> {
    assertJsonMediaType(contentType);
    return this.drafts.create(actor, caseId, dto);
  }
}

/** My drafts: only their author ever sees them. */
@ApiTags('visit-drafts')
@Controller(ApiPaths.visitDrafts)
export class VisitDraftsController {
  constructor(private readonly drafts: VisitDraftsService) {}

  @Get('mine')
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: [VisitDraftViewDto], description: 'Newest first.' })
  mine(@CurrentActor() actor: Actor): Promise<VisitDraftView[]> {
    return this.drafts.mine(actor);
  }

  @Get(':id')
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: VisitDraftViewDto })
  @ApiRecordErrors()
  get(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<VisitDraftView> {
    return this.drafts.get(actor, id);
  }

  @Put(':id')
  @Roles(...RECORDERS)
  @ApiOkResponse({ type: VisitDraftViewDto })
  @ApiRecordErrors()
  @ApiConflictResponse({ type: ApiErrorDto, description: 'Stale `version`; `current` holds the draft as it is now.' })
  save(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: SaveVisitDraftDto,
  ): Promise<VisitDraftView> {
    const { version, ...fields } = dto;
    return this.drafts.save(actor, id, version, fields);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...RECORDERS)
  @ApiNoContentResponse()
  @ApiRecordErrors()
  remove(@CurrentActor() actor: Actor, @Param('id', uuidParam('id')) id: string): Promise<void> {
    return this.drafts.remove(actor, id);
  }

  @Post(':id/submit')
  @Roles(...RECORDERS)
  @ApiCreatedResponse({ type: VisitViewDto, description: 'The visit the draft became; the draft is gone.' })
  @ApiRecordErrors()
  @ApiConflictResponse({
    type: ApiErrorDto,
    description: 'Stale `version` (`current` holds the draft), or the case is closed.',
  })
  submit(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam('id')) id: string,
    @Body() dto: SubmitVisitDraftDto,
  ): Promise<VisitView> {
    return this.drafts.submit(actor, id, dto.version);
  }
}
