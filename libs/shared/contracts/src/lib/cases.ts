import type { ClientSummary } from './clients';
import type { DomainCode } from './domains';
import type { IndependenceOverrideRequest } from './independence';
import type { UserRef } from './people';
import type { Role } from './roles';
import type { CaseAttention } from './workspaces';

export const CASE_STATUSES = ['aangemeld', 'intake', 'actief', 'afgesloten'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: Record<CaseStatus, { nl: string; en: string }> = {
  aangemeld: { nl: 'Aangemeld', en: 'Registered' },
  intake: { nl: 'Intake', en: 'Intake' },
  actief: { nl: 'Actief', en: 'Active' },
  afgesloten: { nl: 'Afgesloten', en: 'Closed' },
};

export interface CaseStatusTransition {
  from: CaseStatus;
  to: CaseStatus;
  /** Roles allowed to make this transition (always within their scope). */
  roles: readonly Role[];
  reasonRequired: boolean;
}

/**
 * The case life cycle: aangemeld → intake → actief → afgesloten. Closing needs a reason;
 * reopening a closed case is a team lead's act. The server enforces exactly this table.
 */
export const CASE_STATUS_TRANSITIONS: readonly CaseStatusTransition[] = [
  { from: 'aangemeld', to: 'intake', roles: ['supporter', 'team_lead'], reasonRequired: false },
  { from: 'intake', to: 'actief', roles: ['supporter', 'team_lead'], reasonRequired: false },
  { from: 'aangemeld', to: 'afgesloten', roles: ['supporter', 'team_lead'], reasonRequired: true },
  { from: 'intake', to: 'afgesloten', roles: ['supporter', 'team_lead'], reasonRequired: true },
  { from: 'actief', to: 'afgesloten', roles: ['supporter', 'team_lead'], reasonRequired: true },
  { from: 'afgesloten', to: 'actief', roles: ['team_lead'], reasonRequired: true },
];

export function findCaseStatusTransition(from: CaseStatus, to: CaseStatus): CaseStatusTransition | undefined {
  return CASE_STATUS_TRANSITIONS.find((t) => t.from === from && t.to === to);
}

export const LEGAL_FRAMEWORKS = ['wmo', 'wlz', 'jeugdwet', 'zvw', 'participatiewet', 'schuldhulpverlening'] as const;
export type LegalFramework = (typeof LEGAL_FRAMEWORKS)[number];
export const LEGAL_FRAMEWORK_LABELS: Record<LegalFramework, { nl: string; en: string }> = {
  wmo: { nl: 'Wmo 2015', en: 'Social Support Act (Wmo 2015)' },
  wlz: { nl: 'Wet langdurige zorg', en: 'Long-term Care Act (Wlz)' },
  jeugdwet: { nl: 'Jeugdwet', en: 'Youth Act' },
  zvw: { nl: 'Zorgverzekeringswet', en: 'Health Insurance Act (Zvw)' },
  participatiewet: { nl: 'Participatiewet', en: 'Participation Act' },
  schuldhulpverlening: { nl: 'Schuldhulpverlening (Wgs)', en: 'Debt assistance (Wgs)' },
};

export const COMMISSIONING_PARTY_KINDS = ['gemeente', 'zorgkantoor'] as const;
export type CommissioningPartyKind = (typeof COMMISSIONING_PARTY_KINDS)[number];

export interface CommissioningParty {
  kind: CommissioningPartyKind;
  /** e.g. "Gemeente Utrecht" or "Zorgkantoor Utrecht". */
  name: string;
}

export const REFERRAL_SOURCES = ['self', 'huisarts', 'wijkteam', 'gemeente', 'zorgkantoor', 'family', 'other'] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
export const REFERRAL_SOURCE_LABELS: Record<ReferralSource, { nl: string; en: string }> = {
  self: { nl: 'Op eigen initiatief', en: 'Self' },
  huisarts: { nl: 'Huisarts', en: 'GP' },
  wijkteam: { nl: 'Wijkteam', en: 'Neighbourhood team' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  zorgkantoor: { nl: 'Zorgkantoor', en: 'Care office' },
  family: { nl: 'Familie of naasten', en: 'Family' },
  other: { nl: 'Anders', en: 'Other' },
};

export const INVOLVED_PARTY_KINDS = [
  'zorgaanbieder',
  'gemeente',
  'zorgkantoor',
  'woningcorporatie',
  'uwv',
  'huisarts',
  'schuldhulpverlening',
  'other',
] as const;
export type InvolvedPartyKind = (typeof INVOLVED_PARTY_KINDS)[number];
export const INVOLVED_PARTY_KIND_LABELS: Record<InvolvedPartyKind, { nl: string; en: string }> = {
  zorgaanbieder: { nl: 'Zorgaanbieder', en: 'Care provider' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  zorgkantoor: { nl: 'Zorgkantoor', en: 'Care office' },
  woningcorporatie: { nl: 'Woningcorporatie', en: 'Housing corporation' },
  uwv: { nl: 'UWV', en: 'Employee insurance agency (UWV)' },
  huisarts: { nl: 'Huisarts', en: 'GP' },
  schuldhulpverlening: { nl: 'Schuldhulpverlening', en: 'Debt assistance' },
  other: { nl: 'Anders', en: 'Other' },
};

export interface InvolvedParty {
  kind: InvolvedPartyKind;
  name: string;
  contact?: string | null;
}

export interface CreateCaseRequest {
  clientId: string;
  /** The client's question in their own words. */
  question: string;
  domains: DomainCode[];
  legalFrameworks: LegalFramework[];
  commissioningParty: CommissioningParty;
  referralSource: ReferralSource;
  /** ISO date; defaults to today. */
  registeredOn?: string;
  /** A team lead may open the case in any of their teams; otherwise the team follows from the client and creator. */
  teamId?: string;
  /** Defaults to the creating supporter. */
  leadSupporterId?: string;
  volunteerIds?: string[];
  involvedParties?: InvolvedParty[];
  /** Team leads only: assign despite a tie to an involved party, with the reason why. */
  independenceOverride?: IndependenceOverrideRequest;
}

export interface UpdateCaseRequest {
  version: number;
  question?: string;
  domains?: DomainCode[];
  legalFrameworks?: LegalFramework[];
  commissioningParty?: CommissioningParty;
  referralSource?: ReferralSource;
  firstContactOn?: string | null;
  leadSupporterId?: string;
  volunteerIds?: string[];
  involvedParties?: InvolvedParty[];
  /** Team leads only: assign despite a tie to an involved party, with the reason why. */
  independenceOverride?: IndependenceOverrideRequest;
}

export interface ChangeCaseStatusRequest {
  version: number;
  status: CaseStatus;
  /** Required when closing or reopening. */
  reason?: string;
}

export interface CaseStatusChange {
  from: CaseStatus | null;
  to: CaseStatus;
  reason: string | null;
  changedBy: UserRef;
  changedAt: string;
}

/** A row in a case list. */
export interface CaseListItem {
  id: string;
  client: ClientSummary;
  question: string;
  domains: DomainCode[];
  status: CaseStatus;
  registeredOn: string;
  leadSupporter: UserRef;
  teamId: string;
  updatedAt: string;
}

export interface CaseView extends CaseListItem {
  legalFrameworks: LegalFramework[];
  commissioningParty: CommissioningParty;
  referralSource: ReferralSource;
  firstContactOn: string | null;
  closedOn: string | null;
  closingReason: string | null;
  volunteers: UserRef[];
  involvedParties: InvolvedParty[];
  statusHistory: CaseStatusChange[];
  /** What the caller may do here, so the UI shows only possible actions. */
  permissions: { edit: boolean; changeStatusTo: CaseStatus[]; recordVisit: boolean };
  createdAt: string;
  version: number;
}

export const CASE_SORTS = [
  'registeredOn',
  '-registeredOn',
  'updatedAt',
  '-updatedAt',
  'clientName',
  '-clientName',
] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

export interface CaseListQuery {
  status?: CaseStatus[];
  domain?: DomainCode[];
  supporterId?: string;
  teamId?: string;
  /** Matches client name or question text. */
  q?: string;
  clientId?: string;
  /** `mine` = cases I lead (supporter) or am linked to (volunteer). */
  mine?: boolean;
  /** Drill-down: only cases that need this kind of attention. */
  attention?: CaseAttention;
  sort?: CaseSort;
  cursor?: string;
  limit?: number;
}
