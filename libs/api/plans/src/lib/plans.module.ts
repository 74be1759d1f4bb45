import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@naast/api-cases';
import { MyPlanActionsService } from './my-plan-actions.service';
import { PlanActionEntity } from './plan-action.entity';
import { PlanActionsController } from './plan-actions.controller';
import { PlanEvaluationEntity } from './plan-evaluation.entity';
import { PlanFrame } from './plan-frame';
import { PlanGoalDependencyEntity } from './plan-goal-dependency.entity';
import { PlanGoalDomainEntity } from './plan-goal-domain.entity';
import { PlanGoalEntity } from './plan-goal.entity';
import { PlanItemsService } from './plan-items.service';
import { PlanPrintService } from './plan-print.service';
import { PlanReader } from './plan-reader';
import { PlanVersionEntity } from './plan-version.entity';
import { PlanEntity } from './plan.entity';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

export const PLAN_ENTITIES = [
  PlanEntity,
  PlanGoalEntity,
  PlanGoalDomainEntity,
  PlanGoalDependencyEntity,
  PlanActionEntity,
  PlanVersionEntity,
  PlanEvaluationEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(PLAN_ENTITIES), CasesModule],
  controllers: [PlansController, PlanActionsController],
  providers: [PlanFrame, PlanReader, PlansService, PlanItemsService, PlanPrintService, MyPlanActionsService],
})
export class PlansModule {}
