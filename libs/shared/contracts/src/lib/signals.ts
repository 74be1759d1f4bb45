import type { UserRef } from './people';

/** The barriers a client meets on the way to support (signalen), as supporters name them. */
export const SIGNAL_CATEGORIES = [
  'language',
  'digital',
  'physical_accessibility',
  'provider_refused_or_delayed',
  'perceived_discrimination',
  'unclear_role',
  'waiting_list',
  'other',
] as const;
export type SignalCategory = (typeof SIGNAL_CATEGORIES)[number];
export const SIGNAL_CATEGORY_LABELS: Record<SignalCategory, { nl: string; en: string }> = {
  language: { nl: 'Taalbarrière', en: 'Language barrier' },
  digital: { nl: 'Digitale drempel', en: 'Digital barrier' },
  physical_accessibility: { nl: 'Fysieke toegankelijkheid', en: 'Physical accessibility' },
  provider_refused_or_delayed: {
    nl: 'Geweigerd of vertraagd door aanbieder',
    en: 'Refused or delayed by a provider',
  },
  perceived_discrimination: { nl: 'Ervaren discriminatie', en: 'Perceived discrimination' },
  unclear_role: { nl: 'Onduidelijke rol', en: 'Unclear role' },
  waiting_list: { nl: 'Wachtlijst', en: 'Waiting list' },
  other: { nl: 'Anders', en: 'Other' },
};

/** What was done with a signal. */
export const SIGNAL_FOLLOW_UP_KINDS = [
  'antidiscriminatievoorziening',
  'gemeente',
  'adviesraad_sociaal_domein',
  'zorgkantoor',
  'discussed_with_provider',
  'none_needed',
  'other',
] as const;
export type SignalFollowUpKind = (typeof SIGNAL_FOLLOW_UP_KINDS)[number];
export const SIGNAL_FOLLOW_UP_KIND_LABELS: Record<SignalFollowUpKind, { nl: string; en: string }> = {
  antidiscriminatievoorziening: {
    nl: 'Gemeld bij de antidiscriminatievoorziening',
    en: 'Reported to the anti-discrimination service',
  },
  gemeente: { nl: 'Doorgegeven aan de gemeente', en: 'Passed on to the municipality' },
  adviesraad_sociaal_domein: {
    nl: 'Doorgegeven aan de adviesraad sociaal domein',
    en: 'Passed on to the social domain advisory council',
  },
  zorgkantoor: { nl: 'Doorgegeven aan het zorgkantoor', en: 'Passed on to the care office' },
  discussed_with_provider: { nl: 'Besproken met de aanbieder', en: 'Discussed with the provider' },
  none_needed: { nl: 'Geen actie nodig', en: 'No action needed' },
  other: { nl: 'Anders', en: 'Other' },
};

export const MAX_SIGNAL_DESCRIPTION_LENGTH = 4000;
export const MAX_SIGNAL_PARTY_LENGTH = 200;
export const MAX_FOLLOW_UP_NOTE_LENGTH = 2000;
export const MAX_FOLLOW_UPS_PER_SIGNAL = 50;

export interface SignalFollowUpView {
  id: string;
  kind: SignalFollowUpKind;
  /** To whom, e.g. "Discriminatie.nl Utrecht" or "Wmo-loket". */
  recipient: string | null;
  doneOn: string;
  note: string | null;
  recordedBy: UserRef;
  recordedAt: string;
}

/** A barrier met on a case (signaal) and what was done with it. */
export interface SignalView {
  id: string;
  caseId: string;
  category: SignalCategory;
  description: string;
  occurredOn: string;
  /** The provider, office or organisation involved, if any. */
  involvedParty: string | null;
  recordedBy: UserRef;
  recordedAt: string;
  version: number;
  followUps: SignalFollowUpView[];
  permissions: { edit: boolean };
}

export interface CreateSignalRequest {
  category: SignalCategory;
  description: string;
  /** ISO date, not in the future. */
  occurredOn: string;
  involvedParty?: string | null;
}

export interface UpdateSignalRequest {
  version: number;
  category?: SignalCategory;
  description?: string;
  occurredOn?: string;
  involvedParty?: string | null;
}

export interface AddSignalFollowUpRequest {
  /** The signal's version this follow-up is based on. */
  version: number;
  kind: SignalFollowUpKind;
  recipient?: string | null;
  /** ISO date, not in the future. */
  doneOn: string;
  note?: string | null;
}
