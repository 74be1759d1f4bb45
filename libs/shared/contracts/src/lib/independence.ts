import type { InvolvedParty, InvolvedPartyKind } from './cases';
import type { UserRef } from './people';

/*
 * Independence: supporters and volunteers declare their affiliations (nevenfuncties and ties). A
 * lead supporter or volunteer who is tied to a party involved in a case is not assigned to it,
 * unless a team lead overrides that with a written justification.
 */

export const AFFILIATION_KINDS = [
  'employer',
  'side_job',
  'access_team',
  'provider_tie',
  'commissioner_tie',
  'other',
] as const;
export type AffiliationKind = (typeof AFFILIATION_KINDS)[number];
export const AFFILIATION_KIND_LABELS: Record<AffiliationKind, { nl: string; en: string }> = {
  employer: { nl: 'Werkgever', en: 'Employer' },
  side_job: { nl: 'Nevenfunctie', en: 'Side job' },
  access_team: { nl: 'Lid van een wijkteam of toegangsteam', en: 'Member of a neighbourhood or access team' },
  provider_tie: { nl: 'Band met een zorgaanbieder', en: 'Tie to a care provider' },
  commissioner_tie: { nl: 'Band met de gemeente of het zorgkantoor', en: 'Tie to the municipality or care office' },
  other: { nl: 'Anders', en: 'Other' },
};

export const AFFILIATION_DESCRIPTION_MAX_LENGTH = 500;
export const AFFILIATION_PARTY_NAME_MAX_LENGTH = 200;
export const MAX_AFFILIATIONS = 30;
export const OVERRIDE_JUSTIFICATION_MIN_LENGTH = 10;
export const OVERRIDE_JUSTIFICATION_MAX_LENGTH = 2000;

/** The organisation (or team) the affiliation is with, named as an involved party of a case would be. */
export interface AffiliationParty {
  kind: InvolvedPartyKind;
  name: string;
}

export interface AffiliationInput {
  /** Present for an affiliation that already exists: it keeps its id (overrides refer to it). */
  id?: string;
  kind: AffiliationKind;
  party: AffiliationParty;
  /** e.g. "Bestuurslid, 4 uur per maand". */
  description?: string | null;
  /** ISO dates; open ends are allowed. */
  validFrom?: string | null;
  validUntil?: string | null;
}

export interface AffiliationView {
  id: string;
  kind: AffiliationKind;
  party: AffiliationParty;
  description: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

/** One person's declaration: all their affiliations, saved together under one version. */
export interface AffiliationDeclarationView {
  user: UserRef;
  /** 0 while nothing was ever declared. */
  version: number;
  updatedAt: string | null;
  updatedBy: UserRef | null;
  affiliations: AffiliationView[];
}

export interface SaveAffiliationsRequest {
  /** The version the change is based on (0 for the first declaration). */
  version: number;
  affiliations: AffiliationInput[];
}

/** A team lead's or administrator's overview: one declaration per person they manage. */
export type AffiliationOverview = AffiliationDeclarationView[];

/**
 * How an affiliation's party and a case's involved party are compared: the same kind, and names
 * that are equal after trimming, folding runs of white space, dropping accents and ignoring case
 * ("Zorggroep Één " matches "zorggroep een"). Nothing fuzzier: a near match is for people to judge.
 */
export function partyNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export function partiesMatch(a: AffiliationParty, b: AffiliationParty): boolean {
  return a.kind === b.kind && partyNameKey(a.name) === partyNameKey(b.name);
}

/** An affiliation counts on a day within its dates; open ends count as always. */
export function affiliationValidOn(
  affiliation: { validFrom: string | null; validUntil: string | null },
  isoDate: string,
): boolean {
  return (
    (affiliation.validFrom === null || affiliation.validFrom <= isoDate) &&
    (affiliation.validUntil === null || affiliation.validUntil >= isoDate)
  );
}

/** A person on a case (lead supporter or volunteer) whose affiliation matches one of its involved parties. */
export interface IndependenceTie {
  person: UserRef;
  /** How the person is assigned to the case. */
  assignment: 'lead' | 'volunteer';
  affiliation: AffiliationView;
  party: InvolvedParty;
}

export interface IndependenceOverrideView {
  id: string;
  person: UserRef;
  affiliationKind: AffiliationKind;
  affiliationDescription: string | null;
  party: AffiliationParty;
  justification: string;
  decidedBy: UserRef;
  decidedAt: string;
}

/** The independence panel of a case. */
export interface CaseIndependenceView {
  caseId: string;
  /** Ties on the case today that no team lead has overridden: warnings. */
  warnings: IndependenceTie[];
  overrides: IndependenceOverrideView[];
  /** Whether the caller may record an override (a team lead of the case's team). */
  canOverride: boolean;
}

/** Sent with a case write by a team lead who assigns someone despite a tie. */
export interface IndependenceOverrideRequest {
  justification: string;
}

/** The `code` of a 409 that refuses an assignment because of a tie. */
export const INDEPENDENCE_CONFLICT_CODE = 'independence_conflict';

/** The sentence that explains a tie, in the refusal and on the case. */
export function describeTie(tie: Pick<IndependenceTie, 'person' | 'affiliation' | 'party'>): string {
  const kind = AFFILIATION_KIND_LABELS[tie.affiliation.kind].nl.toLowerCase();
  const detail = tie.affiliation.description ? ` (${tie.affiliation.description})` : '';
  return `${tie.person.displayName} heeft een ${kind}${detail} bij ${tie.affiliation.party.name}, en ${tie.party.name} is betrokken bij deze casus.`;
}

// The role card (rolkaart): a one-page card for the client about their supporter.

export const ROLE_CARD_SECTION_KEYS = [
  'whoIsYourSupporter',
  'whatWeDo',
  'whatWeDoNot',
  'independence',
  'howToReachUs',
  'complaints',
] as const;
export type RoleCardSectionKey = (typeof ROLE_CARD_SECTION_KEYS)[number];

export interface RoleCardSection {
  title: string;
  body: string;
}

export type RoleCardSections = Record<RoleCardSectionKey, RoleCardSection>;

export const ROLE_CARD_TITLE_MAX_LENGTH = 120;
export const ROLE_CARD_BODY_MAX_LENGTH = 2000;

/** Placeholders the standard text may hold; the card fills them in for the case. */
export const ROLE_CARD_PLACEHOLDERS = ['{client}', '{ondersteuner}', '{organisatie}', '{telefoon}', '{email}'] as const;

/** The standard text an organisation starts from: plain Dutch (B1). */
export const DEFAULT_ROLE_CARD_SECTIONS: RoleCardSections = {
  whoIsYourSupporter: {
    title: 'Wie is uw cliëntondersteuner?',
    body: 'Uw cliëntondersteuner is {ondersteuner} van {organisatie}. {ondersteuner} helpt u, {client}, bij uw vragen over zorg, hulp, werk, geld of wonen. De hulp is gratis.',
  },
  whatWeDo: {
    title: 'Wat doet uw cliëntondersteuner?',
    body: 'Wij luisteren naar uw vraag. Wij zoeken samen met u uit wat u nodig heeft. Wij helpen u bij gesprekken met de gemeente, het zorgkantoor of een zorgaanbieder. Wij helpen u met brieven en formulieren. U beslist zelf wat er gebeurt.',
  },
  whatWeDoNot: {
    title: 'Wat doet uw cliëntondersteuner niet?',
    body: 'Wij beslissen niet over uw aanvraag. Dat doet de gemeente of het zorgkantoor. Wij worden niet betaald door een zorgaanbieder. Wij geven zelf geen zorg. Wij delen niets over u zonder uw toestemming.',
  },
  independence: {
    title: 'Wij werken voor u',
    body: 'Uw cliëntondersteuner is onafhankelijk. Wij werken alleen voor u. Wij hebben geen belang bij de keuze voor een bepaalde zorgaanbieder. Heeft uw ondersteuner toch een band met een partij in uw situatie? Dan vertellen wij u dat.',
  },
  howToReachUs: {
    title: 'Zo bereikt u ons',
    body: 'Bel of mail {organisatie}. Vraag naar {ondersteuner}.',
  },
  complaints: {
    title: 'Niet tevreden?',
    body: 'Bent u niet tevreden over ons? Zeg het ons. Dan zoeken we samen een oplossing. Komen we er niet uit? Dan kunt u een klacht indienen bij {organisatie}. U kunt ook hulp vragen aan een onafhankelijke klachtenfunctionaris.',
  },
};

/** The organisation's standard text, as an administrator or team lead edits it. */
export interface RoleCardTextView {
  /** 0 while the organisation uses the default text. */
  version: number;
  sections: RoleCardSections;
  updatedAt: string | null;
  updatedBy: UserRef | null;
}

export interface SaveRoleCardTextRequest {
  version: number;
  sections: RoleCardSections;
}

/** The card for one case: the standard text filled in with the case's details. */
export interface RoleCardView {
  caseId: string;
  title: string;
  clientName: string;
  supporterName: string;
  organisation: { name: string; phone: string | null; email: string | null };
  sections: { key: RoleCardSectionKey; title: string; body: string }[];
  /** ISO date the card was made. */
  issuedOn: string;
}

export interface RoleCardFacts {
  clientName: string;
  supporterName: string;
  organisation: { name: string; phone: string | null; email: string | null };
}

/** Fills the placeholders; an unknown contact detail becomes "onbekend" rather than an empty gap. */
export function fillRoleCardText(text: string, facts: RoleCardFacts): string {
  const values: Record<(typeof ROLE_CARD_PLACEHOLDERS)[number], string> = {
    '{client}': facts.clientName,
    '{ondersteuner}': facts.supporterName,
    '{organisatie}': facts.organisation.name,
    '{telefoon}': facts.organisation.phone ?? 'onbekend',
    '{email}': facts.organisation.email ?? 'onbekend',
  };
  return text.replace(/\{(client|ondersteuner|organisatie|telefoon|email)\}/g, (match) =>
    match in values ? values[match as keyof typeof values] : match,
  );
}
