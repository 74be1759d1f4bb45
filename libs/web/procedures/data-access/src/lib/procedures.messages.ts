import type { MessageCatalog } from '@naast/web-core';

export interface ProceduresMessages {
  title: string;
  intro: string;
  loading: string;
  loadFailed: string;
  none: string;
  office: string;
  outcome: string;
  outcomeOn: string;
  outcomeNote: string;
  kind: string;
  advisoryCommittee: string;
  advisoryCommitteeHint: string;
  steps: string;
  dateOf: (step: string) => string;
  add: string;
  addTitle: string;
  edit: (kind: string) => string;
  editButton: string;
  remove: string;
  removeConfirm: string;
  save: string;
  cancel: string;
  invalid: string;
  saved: string;
  added: string;
  removed: string;
  conflictTitle: string;
  attention: (count: number) => string;
  dateHint: string;
  officeHint: (example: string) => string;
  notYet: string;
  doneOn: (date: string) => string;
  doneLate: (due: string) => string;
  pending: (anchor: string) => string;
  dueIn: (date: string, days: number) => string;
  dueSoon: (date: string, days: number) => string;
  passed: (date: string, daysAgo: number) => string;
  notNeeded: string;
  moved: (from: string, holiday: string | null) => string;
  /** `anchor` is already worded: a quoted step, or the end of a step's term. */
  rule: (days: number, anchor: string, byOffice: boolean) => string;
  quoted: (step: string) => string;
  termEndOf: (step: string) => string;
  statutoryTerm: string;
  widgetTitle: string;
  widgetEmpty: string;
  widgetLoadFailed: string;
  openCase: (client: string) => string;
}

const days = (n: number, one: string, many: string) => (n === 1 ? one : many.replace('{n}', String(n)));
const weeksOrDays = (n: number, nl: boolean) =>
  n % 7 === 0
    ? nl
      ? `${n / 7} ${n / 7 === 1 ? 'week' : 'weken'}`
      : `${n / 7} ${n / 7 === 1 ? 'week' : 'weeks'}`
    : nl
      ? `${n} dagen`
      : `${n} days`;

export const PROCEDURES_MESSAGES: MessageCatalog<ProceduresMessages> = {
  nl: {
    title: 'Procedures en termijnen',
    intro: 'Aanvragen en bezwaren bij de gemeente, het CIZ of een andere instantie, met de wettelijke termijnen.',
    loading: 'Procedures laden…',
    loadFailed: 'De procedures konden niet worden geladen.',
    none: 'Nog geen procedures.',
    office: 'Instantie',
    outcome: 'Uitkomst',
    outcomeOn: 'Datum uitkomst',
    outcomeNote: 'Toelichting bij de uitkomst',
    kind: 'Soort procedure',
    advisoryCommittee: 'Een onafhankelijke bezwaarcommissie hoort het bezwaar',
    advisoryCommitteeHint: 'Dan heeft de instantie 12 weken in plaats van 6 om te beslissen.',
    steps: 'Stappen',
    dateOf: (step) => `Datum: ${step}`,
    add: 'Procedure toevoegen',
    addTitle: 'Nieuwe procedure',
    edit: (kind) => `${kind} bijwerken`,
    editButton: 'Datums en uitkomst bijwerken',
    remove: 'Procedure verwijderen',
    removeConfirm: 'Deze procedure met al haar datums verwijderen? Doe dit alleen bij een vergissing.',
    save: 'Opslaan',
    cancel: 'Annuleren',
    invalid: 'Niet alles is goed ingevuld. Kijk bij de velden met een melding.',
    saved: 'De procedure is bijgewerkt.',
    added: 'De procedure is toegevoegd.',
    removed: 'De procedure is verwijderd.',
    conflictTitle: 'Iemand anders heeft deze procedure intussen gewijzigd.',
    attention: (count) =>
      count === 1
        ? 'Let op: 1 termijn verloopt binnenkort of is verstreken.'
        : `Let op: ${count} termijnen verlopen binnenkort of zijn verstreken.`,
    dateHint: 'De dag waarop het gebeurde (verstuurd, ontvangen of besloten).',
    officeHint: (example) => `Bijvoorbeeld: ${example}`,
    notYet: 'Nog niet',
    doneOn: (date) => `Gedaan op ${date}`,
    doneLate: (due) => `na de termijn (uiterlijk ${due})`,
    pending: (anchor) => `Termijn begint zodra de datum van "${anchor}" is ingevuld`,
    dueIn: (date, n) => `Uiterlijk ${date} (${days(n, 'nog 1 dag', 'nog {n} dagen')})`,
    dueSoon: (date, n) =>
      `Let op: termijn verloopt ${n === 0 ? 'vandaag' : n === 1 ? 'morgen' : `over ${n} dagen`}, uiterlijk ${date}`,
    passed: (date, n) => `Termijn verstreken: uiterlijk ${date} (${days(n, '1 dag', '{n} dagen')} geleden)`,
    notNeeded: 'Niet meer nodig',
    moved: (from, holiday) => `verschoven van ${from}${holiday ? ` (${holiday})` : ''}`,
    rule: (n, anchor, byOffice) =>
      `${weeksOrDays(n, true)} na ${anchor}; ${byOffice ? 'de instantie moet dit doen' : 'de cliënt doet dit'}`,
    quoted: (step) => `"${step}"`,
    termEndOf: (step) => `het einde van de termijn voor "${step}"`,
    statutoryTerm: 'Wettelijke termijn',
    widgetTitle: 'Termijnen van procedures',
    widgetEmpty: 'Geen termijnen in de komende twee weken.',
    widgetLoadFailed: 'De termijnen konden niet worden geladen.',
    openCase: (client) => `Casus van ${client}`,
  },
  en: {
    title: 'Procedures and deadlines',
    intro: 'Applications and objections with the municipality, the CIZ or another office, with the statutory terms.',
    loading: 'Loading procedures…',
    loadFailed: 'The procedures could not be loaded.',
    none: 'No procedures yet.',
    office: 'Office',
    outcome: 'Outcome',
    outcomeOn: 'Date of the outcome',
    outcomeNote: 'Note on the outcome',
    kind: 'Kind of procedure',
    advisoryCommittee: 'An independent objections committee hears the objection',
    advisoryCommitteeHint: 'The office then has 12 weeks instead of 6 to decide.',
    steps: 'Steps',
    dateOf: (step) => `Date: ${step}`,
    add: 'Add a procedure',
    addTitle: 'New procedure',
    edit: (kind) => `Update ${kind}`,
    editButton: 'Update dates and outcome',
    remove: 'Remove procedure',
    removeConfirm: 'Remove this procedure with all its dates? Only do this for a mistake.',
    save: 'Save',
    cancel: 'Cancel',
    invalid: 'Not everything is filled in correctly. See the fields with a message.',
    saved: 'The procedure was updated.',
    added: 'The procedure was added.',
    removed: 'The procedure was removed.',
    conflictTitle: 'Someone else changed this procedure in the meantime.',
    attention: (count) =>
      count === 1
        ? 'Attention: 1 deadline is near or has passed.'
        : `Attention: ${count} deadlines are near or have passed.`,
    dateHint: 'The day it happened (sent, received or decided).',
    officeHint: (example) => `For example: ${example}`,
    notYet: 'Not yet',
    doneOn: (date) => `Done on ${date}`,
    doneLate: (due) => `after the deadline (${due})`,
    pending: (anchor) => `The term starts once the date of "${anchor}" is entered`,
    dueIn: (date, n) => `By ${date} (${days(n, '1 day left', '{n} days left')})`,
    dueSoon: (date, n) =>
      `Attention: deadline ${n === 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`}, by ${date}`,
    passed: (date, n) => `Deadline passed: ${date} (${days(n, '1 day', '{n} days')} ago)`,
    notNeeded: 'No longer needed',
    moved: (from, holiday) => `moved from ${from}${holiday ? ` (${holiday})` : ''}`,
    rule: (n, anchor, byOffice) =>
      `${weeksOrDays(n, false)} after ${anchor}; ${byOffice ? 'the office must act' : 'the client acts'}`,
    quoted: (step) => `"${step}"`,
    termEndOf: (step) => `the end of the term for "${step}"`,
    statutoryTerm: 'Statutory term',
    widgetTitle: 'Procedure deadlines',
    widgetEmpty: 'No deadlines in the coming two weeks.',
    widgetLoadFailed: 'The deadlines could not be loaded.',
    openCase: (client) => `Case of ${client}`,
  },
};
