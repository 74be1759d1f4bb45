import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, ApiRecordErrors, CurrentActor, Roles, uuidParam, type Actor } from '@naast/api-core';
import { ApiPaths, type CaseProceduresView, type ProcedureView } from '@naast/contracts';
import { CreateProcedureDto, DeleteProcedureQueryDto, UpdateProcedureDto } from './dto/procedure-requests.dto';
import { ProceduresService } from './procedures.service';

const STALE = { type: ApiErrorDto, description: 'Stale `version`; `current` holds the procedure as it is now.' };

/** The procedures a case follows (Wmo, Wlz, bezwaar…), with their dates, outcome and computed deadlines. */
@ApiTags('procedures')
@Controller(`${ApiPaths.cases}/:caseId/${ApiPaths.procedures}`)
export class CaseProceduresController {
  constructor(private readonly procedures: ProceduresService) {}

  @Get()
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ description: 'The procedures with each step, its date and its deadline as of today.' })
  @ApiRecordErrors()
  list(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
  ): Promise<CaseProceduresView> {
    return this.procedures.list(actor, caseId);
  }

  @Post()
  @Roles('supporter', 'team_lead')
  @ApiCreatedResponse({ description: 'The new procedure.' })
  @ApiRecordErrors()
  create(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Body() dto: CreateProcedureDto,
  ): Promise<ProcedureView> {
    return this.procedures.create(actor, caseId, dto);
  }

  @Patch(':procedureId')
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ description: 'The procedure as changed.' })
  @ApiRecordErrors()
  @ApiConflictResponse(STALE)
  update(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Param('procedureId', uuidParam('procedureId')) procedureId: string,
    @Body() dto: UpdateProcedureDto,
  ): Promise<ProcedureView> {
    return this.procedures.update(actor, caseId, procedureId, dto);
  }

  @Delete(':procedureId')
  @HttpCode(204)
  @Roles('supporter', 'team_lead')
  @ApiNoContentResponse({ description: 'Removed, with its dates.' })
  @ApiRecordErrors()
  @ApiConflictResponse(STALE)
  remove(
    @CurrentActor() actor: Actor,
    @Param('caseId', uuidParam('caseId')) caseId: string,
    @Param('procedureId', uuidParam('procedureId')) procedureId: string,
    @Query() query: DeleteProcedureQueryDto,
  ): Promise<void> {
    return this.procedures.remove(actor, caseId, procedureId, query.version);
  }
}
