import type { UserRef } from './people';

/** What a consent covers: processing by the organisation itself, or disclosure to a named recipient. */
export const CONSENT_SCOPES = ['processing', 'disclosure'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export const CONSENT_SCOPE_LABELS: Record<ConsentScope, { nl: string; en: string }> = {
  processing: { nl: 'Verwerking', en: 'Processing' },
  disclosure: { nl: 'Verstrekking aan derde', en: 'Disclosure to a third party' },
};

/** The categories of personal data a consent or disclosure covers, as supporters name them. */
export const DATA_CATEGORIES = [
  'persoonsgegevens',
  'gezondheid',
  'financien',
  'wonen',
  'werk_en_dagbesteding',
  'gezin_en_relaties',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];
export const DATA_CATEGORY_LABELS: Record<DataCategory, { nl: string; en: string }> = {
  persoonsgegevens: { nl: 'Persoonsgegevens', en: 'Personal details' },
  gezondheid: { nl: 'Gezondheid', en: 'Health' },
  financien: { nl: 'Financiën', en: 'Finances' },
  wonen: { nl: 'Wonen', en: 'Housing' },
  werk_en_dagbesteding: { nl: 'Werk en dagbesteding', en: 'Work and daytime activities' },
  gezin_en_relaties: { nl: 'Gezin en relaties', en: 'Family and relationships' },
};

/** Who gave the consent. */
export const CONSENT_GIVERS = ['client', 'legal_representative'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];
export const CONSENT_GIVER_LABELS: Record<ConsentGiver, { nl: string; en: string }> = {
  client: { nl: 'Cliënt zelf', en: 'The client' },
  legal_representative: { nl: 'Wettelijk vertegenwoordiger', en: 'Legal representative' },
};

/** In what capacity a representative gave consent. */
export const REPRESENTATIVE_CAPACITIES = ['curator', 'bewindvoerder', 'mentor', 'gemachtigde'] as const;
export type RepresentativeCapacity = (typeof REPRESENTATIVE_CAPACITIES)[number];
export const REPRESENTATIVE_CAPACITY_LABELS: Record<RepresentativeCapacity, { nl: string; en: string }> = {
  curator: { nl: 'Curator', en: 'Guardian (curator)' },
  bewindvoerder: { nl: 'Bewindvoerder', en: 'Financial administrator' },
  mentor: { nl: 'Mentor', en: 'Mentor' },
  gemachtigde: { nl: 'Gemachtigde', en: 'Authorised representative' },
};

/** Grounds for a disclosure without consent; each needs a written reason. */
export const DISCLOSURE_EXCEPTIONS = ['meldcode', 'wettelijke_plicht', 'vitaal_belang'] as const;
export type DisclosureException = (typeof DISCLOSURE_EXCEPTIONS)[number];
export const DISCLOSURE_EXCEPTION_LABELS: Record<DisclosureException, { nl: string; en: string }> = {
  meldcode: {
    nl: 'Meldcode huiselijk geweld en kindermishandeling',
    en: 'Reporting code for domestic violence and child abuse',
  },
  wettelijke_plicht: { nl: 'Wettelijke plicht', en: 'Legal obligation' },
  vitaal_belang: { nl: 'Vitaal belang (acuut gevaar)', en: 'Vital interest (acute danger)' },
};

/** A consent's state on a given day, computed, never stored. */
export const CONSENT_STATUSES = ['geldig', 'verlopen', 'ingetrokken', 'nog_niet_geldig'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];
export const CONSENT_STATUS_LABELS: Record<ConsentStatus, { nl: string; en: string }> = {
  geldig: { nl: 'Geldig', en: 'Valid' },
  verlopen: { nl: 'Verlopen', en: 'Expired' },
  ingetrokken: { nl: 'Ingetrokken', en: 'Withdrawn' },
  nog_niet_geldig: { nl: 'Nog niet geldig', en: 'Not yet valid' },
};

export const MAX_CONSENT_TEXT_LENGTH = 200;
export const MAX_CONSENT_PURPOSE_LENGTH = 1000;
export const MAX_WITHDRAWAL_NOTE_LENGTH = 2000;
/** A documented exception needs a reason one can check afterwards, not a word. */
export const MIN_EXCEPTION_REASON_LENGTH = 20;
export const MAX_EXCEPTION_REASON_LENGTH = 4000;

/** The facts of a consent the validity rule looks at. */
export interface ConsentValidityFacts {
  scope: ConsentScope;
  recipient: string | null;
  dataCategories: readonly DataCategory[];
  givenOn: string;
  validUntil: string | null;
  withdrawnOn: string | null;
}

/**
 * The consent's status on `date` (YYYY-MM-DD). Withdrawal counts from its own date: consent
 * withdrawn on the 10th no longer covers the 10th.
 */
export function consentStatusOn(consent: ConsentValidityFacts, date: string): ConsentStatus {
  if (consent.withdrawnOn !== null && consent.withdrawnOn <= date) return 'ingetrokken';
  if (date < consent.givenOn) return 'nog_niet_geldig';
  if (consent.validUntil !== null && date > consent.validUntil) return 'verlopen';
  return 'geldig';
}

/** Recipients compare without case, accents, punctuation or extra spaces ("Wmo-loket" = "wmo loket"). */
export function normaliseRecipient(recipient: string): string {
  return recipient
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Why a consent does not cover a disclosure, or null when it does. */
export type ConsentMismatch = 'scope' | 'recipient' | 'status' | 'categories';

/**
 * Whether `consent` covers disclosing `categories` to `recipient` on `date`: a disclosure consent
 * for the same recipient, valid on that day, naming every disclosed category.
 */
export function consentMismatch(
  consent: ConsentValidityFacts,
  disclosure: { recipient: string; date: string; dataCategories: readonly DataCategory[] },
): ConsentMismatch | null {
  if (consent.scope !== 'disclosure' || consent.recipient === null) return 'scope';
  if (normaliseRecipient(consent.recipient) !== normaliseRecipient(disclosure.recipient)) return 'recipient';
  if (consentStatusOn(consent, disclosure.date) !== 'geldig') return 'status';
  if (!disclosure.dataCategories.every((c) => consent.dataCategories.includes(c))) return 'categories';
  return null;
}

export interface ConsentView extends ConsentValidityFacts {
  id: string;
  clientId: string;
  purpose: string;
  givenBy: ConsentGiver;
  representativeName: string | null;
  representativeCapacity: RepresentativeCapacity | null;
  withdrawalNote: string | null;
  /** Status today (Dutch calendar). */
  status: ConsentStatus;
  recordedBy: UserRef;
  recordedAt: string;
  version: number;
}

export interface DisclosureView {
  id: string;
  clientId: string;
  caseId: string | null;
  recipient: string;
  purpose: string;
  dataCategories: DataCategory[];
  disclosedOn: string;
  /** The consent it rests on, or null when it rests on an exception. */
  consentId: string | null;
  exceptionKind: DisclosureException | null;
  exceptionReason: string | null;
  recordedBy: UserRef;
  recordedAt: string;
}

/** A client's consents and disclosures, newest first. */
export interface ClientConsentsView {
  clientId: string;
  consents: ConsentView[];
  disclosures: DisclosureView[];
  permissions: { record: boolean };
}

export interface CreateConsentRequest {
  scope: ConsentScope;
  /** Required for a disclosure consent: the person or organisation the data may go to. */
  recipient?: string | null;
  purpose: string;
  dataCategories: DataCategory[];
  givenOn: string;
  givenBy: ConsentGiver;
  representativeName?: string | null;
  representativeCapacity?: RepresentativeCapacity | null;
  validUntil?: string | null;
}

export interface WithdrawConsentRequest {
  version: number;
  withdrawnOn: string;
  note?: string | null;
}

export interface CreateDisclosureRequest {
  /** The case it was done for, if any; must be a case of this client. */
  caseId?: string | null;
  recipient: string;
  purpose: string;
  dataCategories: DataCategory[];
  disclosedOn: string;
  /** Either a consent valid on `disclosedOn` for this recipient… */
  consentId?: string | null;
  /** …or an exception with a written reason. */
  exceptionKind?: DisclosureException | null;
  exceptionReason?: string | null;
}
