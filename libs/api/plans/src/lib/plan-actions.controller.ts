import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '@naast/api-core';
import { ApiPaths, type MyPlanActionItem } from '@naast/contracts';
import { MyPlanActionItemDto } from './dto/plan-view.dto';
import { MyPlanActionsService } from './my-plan-actions.service';

@ApiTags('plans')
@Controller(ApiPaths.planActions)
export class PlanActionsController {
  constructor(private readonly myActions: MyPlanActionsService) {}

  @Get('mine')
  @Roles('supporter', 'team_lead', 'volunteer')
  @ApiOkResponse({ type: [MyPlanActionItemDto], description: 'Open actions assigned to you, earliest due first.' })
  mine(@CurrentActor() actor: Actor): Promise<MyPlanActionItem[]> {
    return this.myActions.list(actor);
  }
}
