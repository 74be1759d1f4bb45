import type { MessageCatalog } from '@naast/web-core';

const nl = {
  myWork: {
    title: 'Mijn werk',
    loading: 'Bezig met laden…',
    openCases: 'Mijn open ondersteuningsvragen',
    openTotal: (n: number) => `${n} open`,
    openTotalLabel: (n: number) => `${n} open ondersteuningsvragen, toon de lijst`,
    statusLabel: (n: number, status: string) => `${n} met status ${status}, toon de lijst`,
    withoutContact: (days: number) => `Langer dan ${days} dagen geen contact`,
    withoutContactLabel: (n: number, days: number) =>
      `${n} ondersteuningsvragen langer dan ${days} dagen zonder contact, toon de lijst`,
    daysWithoutContact: (n: number) => (n === 1 ? '1 dag geen contact' : `${n} dagen geen contact`),
    lastContact: (date: string) => `laatste contact ${date}`,
    neverContact: 'nog geen contact',
    overdueActions: 'Acties over de uiterste datum',
    overdueActionsLabel: (n: number) => `${n} ondersteuningsvragen met een actie over de uiterste datum, toon de lijst`,
    daysOverdue: (n: number, date: string) => (n === 1 ? `1 dag te laat (${date})` : `${n} dagen te laat (${date})`),
    upcoming: (days: number) => `Evaluaties en termijnen (komende ${days} dagen)`,
    evaluation: 'Evaluatie ondersteuningsplan',
    procedureDeadline: 'Termijn',
    passed: 'Verstreken',
    passedOn: (date: string) => `verstreken op ${date}`,
    dueOn: (date: string) => `op ${date}`,
    newReports: 'Nieuwe verslagen van vrijwilligers',
    reportBy: (name: string, date: string) => `${name}, ${date}`,
    reportWhat: (name: string, client: string) => `van ${name} over ${client}`,
    minutes: (n: number) => `${n} min`,
    summary: 'Samenvatting',
    nextSteps: 'Volgende stappen',
    acknowledged: (client: string) => `Het verslag over ${client} is als gelezen gemarkeerd.`,
    shownOf: (shown: number, total: number) => `${shown} van ${total} getoond.`,
    nothing: 'Niets dat aandacht vraagt.',
    noReports: 'Geen nieuwe verslagen.',
    allCases: 'Toon alle',
  },
};

export type WorkspaceMessages = typeof nl;

const en: WorkspaceMessages = {
  myWork: {
    title: 'My work',
    loading: 'Loading…',
    openCases: 'My open support requests',
    openTotal: (n: number) => `${n} open`,
    openTotalLabel: (n: number) => `${n} open support requests, show the list`,
    statusLabel: (n: number, status: string) => `${n} with status ${status}, show the list`,
    withoutContact: (days: number) => `No contact for more than ${days} days`,
    withoutContactLabel: (n: number, days: number) =>
      `${n} support requests without contact for more than ${days} days, show the list`,
    daysWithoutContact: (n: number) => (n === 1 ? '1 day without contact' : `${n} days without contact`),
    lastContact: (date: string) => `last contact ${date}`,
    neverContact: 'no contact yet',
    overdueActions: 'Actions past their due date',
    overdueActionsLabel: (n: number) => `${n} support requests with an action past its due date, show the list`,
    daysOverdue: (n: number, date: string) => (n === 1 ? `1 day late (${date})` : `${n} days late (${date})`),
    upcoming: (days: number) => `Evaluations and deadlines (next ${days} days)`,
    evaluation: 'Support plan evaluation',
    procedureDeadline: 'Deadline',
    passed: 'Passed',
    passedOn: (date: string) => `passed on ${date}`,
    dueOn: (date: string) => `on ${date}`,
    newReports: 'New reports from volunteers',
    reportBy: (name: string, date: string) => `${name}, ${date}`,
    reportWhat: (name: string, client: string) => `by ${name} about ${client}`,
    minutes: (n: number) => `${n} min`,
    summary: 'Summary',
    nextSteps: 'Next steps',
    acknowledged: (client: string) => `The report about ${client} has been marked as read.`,
    shownOf: (shown: number, total: number) => `${shown} of ${total} shown.`,
    nothing: 'Nothing needs attention.',
    noReports: 'No new reports.',
    allCases: 'Show all',
  },
};

export const WORKSPACE_MESSAGES: MessageCatalog<WorkspaceMessages> = { nl, en };
