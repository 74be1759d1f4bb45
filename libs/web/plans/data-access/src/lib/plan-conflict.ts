import type { ApiError, PlanActionView, PlanGoalView, PlanView } from '@naast/contracts';
import { conflictCurrent } from '@naast/web-core';

function isPlanView(value: unknown): value is PlanView {
  return typeof value === 'object' && value !== null && Array.isArray((value as PlanView).goals) && 'caseId' in value;
}

function hasId(value: unknown, id: string): boolean {
  return typeof value === 'object' && value !== null && (value as { id?: unknown }).id === id;
}

/** The whole plan a 409 carries, when the API answered with the plan. */
export function conflictPlan(error: ApiError): PlanView | null {
  const current = conflictCurrent<unknown>(error);
  return isPlanView(current) ? current : null;
}

/**
 * The goal as it is saved now, from a 409 that carries the plan or the goal itself;
 * null when the 409 says nothing about it (the goal may be gone).
 */
export function conflictGoal(error: ApiError, goalId: string): PlanGoalView | null {
  const current = conflictCurrent<unknown>(error);
  if (isPlanView(current)) {
    return current.goals.find((goal) => goal.id === goalId) ?? null;
  }
  return hasId(current, goalId) ? (current as PlanGoalView) : null;
}

/** The action as it is saved now, from a 409 that carries the plan or the action itself. */
export function conflictAction(error: ApiError, actionId: string): PlanActionView | null {
  const current = conflictCurrent<unknown>(error);
  if (isPlanView(current)) {
    for (const goal of current.goals) {
      const action = goal.actions.find((candidate) => candidate.id === actionId);
      if (action) {
        return action;
      }
    }
    return null;
  }
  return hasId(current, actionId) ? (current as PlanActionView) : null;
}
