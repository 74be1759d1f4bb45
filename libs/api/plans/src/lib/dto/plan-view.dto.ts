import { ApiProperty } from '@nestjs/swagger';
import { UserRefDto } from '@naast/api-core';
import {
  ACTION_OWNER_KINDS,
  ACTION_STATUSES,
  DOMAIN_CODES,
  GOAL_PROGRESS,
  GOAL_STATUSES,
  PLAN_AGREEMENT_METHODS,
  type ActionOwner,
  type ActionOwnerKind,
  type ActionStatus,
  type DomainCode,
  type GoalProgress,
  type GoalStatus,
  type MyPlanActionItem,
  type PlanActionView,
  type PlanAgreementMethod,
  type PlanContact,
  type PlanDiff,
  type PlanDiffEntry,
  type PlanEvaluationView,
  type PlanFieldChange,
  type PlanGoalEvaluation,
  type PlanGoalView,
  type PlanSnapshot,
  type PlanSnapshotAction,
  type PlanSnapshotGoal,
  type PlanVersionSummary,
  type PlanVersionView,
  type PlanView,
} from '@naast/contracts';

/** Response shapes for OpenAPI; the values are built by `plan.mapper.ts`. */
export class ActionOwnerDto implements ActionOwner {
  @ApiProperty({ enum: ACTION_OWNER_KINDS })
  kind!: ActionOwnerKind;

  @ApiProperty({ type: UserRefDto, nullable: true, description: 'For supporter and volunteer.' })
  user!: UserRefDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'For network and external.' })
  name!: string | null;
}

class ActionPermissionsDto {
  @ApiProperty({ description: 'The reader may change or remove this action.' })
  edit!: boolean;

  @ApiProperty({ description: 'The reader may tick this action off (volunteers: their own actions).' })
  complete!: boolean;
}

export class PlanSnapshotActionDto implements PlanSnapshotAction {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  goalId!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ type: ActionOwnerDto })
  owner!: ActionOwnerDto;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  dueOn!: string | null;

  @ApiProperty({ enum: ACTION_STATUSES })
  status!: ActionStatus;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  doneOn!: string | null;
}

export class PlanActionViewDto extends PlanSnapshotActionDto implements PlanActionView {
  @ApiProperty({ description: 'Open and past its due date.' })
  overdue!: boolean;

  @ApiProperty({ type: ActionPermissionsDto })
  permissions!: ActionPermissionsDto;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class PlanSnapshotGoalDto implements PlanSnapshotGoal {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  position!: number;

  @ApiProperty({ description: 'In the client’s own words.' })
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  desiredOutcome!: string | null;

  @ApiProperty({ enum: DOMAIN_CODES, isArray: true })
  domains!: DomainCode[];

  @ApiProperty({ enum: GOAL_STATUSES })
  status!: GoalStatus;

  @ApiProperty({ type: String, nullable: true })
  stoppedReason!: string | null;

  @ApiProperty({ type: [String], description: 'Ids of goals of the same plan that come first.' })
  dependsOn!: string[];
}

export class PlanGoalViewDto extends PlanSnapshotGoalDto implements PlanGoalView {
  @ApiProperty({ type: [PlanActionViewDto] })
  actions!: PlanActionViewDto[];

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class PlanGoalEvaluationDto implements PlanGoalEvaluation {
  @ApiProperty({ format: 'uuid' })
  goalId!: string;

  @ApiProperty()
  goalTitle!: string;

  @ApiProperty({ enum: GOAL_PROGRESS })
  progress!: GoalProgress;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;
}

export class PlanEvaluationViewDto implements PlanEvaluationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date' })
  evaluatedOn!: string;

  @ApiProperty({ type: String, nullable: true })
  summary!: string | null;

  @ApiProperty({ type: [PlanGoalEvaluationDto] })
  goals!: PlanGoalEvaluationDto[];

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  nextEvaluationOn!: string | null;

  @ApiProperty({ type: UserRefDto })
  evaluatedBy!: UserRefDto;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class PlanVersionSummaryDto implements PlanVersionSummary {
  @ApiProperty({ description: '1, 2, 3… per plan.' })
  number!: number;

  @ApiProperty({ format: 'date-time' })
  fixedAt!: string;

  @ApiProperty({ type: UserRefDto })
  fixedBy!: UserRefDto;

  @ApiProperty({ type: String, nullable: true })
  note!: string | null;
}

export class PlanSnapshotDto implements PlanSnapshot {
  @ApiProperty({ type: String, nullable: true, format: 'date' })
  agreedOn!: string | null;

  @ApiProperty({ enum: PLAN_AGREEMENT_METHODS, nullable: true })
  agreementMethod!: PlanAgreementMethod | null;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  nextEvaluationOn!: string | null;

  @ApiProperty({ type: [PlanSnapshotGoalDto] })
  goals!: PlanSnapshotGoalDto[];

  @ApiProperty({ type: [PlanSnapshotActionDto] })
  actions!: PlanSnapshotActionDto[];
}

export class PlanVersionViewDto extends PlanVersionSummaryDto implements PlanVersionView {
  @ApiProperty({ type: PlanSnapshotDto, description: 'The plan as it was fixed; never changes.' })
  snapshot!: PlanSnapshotDto;
}

class PlanPermissionsDto {
  @ApiProperty()
  edit!: boolean;

  @ApiProperty()
  fix!: boolean;

  @ApiProperty()
  evaluate!: boolean;
}

class OrganisationContactDto {
  @ApiProperty()
  name!: string;

  @ApiProperty({ type: String, nullable: true })
  phone!: string | null;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;
}

class PlanContactDto implements PlanContact {
  @ApiProperty({ type: UserRefDto, description: 'The case’s lead supporter.' })
  supporter!: UserRefDto;

  @ApiProperty({ type: OrganisationContactDto })
  organisation!: OrganisationContactDto;
}

export class PlanViewDto implements PlanView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null until the first write.' })
  id!: string | null;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  agreedOn!: string | null;

  @ApiProperty({ enum: PLAN_AGREEMENT_METHODS, nullable: true })
  agreementMethod!: PlanAgreementMethod | null;

  @ApiProperty({ type: String, nullable: true, format: 'date' })
  nextEvaluationOn!: string | null;

  @ApiProperty({ type: [PlanGoalViewDto] })
  goals!: PlanGoalViewDto[];

  @ApiProperty({ type: [PlanEvaluationViewDto], description: 'Newest first.' })
  evaluations!: PlanEvaluationViewDto[];

  @ApiProperty({ type: [PlanVersionSummaryDto], description: 'Oldest first.' })
  versions!: PlanVersionSummaryDto[];

  @ApiProperty()
  changedSinceLastVersion!: boolean;

  @ApiProperty({ type: PlanPermissionsDto })
  permissions!: PlanPermissionsDto;

  @ApiProperty({ type: PlanContactDto })
  contact!: PlanContactDto;

  @ApiProperty({ description: '0 before the plan exists; moves with every change in the plan.' })
  version!: number;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  updatedAt!: string | null;
}

class PlanFieldChangeDto implements PlanFieldChange {
  @ApiProperty()
  field!: string;

  @ApiProperty({ nullable: true })
  before!: unknown;

  @ApiProperty({ nullable: true })
  after!: unknown;
}

class PlanDiffEntryDto implements PlanDiffEntry {
  @ApiProperty({ enum: ['goal', 'action'] })
  kind!: 'goal' | 'action';

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  label!: string;

  @ApiProperty({ enum: ['added', 'removed', 'changed'] })
  change!: 'added' | 'removed' | 'changed';

  @ApiProperty({ type: [PlanFieldChangeDto] })
  fields!: PlanFieldChangeDto[];
}

export class PlanDiffDto implements PlanDiff {
  @ApiProperty()
  from!: number;

  @ApiProperty({ oneOf: [{ type: 'integer' }, { type: 'string', enum: ['current'] }] })
  to!: number | 'current';

  @ApiProperty({ type: [PlanFieldChangeDto] })
  plan!: PlanFieldChangeDto[];

  @ApiProperty({ type: [PlanDiffEntryDto] })
  entries!: PlanDiffEntryDto[];
}

export class MyPlanActionItemDto extends PlanActionViewDto implements MyPlanActionItem {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty()
  goalTitle!: string;

  @ApiProperty()
  clientName!: string;
}
