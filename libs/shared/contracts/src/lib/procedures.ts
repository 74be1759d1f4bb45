import { calendarDaysBetween, statutoryDeadline, type AtwRestDay } from './dutch-calendar';
import type { UserRef } from './people';
import type { UpcomingDateItem } from './workspaces';

// ---------------------------------------------------------------------------------------------
// What a procedure is
// ---------------------------------------------------------------------------------------------

/** The procedures a client can go through with an office, each with its own steps and terms. */
export const PROCEDURE_KINDS = ['wmo', 'wlz', 'jeugdwet', 'participatiewet', 'bezwaar', 'beroep', 'other'] as const;
export type ProcedureKind = (typeof PROCEDURE_KINDS)[number];
export const PROCEDURE_KIND_LABELS: Record<ProcedureKind, { nl: string; en: string }> = {
  wmo: { nl: 'Wmo-aanvraag', en: 'Social support (Wmo) application' },
  wlz: { nl: 'Wlz-indicatie (CIZ)', en: 'Long-term care (Wlz) assessment' },
  jeugdwet: { nl: 'Jeugdhulp (Jeugdwet)', en: 'Youth care (Jeugdwet)' },
  participatiewet: { nl: 'Bijstand (Participatiewet)', en: 'Social assistance (Participatiewet)' },
  bezwaar: { nl: 'Bezwaarprocedure', en: 'Objection procedure' },
  beroep: { nl: 'Beroep bij de rechtbank', en: 'Appeal to the court' },
  other: { nl: 'Andere procedure', en: 'Other procedure' },
};

/** How a procedure ended; `lopend` while it runs. */
export const PROCEDURE_OUTCOMES = ['lopend', 'toegekend', 'deels_toegekend', 'afgewezen', 'ingetrokken'] as const;
export type ProcedureOutcome = (typeof PROCEDURE_OUTCOMES)[number];
export const PROCEDURE_OUTCOME_LABELS: Record<ProcedureOutcome, { nl: string; en: string }> = {
  lopend: { nl: 'Lopend', en: 'Running' },
  toegekend: { nl: 'Toegekend', en: 'Granted' },
  deels_toegekend: { nl: 'Deels toegekend', en: 'Partly granted' },
  afgewezen: { nl: 'Afgewezen', en: 'Refused' },
  ingetrokken: { nl: 'Ingetrokken', en: 'Withdrawn' },
};

/**
 * Every step any procedure has. Which steps a procedure has, in what order and with which terms,
 * is in `PROCEDURE_DEFINITIONS`; a step's date is the day it happened (sent, received, decided).
 */
export const PROCEDURE_STEPS = [
  'melding',
  'persoonlijk_plan',
  'onderzoek',
  'aanvraag',
  'besluit',
  'bezwaar',
  'hoorzitting',
  'beslissing_op_bezwaar',
  'beroep',
  'uitspraak',
] as const;
export type ProcedureStep = (typeof PROCEDURE_STEPS)[number];

/** Who has to act before the deadline: the client (with the supporter) or the office. */
export type DeadlineParty = 'client' | 'office';

export interface DeadlineRule {
  /** The term runs from the day after this step's date, or after the end of this step's own term. */
  from: { step: ProcedureStep } | { deadlineOf: ProcedureStep };
  days: number;
  /** A longer term when the office has an independent advisory committee hear the objection. */
  daysWithAdvisoryCommittee?: number;
  by: DeadlineParty;
  /** The statute, for the supporter who explains it to the client. */
  source: string;
}

export interface ProcedureStepDefinition {
  step: ProcedureStep;
  /** What happened on the step's date, e.g. "Beschikking ontvangen". */
  label: { nl: string; en: string };
  /** What has to happen before the deadline, e.g. "Beschikking door de gemeente". */
  deadlineLabel?: { nl: string; en: string };
  deadline?: DeadlineRule;
  /** The step's date may not lie before these steps' dates. */
  notBefore?: readonly ProcedureStep[];
  /** Outcomes that make this step unnecessary (no objection against a full grant). */
  notNeededWhen?: readonly ProcedureOutcome[];
}

export interface ProcedureDefinition {
  kind: ProcedureKind;
  /** The kind of office, as a hint for the "office involved" field. */
  officeHint: { nl: string; en: string };
  steps: readonly ProcedureStepDefinition[];
}

const WEEK = 7;

/** Objection term: six weeks from the day after the decision was sent (art. 6:7 and 6:8 Awb). */
const bezwaarStep = (decision: ProcedureStep): ProcedureStepDefinition => ({
  step: 'bezwaar',
  label: { nl: 'Bezwaar ingediend', en: 'Objection lodged' },
  deadlineLabel: { nl: 'Bezwaar indienen', en: 'Lodge an objection' },
  deadline: { from: { step: decision }, days: 6 * WEEK, by: 'client', source: 'art. 6:7 en 6:8 Awb' },
  notBefore: [decision],
  notNeededWhen: ['toegekend'],
});

/**
 * The steps and statutory terms of each procedure, in one place: the API validates and computes
 * with it, the browser shows it. Terms count calendar days from the day after the trigger date and
 * end on the next working day when they end on a weekend or holiday (Algemene termijnenwet).
 */
export const PROCEDURE_DEFINITIONS: Record<ProcedureKind, ProcedureDefinition> = {
  // Wmo 2015, art. 2.3.2 (melding, persoonlijk plan, onderzoek) and art. 2.3.5 (aanvraag, beschikking).
  wmo: {
    kind: 'wmo',
    officeHint: { nl: 'Gemeente, Wmo-loket', en: 'Municipality, Wmo desk' },
    steps: [
      { step: 'melding', label: { nl: 'Melding gedaan', en: 'Request for support reported' } },
      {
        step: 'persoonlijk_plan',
        label: { nl: 'Persoonlijk plan ingediend', en: 'Personal plan handed in' },
        deadlineLabel: { nl: 'Persoonlijk plan indienen', en: 'Hand in a personal plan' },
        // art. 2.3.2 lid 2 Wmo 2015: the client may hand in a personal plan within 7 days of the melding.
        deadline: { from: { step: 'melding' }, days: 7, by: 'client', source: 'art. 2.3.2 lid 2 Wmo 2015' },
        notBefore: ['melding'],
      },
      {
        step: 'onderzoek',
        label: { nl: 'Onderzoek afgerond', en: 'Assessment completed' },
        deadlineLabel: { nl: 'Onderzoek door de gemeente', en: 'Assessment by the municipality' },
        // art. 2.3.2 lid 1 Wmo 2015: the municipality completes its assessment within 6 weeks of the melding.
        deadline: { from: { step: 'melding' }, days: 6 * WEEK, by: 'office', source: 'art. 2.3.2 lid 1 Wmo 2015' },
        notBefore: ['melding'],
      },
      {
        step: 'aanvraag',
        label: { nl: 'Aanvraag ingediend', en: 'Application submitted' },
        notBefore: ['melding'],
      },
      {
        step: 'besluit',
        label: { nl: 'Beschikking ontvangen', en: 'Decision received' },
        deadlineLabel: { nl: 'Beschikking door de gemeente', en: 'Decision by the municipality' },
        // art. 2.3.5 lid 1 Wmo 2015: the decision follows within 2 weeks of receiving the aanvraag.
        deadline: { from: { step: 'aanvraag' }, days: 2 * WEEK, by: 'office', source: 'art. 2.3.5 lid 1 Wmo 2015' },
        notBefore: ['aanvraag'],
      },
      bezwaarStep('besluit'),
    ],
  },
  // Wlz art. 3.2.3: the CIZ decides within 6 weeks of the application (it may extend once, by up to 6 weeks).
  wlz: {
    kind: 'wlz',
    officeHint: { nl: 'CIZ', en: 'CIZ' },
    steps: [
      { step: 'aanvraag', label: { nl: 'Aanvraag bij het CIZ ingediend', en: 'Application to the CIZ submitted' } },
      {
        step: 'besluit',
        label: { nl: 'Indicatiebesluit ontvangen', en: 'Assessment decision received' },
        deadlineLabel: { nl: 'Indicatiebesluit van het CIZ', en: 'Assessment decision by the CIZ' },
        deadline: { from: { step: 'aanvraag' }, days: 6 * WEEK, by: 'office', source: 'art. 3.2.3 Wlz' },
        notBefore: ['aanvraag'],
      },
      bezwaarStep('besluit'),
    ],
  },
  // The Jeugdwet sets no term of its own: the municipality decides within a reasonable term of at
  // most 8 weeks (art. 4:13 Awb).
  jeugdwet: {
    kind: 'jeugdwet',
    officeHint: { nl: 'Gemeente, toegang jeugdhulp', en: 'Municipality, youth care desk' },
    steps: [
      { step: 'melding', label: { nl: 'Hulpvraag gemeld', en: 'Request for help reported' } },
      {
        step: 'onderzoek',
        label: { nl: 'Gesprek/onderzoek afgerond', en: 'Assessment completed' },
        notBefore: ['melding'],
      },
      { step: 'aanvraag', label: { nl: 'Aanvraag ingediend', en: 'Application submitted' }, notBefore: ['melding'] },
      {
        step: 'besluit',
        label: { nl: 'Beschikking ontvangen', en: 'Decision received' },
        deadlineLabel: { nl: 'Beschikking door de gemeente', en: 'Decision by the municipality' },
        deadline: { from: { step: 'aanvraag' }, days: 8 * WEEK, by: 'office', source: 'art. 4:13 Awb' },
        notBefore: ['aanvraag'],
      },
      bezwaarStep('besluit'),
    ],
  },
  // Participatiewet: the municipality decides on the application within 8 weeks (art. 4:13 Awb).
  participatiewet: {
    kind: 'participatiewet',
    officeHint: { nl: 'Gemeente, Werk en Inkomen', en: 'Municipality, work and income' },
    steps: [
      { step: 'melding', label: { nl: 'Melding gedaan', en: 'Reported' } },
      { step: 'aanvraag', label: { nl: 'Aanvraag ingediend', en: 'Application submitted' }, notBefore: ['melding'] },
      {
        step: 'besluit',
        label: { nl: 'Beschikking ontvangen', en: 'Decision received' },
        deadlineLabel: { nl: 'Beschikking door de gemeente', en: 'Decision by the municipality' },
        deadline: { from: { step: 'aanvraag' }, days: 8 * WEEK, by: 'office', source: 'art. 4:13 Awb' },
        notBefore: ['aanvraag'],
      },
      bezwaarStep('besluit'),
    ],
  },
  // Awb chapter 7: the decision on the objection follows within 6 weeks, or 12 with an advisory
  // committee (art. 7:13), counted from the day after the objection term ended (art. 7:10 lid 1).
  bezwaar: {
    kind: 'bezwaar',
    officeHint: { nl: 'Het bestuursorgaan dat besliste', en: 'The body that decided' },
    steps: [
      { step: 'besluit', label: { nl: 'Besluit bekendgemaakt', en: 'Decision sent' } },
      { ...bezwaarStep('besluit'), notNeededWhen: [] },
      {
        step: 'hoorzitting',
        label: { nl: 'Hoorzitting gehouden', en: 'Hearing held' },
        notBefore: ['bezwaar'],
      },
      {
        step: 'beslissing_op_bezwaar',
        label: { nl: 'Beslissing op bezwaar ontvangen', en: 'Decision on the objection received' },
        deadlineLabel: { nl: 'Beslissing op bezwaar', en: 'Decision on the objection' },
        deadline: {
          from: { deadlineOf: 'bezwaar' },
          days: 6 * WEEK,
          daysWithAdvisoryCommittee: 12 * WEEK,
          by: 'office',
          source: 'art. 7:10 lid 1 Awb',
        },
        notBefore: ['bezwaar'],
      },
    ],
  },
  // Appeal: six weeks from the day after the decision on the objection was sent (art. 6:7 Awb, art. 8:1 Awb).
  beroep: {
    kind: 'beroep',
    officeHint: { nl: 'Rechtbank, sector bestuursrecht', en: 'District court, administrative law' },
    steps: [
      {
        step: 'beslissing_op_bezwaar',
        label: { nl: 'Beslissing op bezwaar bekendgemaakt', en: 'Decision on the objection sent' },
      },
      {
        step: 'beroep',
        label: { nl: 'Beroep ingesteld', en: 'Appeal lodged' },
        deadlineLabel: { nl: 'Beroep instellen', en: 'Lodge an appeal' },
        deadline: {
          from: { step: 'beslissing_op_bezwaar' },
          days: 6 * WEEK,
          by: 'client',
          source: 'art. 6:7 en 8:1 Awb',
        },
        notBefore: ['beslissing_op_bezwaar'],
      },
      { step: 'uitspraak', label: { nl: 'Uitspraak ontvangen', en: 'Judgment received' }, notBefore: ['beroep'] },
    ],
  },
  // Any other decision on an application: at most 8 weeks when no statute sets a term (art. 4:13 Awb).
  other: {
    kind: 'other',
    officeHint: { nl: 'Instantie en afdeling', en: 'Office and department' },
    steps: [
      { step: 'aanvraag', label: { nl: 'Aanvraag ingediend', en: 'Application submitted' } },
      {
        step: 'besluit',
        label: { nl: 'Besluit ontvangen', en: 'Decision received' },
        deadlineLabel: { nl: 'Besluit van de instantie', en: 'Decision by the office' },
        deadline: { from: { step: 'aanvraag' }, days: 8 * WEEK, by: 'office', source: 'art. 4:13 Awb' },
        notBefore: ['aanvraag'],
      },
      bezwaarStep('besluit'),
    ],
  },
};

export function procedureSteps(kind: ProcedureKind): readonly ProcedureStepDefinition[] {
  return PROCEDURE_DEFINITIONS[kind].steps;
}

// ---------------------------------------------------------------------------------------------
// Computing the deadlines
// ---------------------------------------------------------------------------------------------

/** A deadline within this many days (today included) is "due soon". */
export const DEADLINE_DUE_SOON_DAYS = 7;

/**
 * - `done`: the step has a date.
 * - `pending`: the date the term counts from is not known yet.
 * - `upcoming` / `due_soon` / `passed`: open, and more than 7 days left / 0–7 days left / past.
 * - `not_needed`: the procedure was withdrawn, a later step already happened, or the outcome makes
 *   the step unnecessary (no objection against a full grant).
 */
export const DEADLINE_STATUSES = ['done', 'pending', 'upcoming', 'due_soon', 'passed', 'not_needed'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];
export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, { nl: string; en: string }> = {
  done: { nl: 'Gedaan', en: 'Done' },
  pending: { nl: 'Nog niet te berekenen', en: 'Not yet known' },
  upcoming: { nl: 'Op tijd', en: 'Upcoming' },
  due_soon: { nl: 'Let op: termijn verloopt binnenkort', en: 'Attention: deadline soon' },
  passed: { nl: 'Termijn verstreken', en: 'Deadline passed' },
  not_needed: { nl: 'Niet meer nodig', en: 'No longer needed' },
};

/** The dates entered for a procedure's steps, by step. */
export type ProcedureDates = Partial<Record<ProcedureStep, string>>;

export interface ComputedDeadline {
  /** The last day, after the Algemene termijnenwet; null while the date it counts from is unknown. */
  dueOn: string | null;
  /** The plain count's last day, before moving past a weekend or holiday. */
  countedEnd: string | null;
  /** Why the last day moved: the weekend day or the holiday the plain count ended on. */
  movedBecause: AtwRestDay | null;
  status: DeadlineStatus;
  /** Days from today to `dueOn` (negative once passed); null without a due date. */
  daysLeft: number | null;
  /** The step was done after its deadline. */
  late: boolean;
  by: DeadlineParty;
  days: number;
  source: string;
}

export interface ProcedureStepState {
  step: ProcedureStep;
  date: string | null;
  /** Null for a step without a statutory term. */
  deadline: ComputedDeadline | null;
}

export interface DeadlineFacts {
  kind: ProcedureKind;
  dates: ProcedureDates;
  outcome: ProcedureOutcome;
  advisoryCommittee: boolean;
}

/**
 * The state of every step of a procedure on `today` (YYYY-MM-DD, Dutch calendar): its date and,
 * for steps with a statutory term, the deadline and whether it is done, near or passed.
 */
export function computeProcedureSteps(facts: DeadlineFacts, today: string): ProcedureStepState[] {
  const steps = procedureSteps(facts.kind);
  const dueOf = new Map<ProcedureStep, string | null>();
  return steps.map((definition, index) => {
    const date = facts.dates[definition.step] ?? null;
    const rule = definition.deadline;
    if (!rule) return { step: definition.step, date, deadline: null };

    const anchor =
      'step' in rule.from ? (facts.dates[rule.from.step] ?? null) : (dueOf.get(rule.from.deadlineOf) ?? null);
    const days = facts.advisoryCommittee && rule.daysWithAdvisoryCommittee ? rule.daysWithAdvisoryCommittee : rule.days;
    const counted = anchor ? statutoryDeadline(anchor, days) : null;
    const dueOn = counted?.dueOn ?? null;
    dueOf.set(definition.step, dueOn);

    const laterStepDone = steps.slice(index + 1).some((later) => facts.dates[later.step] !== undefined);
    const notNeeded =
      facts.outcome === 'ingetrokken' || (definition.notNeededWhen ?? []).includes(facts.outcome) || laterStepDone;
    const daysLeft = dueOn ? calendarDaysBetween(today, dueOn) : null;
    let status: DeadlineStatus;
    if (date) status = 'done';
    else if (notNeeded) status = 'not_needed';
    else if (daysLeft === null) status = 'pending';
    else if (daysLeft < 0) status = 'passed';
    else if (daysLeft <= DEADLINE_DUE_SOON_DAYS) status = 'due_soon';
    else status = 'upcoming';

    return {
      step: definition.step,
      date,
      deadline: {
        dueOn,
        countedEnd: counted?.countedEnd ?? null,
        movedBecause: counted?.movedBecause ?? null,
        status,
        daysLeft: status === 'done' || status === 'not_needed' ? null : daysLeft,
        late: date !== null && dueOn !== null && date > dueOn,
        by: rule.by,
        days,
        source: rule.source,
      },
    };
  });
}

/**
 * The deadlines still open: a due date is known and the step is neither done nor unneeded. This
 * does not depend on the day, so it can be stored with the procedure and queried by date; whether
 * an open deadline is near or passed is then a comparison with today.
 */
export function openProcedureDeadlines(facts: DeadlineFacts): { step: ProcedureStep; dueOn: string }[] {
  // Any day gives the same open set: only the split into upcoming, due soon and passed uses it.
  return computeProcedureSteps(facts, '2000-01-01').flatMap(({ step, deadline }) =>
    deadline?.dueOn && deadline.status !== 'done' && deadline.status !== 'not_needed'
      ? [{ step, dueOn: deadline.dueOn }]
      : [],
  );
}

/** A step's definition within a kind, or undefined when the kind has no such step. */
export function procedureStepDefinition(kind: ProcedureKind, step: ProcedureStep): ProcedureStepDefinition | undefined {
  return procedureSteps(kind).find((s) => s.step === step);
}

export interface DateProblem {
  /** `dates.besluit`, `outcomeOn`… as the request names it. */
  field: string;
  reason: string;
}

/**
 * What is wrong with a procedure's dates as a whole: a step the kind does not have, a date in the
 * future, or a date before a step it follows (a beschikking before the aanvraag). Shared so the
 * form says it before the server does.
 */
export function procedureDateProblems(
  kind: ProcedureKind,
  dates: ProcedureDates,
  outcome: { outcome: ProcedureOutcome; outcomeOn: string | null },
  today: string,
): DateProblem[] {
  const problems: DateProblem[] = [];
  for (const [step, date] of Object.entries(dates) as [ProcedureStep, string][]) {
    const definition = procedureStepDefinition(kind, step);
    if (!definition) {
      problems.push({ field: `dates.${step}`, reason: 'deze stap hoort niet bij dit soort procedure' });
      continue;
    }
    if (date > today) {
      problems.push({ field: `dates.${step}`, reason: 'mag niet in de toekomst liggen' });
      continue;
    }
    for (const earlier of definition.notBefore ?? []) {
      const earlierDate = dates[earlier];
      if (earlierDate && date < earlierDate) {
        const label = procedureStepDefinition(kind, earlier)?.label.nl.toLowerCase() ?? earlier;
        problems.push({ field: `dates.${step}`, reason: `mag niet vóór de datum van "${label}" liggen` });
      }
    }
  }
  if (outcome.outcome === 'lopend' && outcome.outcomeOn !== null)
    problems.push({ field: 'outcomeOn', reason: 'hoort leeg te zijn zolang de procedure loopt' });
  if (outcome.outcome !== 'lopend' && outcome.outcomeOn === null)
    problems.push({ field: 'outcomeOn', reason: 'ontbreekt: op welke datum is dit de uitkomst geworden?' });
  if (outcome.outcomeOn !== null && outcome.outcomeOn > today)
    problems.push({ field: 'outcomeOn', reason: 'mag niet in de toekomst liggen' });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Requests and views
// ---------------------------------------------------------------------------------------------

export const PROCEDURE_OFFICE_MAX_LENGTH = 200;
export const PROCEDURE_NOTE_MAX_LENGTH = 2_000;

/** `POST cases/:caseId/procedures` */
export interface CreateProcedureRequest {
  kind: ProcedureKind;
  /** e.g. "Gemeente Utrecht, Wmo-loket". */
  office: string;
  /** Bezwaar only: the office has an independent advisory committee hear it (12 weeks instead of 6). */
  advisoryCommittee?: boolean;
  /** The steps that already happened; a step left out or null has no date yet. */
  dates?: Partial<Record<ProcedureStep, string | null>>;
  outcome?: ProcedureOutcome;
  outcomeOn?: string | null;
  outcomeNote?: string | null;
}

/**
 * `PATCH cases/:caseId/procedures/:id` on the version it is based on. `dates` lists only the steps
 * that change: a date sets the step, null clears it. The kind never changes.
 */
export interface UpdateProcedureRequest {
  version: number;
  office?: string;
  advisoryCommittee?: boolean;
  dates?: Partial<Record<ProcedureStep, string | null>>;
  outcome?: ProcedureOutcome;
  outcomeOn?: string | null;
  outcomeNote?: string | null;
}

export interface ProcedureView {
  id: string;
  caseId: string;
  kind: ProcedureKind;
  office: string;
  advisoryCommittee: boolean;
  dates: ProcedureDates;
  outcome: ProcedureOutcome;
  outcomeOn: string | null;
  outcomeNote: string | null;
  /** Every step of the kind, in order, with its computed deadline as of today. */
  steps: ProcedureStepState[];
  /** The case may be edited by the caller: the page shows the forms. */
  editable: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface CaseProceduresView {
  caseId: string;
  /** Today on the Dutch calendar, the day the deadlines were computed for. */
  today: string;
  editable: boolean;
  items: ProcedureView[];
}

// ---------------------------------------------------------------------------------------------
// Deadlines across cases: the start page and the team lead's review
// ---------------------------------------------------------------------------------------------

export const PROCEDURE_DEADLINE_SCOPES = ['mine', 'team'] as const;
export type ProcedureDeadlineScope = (typeof PROCEDURE_DEADLINE_SCOPES)[number];
export const DEFAULT_DEADLINE_WITHIN_DAYS = 14;
export const MAX_DEADLINE_WITHIN_DAYS = 90;
/** A deadline that passed shows this many days, so it is not missed over a weekend or a holiday. */
export const PASSED_DEADLINE_SHOWN_DAYS = 30;
export const MAX_DEADLINE_ITEMS = 100;

/**
 * `GET procedures/deadlines?scope=mine|team&teamId=&within=14`: open deadlines due within `within`
 * days, and those passed in the last 30 days without the step being done. `mine`: the cases the
 * caller leads; `team`: the cases of one of the caller's teams (or all of them without `teamId`).
 */
export interface ProcedureDeadlinesQuery {
  scope?: ProcedureDeadlineScope;
  teamId?: string;
  within?: number;
}

/** One open deadline; it fits the start page's "upcoming" widget as it is. */
export interface ProcedureDeadlineItem extends UpcomingDateItem {
  kind: 'procedure_deadline';
  procedureId: string;
  procedureKind: ProcedureKind;
  step: ProcedureStep;
  status: Extract<DeadlineStatus, 'upcoming' | 'due_soon' | 'passed'>;
  daysLeft: number;
  by: DeadlineParty;
  leadSupporter: UserRef;
}

export interface ProcedureDeadlinesView {
  today: string;
  within: number;
  total: number;
  items: ProcedureDeadlineItem[];
}

/** "Wmo-aanvraag: Onderzoek door de gemeente" — what falls due, in Dutch, for lists across cases. */
export function procedureDeadlineLabel(kind: ProcedureKind, step: ProcedureStep): string {
  const definition = procedureStepDefinition(kind, step);
  const what = definition?.deadlineLabel?.nl ?? definition?.label.nl ?? step;
  return `${PROCEDURE_KIND_LABELS[kind].nl}: ${what}`;
}
