import type { MessageCatalog } from '@naast/web-core';

export interface RetentionMessages {
  title: string;
  intro: string;
  anonymise: string;
  reason: string;
  reasonHint: string;
  reasonRequired: string;
  confirm: string;
  irreversible: string;
  submit: string;
  submitting: string;
  cancel: string;
  done: string;
  anonymisedOn: (date: string) => string;
  loadFailed: string;
  dryRunTitle: string;
  dryRunIntro: (months: number) => string;
  dryRunNone: string;
  dryRunCount: (count: number) => string;
  client: string;
  team: string;
  lastClosedOn: string;
  dueSince: string;
}

export const RETENTION_MESSAGES: MessageCatalog<RetentionMessages> = {
  nl: {
    title: 'Anonimiseren',
    intro:
      'Anonimiseren verwijdert de persoonsgegevens en alle vrije tekst van deze cliënt. Zaken, datums, domeinen en gemeente blijven, zodat de cijfers kloppen.',
    anonymise: 'Anonimiseren…',
    reason: 'Reden',
    reasonHint: 'Waarom nu? Noem de cliënt hier niet: de reden wordt bewaard.',
    reasonRequired: 'Schrijf waarom de cliënt wordt geanonimiseerd.',
    confirm: 'Ik begrijp dat dit niet ongedaan kan worden gemaakt.',
    irreversible:
      'Let op: dit kan niet ongedaan worden gemaakt. Naam, adres, contactgegevens en alle notities zijn daarna voorgoed weg.',
    submit: 'Definitief anonimiseren',
    submitting: 'Bezig met anonimiseren…',
    cancel: 'Annuleren',
    done: 'De cliënt is geanonimiseerd.',
    anonymisedOn: (date) => `Geanonimiseerd op ${date}.`,
    loadFailed: 'Kon niet nagaan of deze cliënt geanonimiseerd kan worden.',
    dryRunTitle: 'Bewaartermijn: proefdraai',
    dryRunIntro: (months) =>
      `Cliënten van wie de laatste zaak meer dan ${months} maanden geleden is afgesloten. De nachtelijke taak anonimiseert hen; deze lijst verandert niets.`,
    dryRunNone: 'Er is nu niemand aan de beurt.',
    dryRunCount: (count) => (count === 1 ? '1 cliënt is aan de beurt.' : `${count} cliënten zijn aan de beurt.`),
    client: 'Cliënt (id)',
    team: 'Team',
    lastClosedOn: 'Laatste zaak afgesloten',
    dueSince: 'Termijn verstreken op',
  },
  en: {
    title: 'Anonymise',
    intro:
      "Anonymising removes this client's personal data and all free text. Cases, dates, domains and municipality stay, so the figures remain right.",
    anonymise: 'Anonymise…',
    reason: 'Reason',
    reasonHint: 'Why now? Do not name the client here: the reason is kept.',
    reasonRequired: 'Write why the client is anonymised.',
    confirm: 'I understand this cannot be undone.',
    irreversible: 'Note: this cannot be undone. Name, address, contact details and all notes are gone for good.',
    submit: 'Anonymise for good',
    submitting: 'Anonymising…',
    cancel: 'Cancel',
    done: 'The client has been anonymised.',
    anonymisedOn: (date) => `Anonymised on ${date}.`,
    loadFailed: 'Could not check whether this client can be anonymised.',
    dryRunTitle: 'Retention period: dry run',
    dryRunIntro: (months) =>
      `Clients whose last case closed more than ${months} months ago. The nightly job anonymises them; this list changes nothing.`,
    dryRunNone: 'Nobody is due now.',
    dryRunCount: (count) => (count === 1 ? '1 client is due.' : `${count} clients are due.`),
    client: 'Client (id)',
    team: 'Team',
    lastClosedOn: 'Last case closed',
    dueSince: 'Period ended on',
  },
};
