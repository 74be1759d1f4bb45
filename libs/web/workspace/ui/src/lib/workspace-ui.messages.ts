import {
  CASE_STATUS_LABELS,
  DOMAINS,
  VISIT_MODE_LABELS,
  type CaseStatus,
  type DomainCode,
  type VisitMode,
} from '@naast/contracts';

/** This lib may not import web-core (ui depends on contracts only), so it carries its own tiny i18n. */
export type UiLanguage = 'nl' | 'en';

const LOCALES: Record<UiLanguage, string> = { nl: 'nl-NL', en: 'en-GB' };

const nl = {
  acknowledge: {
    open: 'Gelezen',
    openFor: (what: string) => `Verslag ${what} als gelezen markeren`,
    comment: 'Reactie voor de vrijwilliger',
    commentHint: 'Niet verplicht. De vrijwilliger ziet je reactie.',
    confirm: 'Markeren als gelezen',
    busy: 'Bezig…',
    cancel: 'Annuleren',
    tooLong: (n: number) => `Gebruik hoogstens ${n} tekens.`,
  },
  reassign: {
    open: 'Andere casushouder',
    title: 'Ondersteuningsvraag overdragen',
    supporter: 'Nieuwe casushouder',
    choose: 'Kies…',
    reason: 'Reden (niet verplicht)',
    confirm: 'Overdragen',
    busy: 'Bezig…',
    cancel: 'Annuleren',
    required: 'Kies een cliëntondersteuner.',
    noCandidates: 'Er is geen andere cliëntondersteuner in dit team.',
    justification: 'Onderbouwing om toch toe te wijzen',
    justificationHint: (min: number) => `Minstens ${min} tekens. Komt bij de casus en in het toegangslogboek.`,
    justificationRequired: (min: number) => `Schrijf een onderbouwing van minstens ${min} tekens.`,
    override: 'Toch toewijzen met deze onderbouwing',
  },
  timeline: {
    title: 'Tijdlijn',
    filters: 'Tijdlijn filteren',
    kinds: 'Soort',
    domain: 'Domein',
    allDomains: 'Alle domeinen',
    clear: 'Alle tonen',
    count: (n: number) => (n === 1 ? '1 gebeurtenis' : `${n} gebeurtenissen`),
    loading: 'Bezig met laden…',
    empty: 'Geen gebeurtenissen met deze filters.',
    by: (name: string) => `door ${name}`,
    minutes: (n: number) => `${n} min`,
    summary: 'Samenvatting',
    nextSteps: 'Volgende stappen',
    acknowledged: 'Gelezen door de casushouder',
    notAcknowledged: 'Nog niet gelezen',
    reason: 'Reden',
    changedFields: 'Gewijzigd',
    comment: 'Reactie',
    noComment: 'Zonder reactie.',
    statusFrom: (from: string | null, to: string) => (from ? `Van ${from} naar ${to}` : `Nieuw: ${to}`),
    reassigned: (from: string | null, to: string) => (from ? `Van ${from} naar ${to}` : `Naar ${to}`),
    planVersion: (n: number) => `Versie ${n}`,
    nextEvaluation: (date: string) => `Volgende evaluatie: ${date}`,
    domains: 'Domeinen',
  },
};

export type WorkspaceUiMessages = typeof nl;

const en: WorkspaceUiMessages = {
  acknowledge: {
    open: 'Read',
    openFor: (what: string) => `Mark report ${what} as read`,
    comment: 'Comment for the volunteer',
    commentHint: 'Optional. The volunteer sees your comment.',
    confirm: 'Mark as read',
    busy: 'Working…',
    cancel: 'Cancel',
    tooLong: (n: number) => `Use at most ${n} characters.`,
  },
  reassign: {
    open: 'Other lead supporter',
    title: 'Hand over the support request',
    supporter: 'New lead supporter',
    choose: 'Choose…',
    reason: 'Reason (optional)',
    confirm: 'Hand over',
    busy: 'Working…',
    cancel: 'Cancel',
    required: 'Choose a supporter.',
    noCandidates: 'There is no other supporter in this team.',
    justification: 'Justification for assigning anyway',
    justificationHint: (min: number) => `At least ${min} characters. Shown on the case and in the access log.`,
    justificationRequired: (min: number) => `Write a justification of at least ${min} characters.`,
    override: 'Assign anyway with this justification',
  },
  timeline: {
    title: 'Timeline',
    filters: 'Filter the timeline',
    kinds: 'Kind',
    domain: 'Domain',
    allDomains: 'All domains',
    clear: 'Show all',
    count: (n: number) => (n === 1 ? '1 event' : `${n} events`),
    loading: 'Loading…',
    empty: 'No events with these filters.',
    by: (name: string) => `by ${name}`,
    minutes: (n: number) => `${n} min`,
    summary: 'Summary',
    nextSteps: 'Next steps',
    acknowledged: 'Read by the lead supporter',
    notAcknowledged: 'Not read yet',
    reason: 'Reason',
    changedFields: 'Changed',
    comment: 'Comment',
    noComment: 'No comment.',
    statusFrom: (from: string | null, to: string) => (from ? `From ${from} to ${to}` : `New: ${to}`),
    reassigned: (from: string | null, to: string) => (from ? `From ${from} to ${to}` : `To ${to}`),
    planVersion: (n: number) => `Version ${n}`,
    nextEvaluation: (date: string) => `Next evaluation: ${date}`,
    domains: 'Domains',
  },
};

export const WORKSPACE_UI_MESSAGES: Record<UiLanguage, WorkspaceUiMessages> = { nl, en };

export function formatUiDate(value: string, language: UiLanguage, withTime = false): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  }).format(date);
}

export function domainName(code: DomainCode, language: UiLanguage): string {
  return DOMAINS.find((domain) => domain.code === code)?.[language] ?? code;
}

export function statusName(status: CaseStatus, language: UiLanguage): string {
  return CASE_STATUS_LABELS[status][language];
}

export function modeName(mode: VisitMode, language: UiLanguage): string {
  return VISIT_MODE_LABELS[mode][language];
}
