import {
  ATW_HOLIDAY_LABELS,
  procedureStepDefinition,
  type AtwRestDay,
  type DeadlineStatus,
  type ProcedureKind,
  type ProcedureStep,
  type ProcedureStepState,
} from '@naast/contracts';
import type { Language } from '@naast/web-core';
import type { ProceduresMessages } from './procedures.messages';

/** One step as the page shows it: every status in words, so it never rests on colour alone. */
export interface StepLine {
  step: ProcedureStep;
  label: string;
  /** The entered date, formatted; null when the step has not happened. */
  date: string | null;
  /** What the deadline means now, e.g. "Let op: termijn verloopt over 3 dagen, uiterlijk …". */
  status: string | null;
  /** How the term is counted and who acts, with the statute. */
  rule: string | null;
  deadlineStatus: DeadlineStatus | null;
  /** Due soon or passed: the line is marked as a warning. */
  warning: boolean;
}

/** The holiday a term ended on; null for a weekend day, which the formatted date already names. */
export function holidayLabel(reason: AtwRestDay, language: Language): string | null {
  return reason === 'zaterdag' || reason === 'zondag' ? null : ATW_HOLIDAY_LABELS[reason][language];
}

function stepLabel(kind: ProcedureKind, step: ProcedureStep, language: Language): string {
  return procedureStepDefinition(kind, step)?.label[language] ?? step;
}

/** The lines of a procedure's steps in the reader's language; `formatDate` formats a calendar day. */
export function procedureLines(
  kind: ProcedureKind,
  steps: readonly ProcedureStepState[],
  t: ProceduresMessages,
  language: Language,
  formatDate: (date: string) => string,
): StepLine[] {
  return steps.map(({ step, date, deadline }) => {
    const label = stepLabel(kind, step, language);
    const rule = procedureStepDefinition(kind, step)?.deadline;
    if (!deadline || !rule) {
      return {
        step,
        label,
        date: date ? formatDate(date) : null,
        status: date ? t.doneOn(formatDate(date)) : t.notYet,
        rule: null,
        deadlineStatus: null,
        warning: false,
      };
    }
    const anchorStep = 'step' in rule.from ? rule.from.step : rule.from.deadlineOf;
    const anchorLabel = stepLabel(kind, anchorStep, language);
    const anchor = 'step' in rule.from ? t.quoted(anchorLabel) : t.termEndOf(anchorLabel);
    const due = deadline.dueOn ? formatDate(deadline.dueOn) : '';
    const moved =
      deadline.movedBecause && deadline.countedEnd
        ? ` — ${t.moved(formatDate(deadline.countedEnd), holidayLabel(deadline.movedBecause, language))}`
        : '';
    const ruleText = `${t.statutoryTerm}: ${t.rule(deadline.days, anchor, deadline.by === 'office')} (${deadline.source})`;
    let status: string;
    switch (deadline.status) {
      case 'done':
        status = date ? t.doneOn(formatDate(date)) + (deadline.late && due ? `, ${t.doneLate(due)}` : '') : '';
        break;
      case 'pending':
        status = t.pending(anchorLabel);
        break;
      case 'upcoming':
        status = t.dueIn(due, deadline.daysLeft ?? 0) + moved;
        break;
      case 'due_soon':
        status = t.dueSoon(due, deadline.daysLeft ?? 0) + moved;
        break;
      case 'passed':
        status = t.passed(due, -(deadline.daysLeft ?? 0)) + moved;
        break;
      case 'not_needed':
        status = t.notNeeded;
        break;
    }
    return {
      step,
      label,
      date: date ? formatDate(date) : null,
      status,
      rule: ruleText,
      deadlineStatus: deadline.status,
      warning: deadline.status === 'due_soon' || deadline.status === 'passed',
    };
  });
}
