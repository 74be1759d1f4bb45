import {
  DOMAINS,
  GOAL_STATUSES,
  type DomainCode,
  type DomainDefinition,
  type GoalStatus,
  type PlanActionView,
  type PlanGoalView,
} from '@naast/contracts';

export interface GoalRef {
  id: string;
  title: string;
}

/** A goal as one domain row shows it. */
export interface OverviewGoal {
  goal: PlanGoalView;
  /** The goal's other domains: the same goal is listed under each of them too. */
  otherDomains: DomainCode[];
  /** Goals that must come first ("eerst"). */
  dependsOn: GoalRef[];
  /** Goals that wait for this one ("daarna"). */
  dependents: GoalRef[];
  actionsDone: number;
  /** Cancelled actions do not count. */
  actionsTotal: number;
  overdueActions: PlanActionView[];
}

export interface OverviewDomainRow {
  domain: DomainDefinition;
  goals: OverviewGoal[];
}

export interface PlanProgress {
  goalsTotal: number;
  goalsByStatus: { status: GoalStatus; count: number }[];
  actionsDone: number;
  actionsTotal: number;
  overdueActions: number;
}

/** Anything with goals: the living plan, or a fixed version's goals with their actions put back. */
export interface PlanGoals {
  goals: readonly PlanGoalView[];
}

/**
 * The integral view: one row per domain that has goals (in the domains' own order), each goal
 * under every domain it is tagged with, and dependencies resolved both ways.
 */
export function overviewRows(plan: PlanGoals): OverviewDomainRow[] {
  const titles = new Map(plan.goals.map((goal) => [goal.id, goal.title]));
  const dependents = new Map<string, GoalRef[]>();
  for (const goal of plan.goals) {
    for (const id of goal.dependsOn) {
      dependents.set(id, [...(dependents.get(id) ?? []), { id: goal.id, title: goal.title }]);
    }
  }
  const goals = [...plan.goals].sort((a, b) => a.position - b.position);
  return [...DOMAINS]
    .sort((a, b) => a.position - b.position)
    .map((domain) => ({
      domain,
      goals: goals
        .filter((goal) => goal.domains.includes(domain.code))
        .map((goal): OverviewGoal => {
          const counted = goal.actions.filter((action) => action.status !== 'cancelled');
          return {
            goal,
            otherDomains: goal.domains.filter((code) => code !== domain.code),
            dependsOn: goal.dependsOn.filter((id) => titles.has(id)).map((id) => ({ id, title: titles.get(id) ?? '' })),
            dependents: dependents.get(goal.id) ?? [],
            actionsDone: counted.filter((action) => action.status === 'done').length,
            actionsTotal: counted.length,
            overdueActions: goal.actions.filter((action) => action.overdue),
          };
        }),
    }))
    .filter((row) => row.goals.length > 0);
}

/** Progress at a glance: goals by status, actions done of all that still count, and how many are late. */
export function planProgress(plan: PlanGoals): PlanProgress {
  const actions = plan.goals.flatMap((goal) => goal.actions);
  const counted = actions.filter((action) => action.status !== 'cancelled');
  return {
    goalsTotal: plan.goals.length,
    goalsByStatus: GOAL_STATUSES.map((status) => ({
      status,
      count: plan.goals.filter((goal) => goal.status === status).length,
    })),
    actionsDone: counted.filter((action) => action.status === 'done').length,
    actionsTotal: counted.length,
    overdueActions: actions.filter((action) => action.overdue).length,
  };
}
