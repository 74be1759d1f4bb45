import type { ActionOwnerKind, PlanActionView, PlanView } from '@naast/contracts';
import { canEditCase, type CaseAccessFacts, type CaseSubject } from '@naast/api-cases';

/** Whoever may edit the case edits its plan: goals, actions, fixing and evaluating. */
export function canEditPlan(actor: CaseSubject, facts: CaseAccessFacts): boolean {
  return canEditCase(actor, facts);
}

/** Ticking an action off: the plan's editors, and a linked volunteer for an action that is theirs. */
export function canCompleteAction(
  actor: CaseSubject,
  facts: CaseAccessFacts,
  action: { ownerKind: ActionOwnerKind; ownerUserId: string | null },
): boolean {
  if (canEditPlan(actor, facts)) return true;
  return (
    actor.role === 'volunteer' &&
    facts.volunteerIds.includes(actor.userId) &&
    action.ownerKind === 'volunteer' &&
    action.ownerUserId === actor.userId
  );
}

export function planPermissions(actor: CaseSubject, facts: CaseAccessFacts): PlanView['permissions'] {
  const edit = canEditPlan(actor, facts);
  return { edit, fix: edit, evaluate: edit };
}

export function actionPermissions(
  actor: CaseSubject,
  facts: CaseAccessFacts,
  action: { ownerKind: ActionOwnerKind; ownerUserId: string | null },
): PlanActionView['permissions'] {
  return { edit: canEditPlan(actor, facts), complete: canCompleteAction(actor, facts, action) };
}
