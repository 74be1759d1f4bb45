import { Body, Controller, Delete, Get, Header, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiErrorDto,
  ApiRecordErrors,
  CurrentActor,
  FieldValidationException,
  Roles,
  uuidParam,
  type Actor,
} from '@naast/api-core';
import {
  ApiPaths,
  type PlanDiff,
  type PlanVersionSummary,
  type PlanVersionView,
  type PlanView,
} from '@naast/contracts';
import { ParseIntPipe } from '@nestjs/common';
import {
  CreateActionDto,
  CreateGoalDto,
  DeleteVersionQueryDto,
  FixPlanDto,
  PlanDiffQueryDto,
  PlanPrintQueryDto,
  RecordEvaluationDto,
  UpdateActionDto,
  UpdateGoalDto,
  UpdatePlanDto,
} from './dto/plan-requests.dto';
import { PlanDiffDto, PlanVersionSummaryDto, PlanVersionViewDto, PlanViewDto } from './dto/plan-view.dto';
import { PlanItemsService } from './plan-items.service';
import { PlanPrintService } from './plan-print.service';
import { PlansService } from './plans.service';

const STALE = { type: ApiErrorDto, description: 'Stale `version`; `current` holds the whole plan as it is now.' };
const EDITORS_ONLY = { type: ApiErrorDto, description: 'Not an editor of this case’s plan.' };

const versionNumber = new ParseIntPipe({
  exceptionFactory: () => new FieldValidationException([{ field: 'number', reason: 'moet een versienummer zijn' }]),
});

/** The support plan of a case: goals, actions, fixed versions, evaluations and the client's print. */
@ApiTags('plans')
@Controller(`${ApiPaths.cases}/:caseId/${ApiPaths.plan}`)
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly items: PlanItemsService,
    private readonly print: PlanPrintService,
  ) {}

  @Get()
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({ type: PlanViewDto, description: 'Version 0 and empty lists while the case has no plan.' })
  @ApiRecordErrors()
  get(@CurrentActor() actor: Actor, @Param('caseId', uuidParam('caseId')) caseId: string): Promise<PlanView> {
    return this.plans.get(actor, caseId);
  }

  @Patch()
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ type: PlanViewDto, description: 'With `version: 0` the first write creates the plan.' })
  @ApiRecordErrors()
  @ApiForbiddenResponse(EDITORS_ONLY)
  @ApiConflictResponse(STALE)
  update(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: UpdatePlanDto,
  ): Promise<PlanView> {
    return this.plans.update(actor, caseId, dto);
  }

  @Post('goals')
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({ type: PlanViewDto, description: 'The plan with the new goal; creates the plan if needed.' })
  @ApiRecordErrors()
  @ApiForbiddenResponse(EDITORS_ONLY)
  createGoal(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: CreateGoalDto,
  ): Promise<PlanView> {
    return this.items.createGoal(actor, caseId, dto);
  }

  @Patch('goals/:goalId')
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ type: PlanViewDto })
  @ApiRecordErrors()
  @ApiForbiddenResponse(EDITORS_ONLY)
  @ApiConflictResponse(STALE)
  updateGoal(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Param('goalId', uuidParam('goalId')) goalId: string,
    @Body() dto: UpdateGoalDto,
  ): Promise<PlanView> {
    return this.items.updateGoal(actor, caseId, goalId, dto);
  }

  @Delete('goals/:goalId')
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ type: PlanViewDto, description: 'Also removes its actions and the dependencies on it.' })
  @ApiRecordErrors()
  @ApiForbiddenResponse(EDITORS_ONLY)
  @ApiConflictResponse(STALE)
  deleteGoal(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Param('goalId', uuidParam('goalId')) goalId: string,
    @Query() query: DeleteVersionQueryDto,
  ): Promise<PlanView> {
    return this.items.deleteGoal(actor, caseId, goalId, query.version);
  }

  @Post('goals/:goalId/actions')
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({ type: PlanViewDto })
  @ApiRecordErrors()
  @ApiForbiddenResponse(EDITORS_ONLY)
  createAction(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Param('goalId', uuidParam('goalId')) goalId: string,
    @Body() dto: CreateActionDto,
  ): Promise<PlanView> {
    return this.items.createAction(actor, caseId, goalId, dto);
  }

  @Patch('actions/:actionId')
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({ type: PlanViewDto, description: 'A linked volunteer may only tick off their own action.' })
  @ApiRecordErrors()
  @ApiForbiddenResponse({ type: ApiErrorDto, description: 'Not an editor, nor the volunteer who owns the action.' })
  @ApiConflictResponse(STALE)
  updateAction(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Param('actionId', uuidParam('actionId')) actionId: string,
    @Body() dto: UpdateActionDto,
  ): Promise<PlanView> {
    return this.items.updateAction(actor, caseId, actionId, dto);
  }

  @Delete('actions/:actionId')
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ type: PlanViewDto })
  @ApiRecordErrors()
  @ApiForbiddenResponse(EDITORS_ONLY)
  @ApiConflictResponse(STALE)
  deleteAction(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Param('actionId', uuidParam('actionId')) actionId: string,
    @Query() query: DeleteVersionQueryDto,
  ): Promise<PlanView> {
    return this.items.deleteAction(actor, caseId, actionId, query.version);
  }

  @Post('versions')
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({ type: PlanVersionViewDto, description: 'The new fixed version (vastgesteld).' })
  @ApiRecordErrors()
  @ApiForbiddenResponse(EDITORS_ONLY)
  @ApiConflictResponse(STALE)
  fix(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: FixPlanDto,
  ): Promise<PlanVersionView> {
    return this.plans.fix(actor, caseId, dto);
  }

  @Get('versions')
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({ type: [PlanVersionSummaryDto], description: 'Oldest first.' })
  @ApiRecordErrors()
  listVersions(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
  ): Promise<PlanVersionSummary[]> {
    return this.plans.listVersions(actor, caseId);
  }

  @Get('versions/:number')
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({ type: PlanVersionViewDto })
  @ApiRecordErrors()
  getVersion(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Param('number', versionNumber) number: number,
  ): Promise<PlanVersionView> {
    return this.plans.getVersion(actor, caseId, number);
  }

  @Get('diff')
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({ type: PlanDiffDto })
  @ApiRecordErrors()
  diff(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Query() query: PlanDiffQueryDto,
  ): Promise<PlanDiff> {
    return this.plans.diff(actor, caseId, query.from, query.to === 'current' ? 'current' : Number(query.to));
  }

  @Post('evaluations')
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({ type: PlanViewDto, description: 'The plan with the evaluation and its next evaluation date.' })
  @ApiRecordErrors()
  @ApiForbiddenResponse(EDITORS_ONLY)
  @ApiConflictResponse(STALE)
  evaluate(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: RecordEvaluationDto,
  ): Promise<PlanView> {
    return this.plans.evaluate(actor, caseId, dto);
  }

  @Get('print.pdf')
  @Roles('supporter', 'team_lead', 'volunteer')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The client’s plain-language summary, “Mijn ondersteuningsplan”, as a PDF.' })
  @ApiRecordErrors()
  async printPdf(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Query() query: PlanPrintQueryDto,
  ): Promise<StreamableFile> {
    // Headers set here, not by decorators, so an error answer stays JSON.
    return new StreamableFile(await this.print.clientPdf(actor, caseId, query.largePrint ?? false), {
      type: 'application/pdf',
      // No personal data in the file name: downloads folders are often shared.
      disposition: 'attachment; filename="ondersteuningsplan.pdf"',
    });
  }
}
