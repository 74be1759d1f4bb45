import type { MessageCatalog } from '@naast/web-core';

export interface SignalsMessages {
  title: string;
  intro: string;
  loadFailed: string;
  none: string;
  record: string;
  recordTitle: string;
  category: string;
  description: string;
  descriptionHint: string;
  occurredOn: string;
  involvedParty: string;
  involvedPartyHint: string;
  save: string;
  cancel: string;
  recorded: string;
  recordedBy: (name: string, date: string) => string;
  followUps: string;
  noFollowUp: string;
  addFollowUp: string;
  followUpTitle: string;
  followUpKind: string;
  recipient: string;
  doneOn: string;
  note: string;
  followUpAdded: string;
  conflict: string;
  invalid: string;
  failed: string;
}

export const SIGNALS_MESSAGES: MessageCatalog<SignalsMessages> = {
  nl: {
    title: 'Signalen',
    intro:
      'Drempels die de cliënt tegenkwam, en wat ermee is gedaan. Ze tellen mee in het bereiksrapport, zonder namen.',
    loadFailed: 'De signalen konden niet worden geladen.',
    none: 'Nog geen signalen vastgelegd.',
    record: 'Signaal vastleggen',
    recordTitle: 'Nieuw signaal',
    category: 'Soort drempel',
    description: 'Wat gebeurde er?',
    descriptionHint: 'Beschrijf wat er gebeurde, zonder oordeel.',
    occurredOn: 'Datum',
    involvedParty: 'Betrokken partij (optioneel)',
    involvedPartyHint: 'Bijvoorbeeld het Wmo-loket of de zorgaanbieder.',
    save: 'Opslaan',
    cancel: 'Annuleren',
    recorded: 'Signaal vastgelegd.',
    recordedBy: (name, date) => `Vastgelegd door ${name} op ${date}`,
    followUps: 'Wat is ermee gedaan',
    noFollowUp: 'Nog geen vervolg vastgelegd.',
    addFollowUp: 'Vervolg vastleggen',
    followUpTitle: 'Wat is er met dit signaal gedaan?',
    followUpKind: 'Vervolg',
    recipient: 'Aan wie (optioneel)',
    doneOn: 'Datum',
    note: 'Toelichting (optioneel)',
    followUpAdded: 'Vervolg vastgelegd.',
    conflict: 'Iemand anders heeft dit signaal intussen bijgewerkt. Bekijk het en probeer opnieuw.',
    invalid: 'Controleer de velden met een melding.',
    failed: 'Opslaan is niet gelukt.',
  },
  en: {
    title: 'Signals',
    intro: 'Barriers the client met, and what was done about them. They count in the reach report, without names.',
    loadFailed: 'The signals could not be loaded.',
    none: 'No signals recorded yet.',
    record: 'Record a signal',
    recordTitle: 'New signal',
    category: 'Kind of barrier',
    description: 'What happened?',
    descriptionHint: 'Describe what happened, without judgement.',
    occurredOn: 'Date',
    involvedParty: 'Party involved (optional)',
    involvedPartyHint: 'For example the Wmo desk or the care provider.',
    save: 'Save',
    cancel: 'Cancel',
    recorded: 'Signal recorded.',
    recordedBy: (name, date) => `Recorded by ${name} on ${date}`,
    followUps: 'What was done',
    noFollowUp: 'No follow-up recorded yet.',
    addFollowUp: 'Record follow-up',
    followUpTitle: 'What was done with this signal?',
    followUpKind: 'Follow-up',
    recipient: 'To whom (optional)',
    doneOn: 'Date',
    note: 'Note (optional)',
    followUpAdded: 'Follow-up recorded.',
    conflict: 'Someone else updated this signal meanwhile. Look at it and try again.',
    invalid: 'Check the fields with a message.',
    failed: 'Saving failed.',
  },
};
