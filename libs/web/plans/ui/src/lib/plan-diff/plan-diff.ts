import {
  ACTION_STATUS_LABELS,
  GOAL_STATUS_LABELS,
  PLAN_AGREEMENT_METHOD_LABELS,
  type ActionOwner,
  type ActionStatus,
  type GoalStatus,
  type PlanAgreementMethod,
  type PlanDiff,
  type PlanDiffEntry,
  type PlanFieldChange,
} from '@naast/contracts';
import { PLANS_UI_MESSAGES, domainLabel, formatPlanDate, ownerLabel, type UiLanguage } from '../plans-ui.messages';

export interface ReadableChange {
  field: string;
  before: string;
  after: string;
}

export interface ReadableEntry {
  key: string;
  kind: string;
  label: string;
  change: string;
  changeCode: PlanDiffEntry['change'];
  fields: ReadableChange[];
}

export interface ReadableDiff {
  plan: ReadableChange[];
  entries: ReadableEntry[];
}

const DATE_FIELDS = new Set(['agreedOn', 'nextEvaluationOn', 'dueOn', 'doneOn']);

/**
 * A diff as people read it: Dutch field names, labels instead of codes, dates written out,
 * goal ids replaced by the goal's title (`goalTitles`, from both versions).
 */
export function readableDiff(
  diff: Pick<PlanDiff, 'plan' | 'entries'>,
  goalTitles: ReadonlyMap<string, string>,
  language: UiLanguage,
): ReadableDiff {
  const t = PLANS_UI_MESSAGES[language].diff;
  const value = (kind: PlanDiffEntry['kind'] | 'plan', field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) {
      return t.empty;
    }
    if (DATE_FIELDS.has(field) && typeof raw === 'string') {
      return formatPlanDate(raw, language);
    }
    switch (field) {
      case 'status':
        return kind === 'action'
          ? (ACTION_STATUS_LABELS[raw as ActionStatus]?.[language] ?? String(raw))
          : (GOAL_STATUS_LABELS[raw as GoalStatus]?.[language] ?? String(raw));
      case 'agreementMethod':
        return PLAN_AGREEMENT_METHOD_LABELS[raw as PlanAgreementMethod]?.[language] ?? String(raw);
      case 'domains':
        return (raw as string[]).map((code) => domainLabel(code, language)).join(', ');
      case 'dependsOn':
        return (raw as string[]).map((id) => goalTitles.get(id) ?? '?').join(', ');
      case 'goalId':
        return goalTitles.get(String(raw)) ?? '?';
      case 'owner':
        return ownerLabel(raw as ActionOwner, language);
      default:
        return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : JSON.stringify(raw);
    }
  };
  const readable = (kind: PlanDiffEntry['kind'] | 'plan', change: PlanFieldChange): ReadableChange => ({
    field: t.fields[change.field] ?? change.field,
    before: value(kind, change.field, change.before),
    after: value(kind, change.field, change.after),
  });
  return {
    plan: diff.plan.map((change) => readable('plan', change)),
    entries: diff.entries.map((entry) => ({
      key: `${entry.kind}:${entry.id}`,
      kind: entry.kind === 'goal' ? t.goal : t.action,
      label: entry.label,
      change: t[entry.change],
      changeCode: entry.change,
      fields: entry.fields.map((change) => readable(entry.kind, change)),
    })),
  };
}
