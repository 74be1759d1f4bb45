import { ACTION_OWNER_KIND_LABELS, DOMAINS, type ActionOwner, type DomainCode } from '@naast/contracts';

/** This lib may not import web-core (ui depends on contracts only), so it carries its own tiny i18n. */
export type UiLanguage = 'nl' | 'en';

const nl = {
  progress: 'Voortgang',
  goalsByStatus: 'Doelen per status',
  goalCount: (n: number) => (n === 1 ? '1 doel' : `${n} doelen`),
  actionsDone: (done: number, total: number) => `${done} van ${total} acties gedaan`,
  actionsDoneShort: (done: number, total: number) => `Acties: ${done} van ${total} gedaan`,
  overdueCount: (n: number) => (n === 1 ? '1 actie te laat' : `${n} acties te laat`),
  noOverdue: 'Geen acties te laat',
  overdue: 'Te laat',
  dueOn: (date: string) => `uiterlijk ${date}`,
  domainsOverview: 'Doelen per domein',
  noGoals: 'Er staan nog geen doelen in het plan.',
  alsoIn: 'Ook bij',
  first: 'eerst',
  then: 'daarna',
  status: 'Status',
  diff: {
    plan: 'Plan',
    goal: 'Doel',
    action: 'Actie',
    added: 'Toegevoegd',
    removed: 'Verwijderd',
    changed: 'Gewijzigd',
    field: 'Veld',
    before: 'Was',
    after: 'Wordt',
    empty: '(leeg)',
    none: 'Geen verschillen.',
    fields: {
      title: 'Doel',
      desiredOutcome: 'Gewenst resultaat',
      domains: 'Domeinen',
      status: 'Status',
      stoppedReason: 'Reden van stoppen',
      dependsOn: 'Eerst nodig',
      position: 'Volgorde',
      description: 'Wat',
      owner: 'Wie',
      dueOn: 'Uiterlijk',
      doneOn: 'Gedaan op',
      goalId: 'Bij doel',
      agreedOn: 'Akkoord gegeven op',
      agreementMethod: 'Akkoord gegeven',
      nextEvaluationOn: 'Volgende evaluatie',
    } as Record<string, string>,
  },
};

export type PlansUiMessages = typeof nl;

const en: PlansUiMessages = {
  progress: 'Progress',
  goalsByStatus: 'Goals by status',
  goalCount: (n: number) => (n === 1 ? '1 goal' : `${n} goals`),
  actionsDone: (done: number, total: number) => `${done} of ${total} actions done`,
  actionsDoneShort: (done: number, total: number) => `Actions: ${done} of ${total} done`,
  overdueCount: (n: number) => (n === 1 ? '1 action overdue' : `${n} actions overdue`),
  noOverdue: 'No actions overdue',
  overdue: 'Overdue',
  dueOn: (date: string) => `due ${date}`,
  domainsOverview: 'Goals by domain',
  noGoals: 'The plan has no goals yet.',
  alsoIn: 'Also under',
  first: 'first',
  then: 'then',
  status: 'Status',
  diff: {
    plan: 'Plan',
    goal: 'Goal',
    action: 'Action',
    added: 'Added',
    removed: 'Removed',
    changed: 'Changed',
    field: 'Field',
    before: 'Was',
    after: 'Becomes',
    empty: '(empty)',
    none: 'No differences.',
    fields: {
      title: 'Goal',
      desiredOutcome: 'Desired outcome',
      domains: 'Domains',
      status: 'Status',
      stoppedReason: 'Reason for stopping',
      dependsOn: 'Needs first',
      position: 'Order',
      description: 'What',
      owner: 'Who',
      dueOn: 'Due',
      doneOn: 'Done on',
      goalId: 'Under goal',
      agreedOn: 'Agreed on',
      agreementMethod: 'Agreed',
      nextEvaluationOn: 'Next evaluation',
    },
  },
};

export const PLANS_UI_MESSAGES: Record<UiLanguage, PlansUiMessages> = { nl, en };

/** A calendar day (YYYY-MM-DD) as people read it, without a time-zone shift. */
export function formatPlanDate(value: string | null | undefined, language: UiLanguage): string {
  if (!value) {
    return '';
  }
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  if (Number.isNaN(date.getTime())) {
    return value;
  }
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

export function domainLabel(code: DomainCode | string, language: UiLanguage): string {
  return DOMAINS.find((domain) => domain.code === code)?.[language] ?? code;
}

/** "Vrijwilliger Henk Jansen", "Externe partij: gemeente Utrecht", "Cliënt". */
export function ownerLabel(owner: ActionOwner, language: UiLanguage): string {
  const kind = ACTION_OWNER_KIND_LABELS[owner.kind]?.[language] ?? owner.kind;
  const name = owner.user?.displayName ?? owner.name;
  if (!name) {
    return kind;
  }
  return owner.kind === 'network' || owner.kind === 'external' ? `${kind}: ${name}` : `${kind} ${name}`;
}
