import type { UserRef } from './people';

export const ACCESSIBILITY_NEEDS = ['low_literacy', 'visual', 'hearing', 'cognitive', 'mobility'] as const;
export type AccessibilityNeed = (typeof ACCESSIBILITY_NEEDS)[number];
export const ACCESSIBILITY_NEED_LABELS: Record<AccessibilityNeed, { nl: string; en: string }> = {
  low_literacy: { nl: 'Laaggeletterd', en: 'Low literacy' },
  visual: { nl: 'Visuele beperking', en: 'Visual impairment' },
  hearing: { nl: 'Auditieve beperking', en: 'Hearing impairment' },
  cognitive: { nl: 'Cognitieve beperking', en: 'Cognitive impairment' },
  mobility: { nl: 'Mobiliteitsbeperking', en: 'Mobility impairment' },
};

export const REPRESENTATIVE_KINDS = ['mentor', 'curator', 'bewindvoerder', 'gemachtigde'] as const;
export type RepresentativeKind = (typeof REPRESENTATIVE_KINDS)[number];
export const REPRESENTATIVE_KIND_LABELS: Record<RepresentativeKind, { nl: string; en: string }> = {
  mentor: { nl: 'Mentor', en: 'Mentor' },
  curator: { nl: 'Curator', en: 'Guardian (curator)' },
  bewindvoerder: { nl: 'Bewindvoerder', en: 'Financial administrator' },
  gemachtigde: { nl: 'Gemachtigde', en: 'Authorised representative' },
};

/** Dutch postcode: four digits (no leading zero), optional space, two letters (not SA, SD, SS). */
export const POSTCODE_PATTERN = /^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}$/;
/** CBS municipality code, e.g. GM0344 for Utrecht. */
export const MUNICIPALITY_CODE_PATTERN = /^GM[0-9]{4}$/;
/** ISO 639-1/639-2 language code in lower case, e.g. nl, en, ar, tr, ti. */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;

export interface Address {
  street: string;
  houseNumber: string;
  postcode: string;
  city: string;
}

export interface Municipality {
  /** CBS code, GM + four digits. */
  code: string;
  name: string;
}

export interface LegalRepresentative {
  kind: RepresentativeKind;
  name: string;
  phone?: string | null;
  email?: string | null;
}

export interface ProcessingConsentInput {
  /** ISO date (YYYY-MM-DD) the client consented. */
  givenOn: string;
  /** What the client consented to, in plain words. */
  scope: string;
}

export interface ProcessingConsent extends ProcessingConsentInput {
  recordedBy: UserRef;
  recordedAt: string;
}

export interface CreateClientRequest {
  teamId: string;
  givenName: string;
  familyNamePrefix?: string | null;
  familyName: string;
  /** ISO date YYYY-MM-DD. */
  dateOfBirth?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: Address | null;
  municipality: Municipality;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  accessibilityNeeds: AccessibilityNeed[];
  representatives: LegalRepresentative[];
  processingConsent?: ProcessingConsentInput | null;
}

/** Every field optional except the version the change is based on. */
export type UpdateClientRequest = Partial<Omit<CreateClientRequest, 'teamId'>> & { version: number };

/** A client in lists and search results: enough to recognise the person, nothing more. */
export interface ClientSummary {
  id: string;
  displayName: string;
  dateOfBirth: string | null;
  municipality: Municipality;
  teamId: string;
}

export interface ClientView extends ClientSummary {
  givenName: string;
  familyNamePrefix: string | null;
  familyName: string;
  phone: string | null;
  email: string | null;
  address: Address | null;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  accessibilityNeeds: AccessibilityNeed[];
  representatives: LegalRepresentative[];
  processingConsent: ProcessingConsent | null;
  createdAt: string;
  updatedAt: string;
  /** What the reader may do with this client. */
  permissions: { edit: boolean };
  version: number;
}

export interface ClientSearchQuery {
  /** Part of a name; misspellings are tolerated (trigram similarity). */
  q?: string;
  cursor?: string;
  limit?: number;
}

/** "Jan de Vries": given name, prefix (tussenvoegsel) and family name. */
export function formatClientName(c: {
  givenName: string;
  familyNamePrefix?: string | null;
  familyName: string;
}): string {
  return [c.givenName, c.familyNamePrefix, c.familyName].filter((p) => !!p && p.trim() !== '').join(' ');
}
