/** This lib may not import web-core (ui depends on contracts only), so it carries its own tiny i18n. */
export type UiLanguage = 'nl' | 'en';

const nl = {
  occurredAt: 'Datum en tijd',
  minutes: 'Duur in minuten',
  minutesQuickPick: 'Snel kiezen',
  minutesShort: (n: number) => `${n} min`,
  mode: 'Soort contact',
  modePlaceholder: 'Kies…',
  domains: 'Besproken domeinen',
  domainsHint: 'Kies alles wat aan bod kwam. (niet verplicht)',
  summary: 'Samenvatting',
  summaryHint: 'Wat is er besproken of gedaan?',
  nextSteps: 'Volgende stappen',
  nextStepsHint: 'Wat gebeurt er hierna, en door wie? (niet verplicht)',
  reason: 'Reden van de correctie',
  reasonHint: 'Een correctie wordt bewaard in de geschiedenis van dit contactmoment.',
  record: 'Contactmoment opslaan',
  send: 'Versturen',
  saveDraft: 'Opslaan als concept',
  amend: 'Correctie opslaan',
  saving: 'Bezig met opslaan…',
  cancel: 'Annuleren',
  invalidSummary: 'Het contactmoment is nog niet compleet. Controleer de gemarkeerde velden.',
  errors: {
    required: 'Dit veld is verplicht.',
    min: (n: number) => `Minstens ${n}.`,
    max: (n: number) => `Hoogstens ${n}.`,
    integer: 'Vul een heel getal in.',
    maxlength: (n: number) => `Gebruik hoogstens ${n} tekens.`,
    notInFuture: 'Een contactmoment kan niet in de toekomst liggen.',
    invalid: 'Deze waarde is ongeldig.',
  },
  timeline: {
    empty: 'Er zijn nog geen contactmomenten vastgelegd.',
    by: (name: string) => `door ${name}`,
    duration: (minutes: number) => `${minutes} minuten`,
    domains: 'Domeinen',
    summary: 'Samenvatting',
    nextSteps: 'Volgende stappen',
    amend: 'Corrigeren',
    amendLabel: (when: string) => `Contactmoment van ${when} corrigeren`,
    amended: (count: number) => (count === 1 ? '1 correctie' : `${count} correcties`),
    history: 'Geschiedenis van correcties',
    amendedBy: (name: string, when: string) => `${when}, door ${name}`,
    reason: 'Reden',
    was: 'was',
    now: 'nu',
    emptyValue: '(leeg)',
    loadMore: 'Meer contactmomenten laden',
    loadingMore: 'Bezig met laden…',
  },
};

export type VisitsUiMessages = typeof nl;

const en: VisitsUiMessages = {
  occurredAt: 'Date and time',
  minutes: 'Duration in minutes',
  minutesQuickPick: 'Quick pick',
  minutesShort: (n: number) => `${n} min`,
  mode: 'Type of contact',
  modePlaceholder: 'Choose…',
  domains: 'Domains discussed',
  domainsHint: 'Choose everything that came up. (optional)',
  summary: 'Summary',
  summaryHint: 'What was discussed or done?',
  nextSteps: 'Next steps',
  nextStepsHint: 'What happens next, and who does it? (optional)',
  reason: 'Reason for the correction',
  reasonHint: 'A correction is kept in the history of this contact.',
  record: 'Save contact',
  send: 'Send',
  saveDraft: 'Save as draft',
  amend: 'Save correction',
  saving: 'Saving…',
  cancel: 'Cancel',
  invalidSummary: 'The contact is not complete yet. Check the highlighted fields.',
  errors: {
    required: 'This field is required.',
    min: (n: number) => `At least ${n}.`,
    max: (n: number) => `At most ${n}.`,
    integer: 'Enter a whole number.',
    maxlength: (n: number) => `Use at most ${n} characters.`,
    notInFuture: 'A contact cannot be in the future.',
    invalid: 'This value is invalid.',
  },
  timeline: {
    empty: 'No contacts have been recorded yet.',
    by: (name: string) => `by ${name}`,
    duration: (minutes: number) => `${minutes} minutes`,
    domains: 'Domains',
    summary: 'Summary',
    nextSteps: 'Next steps',
    amend: 'Correct',
    amendLabel: (when: string) => `Correct the contact of ${when}`,
    amended: (count: number) => (count === 1 ? '1 correction' : `${count} corrections`),
    history: 'History of corrections',
    amendedBy: (name: string, when: string) => `${when}, by ${name}`,
    reason: 'Reason',
    was: 'was',
    now: 'now',
    emptyValue: '(empty)',
    loadMore: 'Load more contacts',
    loadingMore: 'Loading…',
  },
};

export const VISITS_UI_MESSAGES: Record<UiLanguage, VisitsUiMessages> = { nl, en };

const LOCALES: Record<UiLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatVisitDateTime(iso: string, language: UiLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(LOCALES[language], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}
