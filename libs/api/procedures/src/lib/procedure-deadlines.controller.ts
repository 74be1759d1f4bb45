import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiErrorDto, CurrentActor, Roles, type Actor } from '@naast/api-core';
import { ApiPaths, type ProcedureDeadlinesView } from '@naast/contracts';
import { ProcedureDeadlinesQueryDto } from './dto/procedure-requests.dto';
import { ProcedureDeadlinesService } from './procedure-deadlines.service';

/** Open procedure deadlines across the caller's cases or teams' cases. */
@ApiTags('procedures')
@Controller(ApiPaths.procedures)
export class ProcedureDeadlinesController {
  constructor(private readonly deadlines: ProcedureDeadlinesService) {}

  @Get('deadlines')
  @Roles('supporter', 'team_lead')
  @ApiOkResponse({ description: 'Deadlines due within `within` days and those passed in the last 30, soonest first.' })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  list(@CurrentActor() actor: Actor, @Query() query: ProcedureDeadlinesQueryDto): Promise<ProcedureDeadlinesView> {
    return this.deadlines.forQuery(actor, query);
  }
}
