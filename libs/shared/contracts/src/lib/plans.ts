import type { DomainCode } from './domains';
import type { UserRef } from './people';

/*
 * The support plan (ondersteuningsplan): one living plan per case, integral across domains.
 * Goals, actions and the plan itself each carry their own version, so two people can work on
 * different goals at once while a stale write on the same object is refused (409). The plan's
 * version also moves with every change to its goals and actions, so fixing or evaluating is always
 * based on the plan as the supporter saw it.
 */

export const GOAL_STATUSES = ['open', 'in_progress', 'achieved', 'stopped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, { nl: string; en: string }> = {
  open: { nl: 'Nog niet begonnen', en: 'Open' },
  in_progress: { nl: 'Mee bezig', en: 'In progress' },
  achieved: { nl: 'Bereikt', en: 'Achieved' },
  stopped: { nl: 'Gestopt', en: 'Stopped' },
};

export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, { nl: string; en: string }> = {
  open: { nl: 'Te doen', en: 'To do' },
  done: { nl: 'Gedaan', en: 'Done' },
  cancelled: { nl: 'Vervallen', en: 'Cancelled' },
};

/**
 * Who carries out an action. `supporter` and `volunteer` name a user linked to the case;
 * `network` (family, neighbour) and `external` (e.g. "gemeente Utrecht, Wmo-loket") name a party.
 */
export const ACTION_OWNER_KINDS = ['client', 'supporter', 'volunteer', 'network', 'external'] as const;
export type ActionOwnerKind = (typeof ACTION_OWNER_KINDS)[number];
export const ACTION_OWNER_KIND_LABELS: Record<ActionOwnerKind, { nl: string; en: string }> = {
  client: { nl: 'Cliënt', en: 'Client' },
  supporter: { nl: 'Cliëntondersteuner', en: 'Supporter' },
  volunteer: { nl: 'Vrijwilliger', en: 'Volunteer' },
  network: { nl: 'Iemand uit het netwerk', en: 'Someone from the network' },
  external: { nl: 'Externe partij', en: 'External party' },
};

export const PLAN_AGREEMENT_METHODS = ['signed', 'verbal', 'representative'] as const;
export type PlanAgreementMethod = (typeof PLAN_AGREEMENT_METHODS)[number];
export const PLAN_AGREEMENT_METHOD_LABELS: Record<PlanAgreementMethod, { nl: string; en: string }> = {
  signed: { nl: 'Ondertekend', en: 'Signed' },
  verbal: { nl: 'Mondeling', en: 'Verbally' },
  representative: { nl: 'Via vertegenwoordiger', en: 'Via representative' },
};

export const GOAL_PROGRESS = ['achieved', 'progress', 'no_change', 'setback'] as const;
export type GoalProgress = (typeof GOAL_PROGRESS)[number];
export const GOAL_PROGRESS_LABELS: Record<GoalProgress, { nl: string; en: string }> = {
  achieved: { nl: 'Bereikt', en: 'Achieved' },
  progress: { nl: 'Vooruitgang', en: 'Progress' },
  no_change: { nl: 'Geen verandering', en: 'No change' },
  setback: { nl: 'Achteruitgang', en: 'Setback' },
};

export const MAX_GOAL_TITLE_LENGTH = 300;
export const MAX_PLAN_TEXT_LENGTH = 2000;
export const MAX_ACTION_DESCRIPTION_LENGTH = 500;
export const MAX_ACTION_OWNER_NAME_LENGTH = 200;

export interface ActionOwner {
  kind: ActionOwnerKind;
  /** The colleague for `supporter` and `volunteer`; null otherwise. */
  user: UserRef | null;
  /** The named person or party for `network` and `external`; null otherwise. */
  name: string | null;
}

export interface PlanActionView {
  id: string;
  goalId: string;
  description: string;
  owner: ActionOwner;
  /** ISO date. */
  dueOn: string | null;
  status: ActionStatus;
  /** ISO date, set when done. */
  doneOn: string | null;
  /** Open and past its due date (computed by the server for today). */
  overdue: boolean;
  /** What the reader may do: volunteers may only tick off their own actions. */
  permissions: { edit: boolean; complete: boolean };
  version: number;
  updatedAt: string;
}

export interface PlanGoalView {
  id: string;
  /** Display order within the plan. */
  position: number;
  /** The goal in the client's own words. */
  title: string;
  desiredOutcome: string | null;
  domains: DomainCode[];
  status: GoalStatus;
  /** Required when stopped. */
  stoppedReason: string | null;
  /** Ids of goals of the same plan that must come first (never a cycle). */
  dependsOn: string[];
  actions: PlanActionView[];
  version: number;
  updatedAt: string;
}

export interface PlanGoalEvaluation {
  goalId: string;
  /** The goal title at the time of the evaluation. */
  goalTitle: string;
  progress: GoalProgress;
  note: string | null;
}

export interface PlanEvaluationView {
  id: string;
  /** ISO date. */
  evaluatedOn: string;
  summary: string | null;
  goals: PlanGoalEvaluation[];
  /** The next evaluation date this evaluation set. */
  nextEvaluationOn: string | null;
  evaluatedBy: UserRef;
  createdAt: string;
}

export interface PlanVersionSummary {
  /** 1, 2, 3… per plan. */
  number: number;
  fixedAt: string;
  fixedBy: UserRef;
  note: string | null;
}

/** The immutable content of a fixed (vastgesteld) version. */
export interface PlanSnapshot {
  agreedOn: string | null;
  agreementMethod: PlanAgreementMethod | null;
  nextEvaluationOn: string | null;
  goals: PlanSnapshotGoal[];
  actions: PlanSnapshotAction[];
}
export type PlanSnapshotGoal = Omit<PlanGoalView, 'version' | 'updatedAt' | 'actions'>;
export type PlanSnapshotAction = Omit<PlanActionView, 'version' | 'updatedAt' | 'overdue' | 'permissions'>;

export interface PlanVersionView extends PlanVersionSummary {
  snapshot: PlanSnapshot;
}

/** Who the client can turn to, printed on the client's summary. */
export interface PlanContact {
  /** The case's lead supporter. */
  supporter: UserRef;
  organisation: { name: string; phone: string | null; email: string | null };
}

export interface PlanView {
  /** Null until the first write creates the plan. */
  id: string | null;
  caseId: string;
  /** ISO date the client agreed to the plan. */
  agreedOn: string | null;
  agreementMethod: PlanAgreementMethod | null;
  nextEvaluationOn: string | null;
  goals: PlanGoalView[];
  evaluations: PlanEvaluationView[];
  versions: PlanVersionSummary[];
  /** True when the living plan differs from the latest fixed version (or none is fixed yet). */
  changedSinceLastVersion: boolean;
  permissions: { edit: boolean; fix: boolean; evaluate: boolean };
  contact: PlanContact;
  /** 0 before the plan exists. */
  version: number;
  updatedAt: string | null;
}

export interface UpdatePlanRequest {
  version: number;
  agreedOn?: string | null;
  agreementMethod?: PlanAgreementMethod | null;
  nextEvaluationOn?: string | null;
}

export interface CreateGoalRequest {
  title: string;
  desiredOutcome?: string | null;
  /** At least one. */
  domains: DomainCode[];
  dependsOn?: string[];
}

export interface UpdateGoalRequest {
  version: number;
  title?: string;
  desiredOutcome?: string | null;
  domains?: DomainCode[];
  status?: GoalStatus;
  stoppedReason?: string | null;
  dependsOn?: string[];
}

export interface ActionOwnerInput {
  kind: ActionOwnerKind;
  /** Required for `supporter` and `volunteer`: a user linked to the case. */
  userId?: string | null;
  /** Required for `network` and `external`. */
  name?: string | null;
}

export interface CreateActionRequest {
  description: string;
  owner: ActionOwnerInput;
  dueOn?: string | null;
}

export interface UpdateActionRequest {
  version: number;
  description?: string;
  owner?: ActionOwnerInput;
  dueOn?: string | null;
  status?: ActionStatus;
  /** Defaults to today when the status becomes `done`. */
  doneOn?: string | null;
}

export interface FixPlanRequest {
  /** The plan version the supporter reviewed. */
  version: number;
  note?: string | null;
}

export interface RecordEvaluationRequest {
  /** The plan version the evaluation is based on. */
  version: number;
  evaluatedOn: string;
  summary?: string | null;
  goals: { goalId: string; progress: GoalProgress; note?: string | null }[];
  nextEvaluationOn: string | null;
}

/** One changed field of a goal or action between two versions, as shown to people. */
export interface PlanFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface PlanDiffEntry {
  kind: 'goal' | 'action';
  id: string;
  /** Title or description, from the newer side when present. */
  label: string;
  change: 'added' | 'removed' | 'changed';
  fields: PlanFieldChange[];
}

export interface PlanDiff {
  from: number;
  /** A version number, or `current` for the living plan. */
  to: number | 'current';
  plan: PlanFieldChange[];
  entries: PlanDiffEntry[];
}

/** Reports each entry added, removed or changed from `before` to `after`; one home for server and web. */
export function diffPlanSnapshots(before: PlanSnapshot, after: PlanSnapshot): Omit<PlanDiff, 'from' | 'to'> {
  const plan = changedFields(before, after, ['agreedOn', 'agreementMethod', 'nextEvaluationOn']);
  const entries: PlanDiffEntry[] = [
    ...diffById('goal', before.goals, after.goals, (g) => g.title, [
      'title',
      'desiredOutcome',
      'domains',
      'status',
      'stoppedReason',
      'dependsOn',
      'position',
    ]),
    ...diffById('action', before.actions, after.actions, (a) => a.description, [
      'description',
      'owner',
      'dueOn',
      'status',
      'doneOn',
      'goalId',
    ]),
  ];
  return { plan, entries };
}

function diffById<T extends { id: string }>(
  kind: PlanDiffEntry['kind'],
  before: readonly T[],
  after: readonly T[],
  label: (item: T) => string,
  fields: readonly (keyof T & string)[],
): PlanDiffEntry[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const entries: PlanDiffEntry[] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) {
      entries.push({ kind, id: item.id, label: label(item), change: 'added', fields: [] });
      continue;
    }
    old.delete(item.id);
    const changes = changedFields(previous, item, fields);
    if (changes.length) entries.push({ kind, id: item.id, label: label(item), change: 'changed', fields: changes });
  }
  for (const removed of old.values()) {
    entries.push({ kind, id: removed.id, label: label(removed), change: 'removed', fields: [] });
  }
  return entries;
}

function changedFields<T>(before: T, after: T, fields: readonly (keyof T & string)[]): PlanFieldChange[] {
  return fields
    .filter((field) => canonicalJson(before[field] ?? null) !== canonicalJson(after[field] ?? null))
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/** JSON with object keys sorted: a stored snapshot (jsonb) does not keep the order keys were written in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** Open actions assigned to the caller across their cases (the volunteer's "my actions"). */
export interface MyPlanActionItem extends PlanActionView {
  caseId: string;
  goalTitle: string;
  clientName: string;
}
