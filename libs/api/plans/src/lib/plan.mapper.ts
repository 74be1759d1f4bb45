import type { CaseAccessFacts, CaseSubject } from '@naast/api-cases';
import {
  diffPlanSnapshots,
  type ActionOwner,
  type MyPlanActionItem,
  type PlanActionView,
  type PlanEvaluationView,
  type PlanGoalView,
  type PlanSnapshot,
  type PlanVersionSummary,
  type PlanView,
} from '@naast/contracts';
import { actionPermissions, planPermissions } from './domain/plan-access';
import type { ActionRow, EvaluationRow, GoalRow, PlanAggregate, VersionRow } from './plan-reader';

const instant = (d: Date | string) => new Date(d).toISOString();

/** Open and past its due date, on the Dutch calendar day `today`. */
export function isOverdue(action: { status: string; dueOn: string | null }, today: string): boolean {
  return action.status === 'open' && action.dueOn !== null && action.dueOn < today;
}

export function toActionOwner(row: Pick<ActionRow, 'ownerKind' | 'ownerUser' | 'ownerName'>): ActionOwner {
  return { kind: row.ownerKind, user: row.ownerUser, name: row.ownerName };
}

export function toActionView(
  row: ActionRow,
  actor: CaseSubject,
  facts: CaseAccessFacts,
  today: string,
): PlanActionView {
  return {
    id: row.id,
    goalId: row.goalId,
    description: row.description,
    owner: toActionOwner(row),
    dueOn: row.dueOn,
    status: row.status,
    doneOn: row.doneOn,
    overdue: isOverdue(row, today),
    permissions: actionPermissions(actor, facts, { ownerKind: row.ownerKind, ownerUserId: row.ownerUser?.id ?? null }),
    version: row.version,
    updatedAt: instant(row.updatedAt),
  };
}

function toGoalView(row: GoalRow, actions: PlanActionView[]): PlanGoalView {
  return {
    id: row.id,
    position: row.position,
    title: row.title,
    desiredOutcome: row.desiredOutcome,
    domains: row.domains,
    status: row.status,
    stoppedReason: row.stoppedReason,
    dependsOn: row.dependsOn,
    actions,
    version: row.version,
    updatedAt: instant(row.updatedAt),
  };
}

function toEvaluationView(row: EvaluationRow): PlanEvaluationView {
  return {
    id: row.id,
    evaluatedOn: row.evaluatedOn,
    summary: row.summary,
    goals: row.goals.map((g) => ({ goalId: g.goalId, goalTitle: g.goalTitle, progress: g.progress, note: g.note })),
    nextEvaluationOn: row.nextEvaluationOn,
    evaluatedBy: row.evaluatedBy,
    createdAt: instant(row.createdAt),
  };
}

export function toVersionSummary(row: VersionRow): PlanVersionSummary {
  return { number: row.number, fixedAt: instant(row.fixedAt), fixedBy: row.fixedBy, note: row.note };
}

/** The plan's content as a fixed version stores it: no versions, timestamps or permissions. */
export function toPlanSnapshot(aggregate: PlanAggregate): PlanSnapshot {
  return {
    agreedOn: aggregate.plan?.agreedOn ?? null,
    agreementMethod: aggregate.plan?.agreementMethod ?? null,
    nextEvaluationOn: aggregate.plan?.nextEvaluationOn ?? null,
    goals: aggregate.goals.map((g) => ({
      id: g.id,
      position: g.position,
      title: g.title,
      desiredOutcome: g.desiredOutcome,
      domains: g.domains,
      status: g.status,
      stoppedReason: g.stoppedReason,
      dependsOn: g.dependsOn,
    })),
    actions: aggregate.actions.map((a) => ({
      id: a.id,
      goalId: a.goalId,
      description: a.description,
      owner: toActionOwner(a),
      dueOn: a.dueOn,
      status: a.status,
      doneOn: a.doneOn,
    })),
  };
}

/** True when the living plan differs from its latest fixed version, or exists and was never fixed. */
export function changedSinceLastVersion(aggregate: PlanAggregate): boolean {
  if (!aggregate.plan) return false;
  if (!aggregate.latestSnapshot) return true;
  const diff = diffPlanSnapshots(aggregate.latestSnapshot, toPlanSnapshot(aggregate));
  return diff.plan.length > 0 || diff.entries.length > 0;
}

export function toPlanView(
  aggregate: PlanAggregate,
  actor: CaseSubject,
  facts: CaseAccessFacts,
  today: string,
): PlanView {
  const actionsByGoal = new Map<string, PlanActionView[]>();
  for (const row of aggregate.actions) {
    const list = actionsByGoal.get(row.goalId) ?? [];
    list.push(toActionView(row, actor, facts, today));
    actionsByGoal.set(row.goalId, list);
  }
  const { plan } = aggregate;
  return {
    id: plan?.id ?? null,
    caseId: aggregate.caseId,
    agreedOn: plan?.agreedOn ?? null,
    agreementMethod: plan?.agreementMethod ?? null,
    nextEvaluationOn: plan?.nextEvaluationOn ?? null,
    goals: aggregate.goals.map((g) => toGoalView(g, actionsByGoal.get(g.id) ?? [])),
    evaluations: aggregate.evaluations.map(toEvaluationView),
    versions: aggregate.versions.map(toVersionSummary),
    changedSinceLastVersion: changedSinceLastVersion(aggregate),
    permissions: planPermissions(actor, facts),
    contact: aggregate.contact,
    version: plan?.version ?? 0,
    updatedAt: plan ? instant(plan.updatedAt) : null,
  };
}

export function toMyActionItem(
  row: ActionRow & { caseId: string; goalTitle: string; clientName: string },
  actor: CaseSubject,
  facts: CaseAccessFacts,
  today: string,
): MyPlanActionItem {
  return {
    ...toActionView(row, actor, facts, today),
    caseId: row.caseId,
    goalTitle: row.goalTitle,
    clientName: row.clientName,
  };
}
