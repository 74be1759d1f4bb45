import type { MessageCatalog } from '@naast/web-core';

export interface ConsentMessages {
  title: string;
  intro: string;
  loadFailed: string;
  consents: string;
  noConsents: string;
  disclosures: string;
  noDisclosures: string;
  recordConsent: string;
  recordDisclosure: string;
  consentTitle: string;
  scope: string;
  recipient: string;
  recipientHint: string;
  purpose: string;
  dataCategories: string;
  givenOn: string;
  givenBy: string;
  representativeName: string;
  representativeCapacity: string;
  validUntil: string;
  validUntilHint: string;
  withdraw: string;
  withdrawTitle: string;
  withdrawnOn: string;
  withdrawalNote: string;
  disclosureTitle: string;
  disclosedOn: string;
  ground: string;
  groundConsent: string;
  groundException: string;
  consent: string;
  noValidConsent: string;
  chooseConsent: string;
  exceptionKind: string;
  exceptionReason: string;
  exceptionReasonHint: (min: number) => string;
  thisCase: string;
  validity: (from: string, until: string | null) => string;
  withdrawnLine: (date: string) => string;
  givenByLine: (who: string) => string;
  underConsent: string;
  underException: (kind: string) => string;
  recordedBy: (name: string, date: string) => string;
  save: string;
  cancel: string;
  consentRecorded: string;
  consentWithdrawn: string;
  disclosureRecorded: string;
  conflict: string;
  invalid: string;
  failed: string;
}

export const CONSENT_MESSAGES: MessageCatalog<ConsentMessages> = {
  nl: {
    title: 'Toestemming en verstrekkingen',
    intro:
      'Waarvoor de cliënt toestemming gaf, en aan wie gegevens zijn verstrekt. Verstrekken mag alleen met geldige toestemming voor die ontvanger, of op grond van een uitzondering met een schriftelijke reden.',
    loadFailed: 'De toestemmingen konden niet worden geladen.',
    consents: 'Toestemmingen',
    noConsents: 'Nog geen toestemming vastgelegd.',
    disclosures: 'Verstrekkingen',
    noDisclosures: 'Nog geen verstrekkingen vastgelegd.',
    recordConsent: 'Toestemming vastleggen',
    recordDisclosure: 'Verstrekking vastleggen',
    consentTitle: 'Nieuwe toestemming',
    scope: 'Toestemming voor',
    recipient: 'Ontvanger',
    recipientHint: 'De persoon of organisatie aan wie gegevens mogen worden verstrekt.',
    purpose: 'Doel',
    dataCategories: 'Soorten gegevens',
    givenOn: 'Gegeven op',
    givenBy: 'Gegeven door',
    representativeName: 'Naam vertegenwoordiger',
    representativeCapacity: 'Hoedanigheid',
    validUntil: 'Geldig tot en met (optioneel)',
    validUntilHint: 'Leeg laten als de toestemming geldt tot ze wordt ingetrokken.',
    withdraw: 'Intrekken',
    withdrawTitle: 'Toestemming intrekken',
    withdrawnOn: 'Ingetrokken op',
    withdrawalNote: 'Toelichting (optioneel)',
    disclosureTitle: 'Nieuwe verstrekking',
    disclosedOn: 'Verstrekt op',
    ground: 'Grondslag',
    groundConsent: 'Toestemming van de cliënt',
    groundException: 'Uitzondering zonder toestemming',
    consent: 'Toestemming',
    noValidConsent:
      'Er is geen geldige toestemming voor verstrekking. Leg eerst toestemming vast, of kies een uitzondering.',
    chooseConsent: 'Kies een toestemming',
    exceptionKind: 'Uitzondering',
    exceptionReason: 'Schriftelijke reden',
    exceptionReasonHint: (min) => `Waarom is verstrekken zonder toestemming nodig? Minstens ${min} tekens.`,
    thisCase: 'deze casus',
    validity: (from, until) => (until ? `Van ${from} tot en met ${until}` : `Vanaf ${from}, tot intrekking`),
    withdrawnLine: (date) => `Ingetrokken op ${date}`,
    givenByLine: (who) => `Gegeven door ${who}`,
    underConsent: 'Met toestemming',
    underException: (kind) => `Zonder toestemming: ${kind}`,
    recordedBy: (name, date) => `Vastgelegd door ${name} op ${date}`,
    save: 'Opslaan',
    cancel: 'Annuleren',
    consentRecorded: 'Toestemming vastgelegd.',
    consentWithdrawn: 'Toestemming ingetrokken.',
    disclosureRecorded: 'Verstrekking vastgelegd.',
    conflict: 'Iemand anders heeft deze toestemming intussen gewijzigd. Bekijk haar en probeer opnieuw.',
    invalid: 'Controleer de velden met een melding.',
    failed: 'Opslaan is niet gelukt.',
  },
  en: {
    title: 'Consent and disclosures',
    intro:
      'What the client consented to, and to whom data were disclosed. Disclosure needs valid consent for that recipient, or an exception with a written reason.',
    loadFailed: 'The consents could not be loaded.',
    consents: 'Consents',
    noConsents: 'No consent recorded yet.',
    disclosures: 'Disclosures',
    noDisclosures: 'No disclosures recorded yet.',
    recordConsent: 'Record consent',
    recordDisclosure: 'Record a disclosure',
    consentTitle: 'New consent',
    scope: 'Consent for',
    recipient: 'Recipient',
    recipientHint: 'The person or organisation the data may be disclosed to.',
    purpose: 'Purpose',
    dataCategories: 'Kinds of data',
    givenOn: 'Given on',
    givenBy: 'Given by',
    representativeName: 'Representative’s name',
    representativeCapacity: 'Capacity',
    validUntil: 'Valid until (optional)',
    validUntilHint: 'Leave empty when the consent holds until withdrawn.',
    withdraw: 'Withdraw',
    withdrawTitle: 'Withdraw consent',
    withdrawnOn: 'Withdrawn on',
    withdrawalNote: 'Note (optional)',
    disclosureTitle: 'New disclosure',
    disclosedOn: 'Disclosed on',
    ground: 'Ground',
    groundConsent: 'The client’s consent',
    groundException: 'Exception without consent',
    consent: 'Consent',
    noValidConsent: 'There is no valid disclosure consent. Record consent first, or choose an exception.',
    chooseConsent: 'Choose a consent',
    exceptionKind: 'Exception',
    exceptionReason: 'Written reason',
    exceptionReasonHint: (min) => `Why is disclosure without consent needed? At least ${min} characters.`,
    thisCase: 'this case',
    validity: (from, until) => (until ? `From ${from} to ${until}` : `From ${from}, until withdrawn`),
    withdrawnLine: (date) => `Withdrawn on ${date}`,
    givenByLine: (who) => `Given by ${who}`,
    underConsent: 'With consent',
    underException: (kind) => `Without consent: ${kind}`,
    recordedBy: (name, date) => `Recorded by ${name} on ${date}`,
    save: 'Save',
    cancel: 'Cancel',
    consentRecorded: 'Consent recorded.',
    consentWithdrawn: 'Consent withdrawn.',
    disclosureRecorded: 'Disclosure recorded.',
    conflict: 'Someone else changed this consent meanwhile. Look at it and try again.',
    invalid: 'Check the fields with a message.',
    failed: 'Saving failed.',
  },
};
