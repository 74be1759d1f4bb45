import type { SecondFactorPolicy } from './auth';
import type { CaseStatus, ReferralSource } from './cases';
import type { ClientSummary } from './clients';
import type { DomainCode } from './domains';
import type { UserRef } from './people';
import type { CreateVisitRequest, VisitMode } from './visits';
import type { IndependenceOverrideRequest } from './independence';

/** Default for "no contact for more than N days"; each organisation can set its own N. */
export const DEFAULT_NO_CONTACT_DAYS = 30;
export const MIN_NO_CONTACT_DAYS = 1;
export const MAX_NO_CONTACT_DAYS = 365;

/**
 * Why a case needs attention; also a case-list filter, so every number on a start page or in the
 * caseload review drills down to exactly the cases behind it.
 */
export const CASE_ATTENTIONS = [
  /** Open, and no contact (visit, or first contact) for more than the organisation's N days. */
  'no_contact',
  /** Open, with at least one plan action past its due date and not done. */
  'overdue_actions',
  /** Registered, without a first contact yet: the waiting list. */
  'waiting',
  /** Registered this calendar month. */
  'new_this_month',
  /** Closed this calendar month. */
  'closed_this_month',
] as const;
export type CaseAttention = (typeof CASE_ATTENTIONS)[number];

// ---------------------------------------------------------------------------------------------
// Visit drafts and acknowledgements
// ---------------------------------------------------------------------------------------------

/** A draft holds any subset of a visit's fields; it is checked in full only when submitted. */
export type VisitDraftFields = Partial<CreateVisitRequest>;

/** `PUT visit-drafts/:id`: the whole draft as it now stands, on the version it is based on. */
export type SaveVisitDraftRequest = VisitDraftFields & { version: number };

export interface VisitDraftView {
  id: string;
  caseId: string;
  client: Pick<ClientSummary, 'id' | 'displayName'>;
  fields: VisitDraftFields;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** `POST visit-drafts/:id/submit`: turns the draft into a visit (400 naming any missing field). */
export interface SubmitVisitDraftRequest {
  version: number;
}

/** `POST visits/:id/acknowledgement`: the lead supporter or team lead has read a volunteer's report. */
export interface AcknowledgeVisitRequest {
  comment?: string | null;
}

export const ACKNOWLEDGEMENT_COMMENT_MAX_LENGTH = 2_000;

export interface VisitAcknowledgement {
  by: UserRef;
  at: string;
  comment: string | null;
}

// ---------------------------------------------------------------------------------------------
// Supporter: "Mijn werk"
// ---------------------------------------------------------------------------------------------

/** A bounded list with the true total, so a widget can show "12 van 240" and link to all of them. */
export interface Bounded<T> {
  total: number;
  items: T[];
}

export interface AttentionCase {
  caseId: string;
  client: Pick<ClientSummary, 'id' | 'displayName'>;
  status: CaseStatus;
  /** Date of the last visit or first contact; null when there has been none. */
  lastContactOn: string | null;
  /** Days since the last contact, or since registration when there has been none. */
  daysWithoutContact: number;
}

export interface OverdueActionItem {
  actionId: string;
  caseId: string;
  client: Pick<ClientSummary, 'id' | 'displayName'>;
  description: string;
  dueOn: string;
  daysOverdue: number;
}

export const UPCOMING_DATE_KINDS = ['evaluation', 'procedure_deadline'] as const;
export type UpcomingDateKind = (typeof UPCOMING_DATE_KINDS)[number];

export interface UpcomingDateItem {
  kind: UpcomingDateKind;
  caseId: string;
  client: Pick<ClientSummary, 'id' | 'displayName'>;
  date: string;
  /** What falls due, e.g. the procedure step; empty for a plan evaluation. */
  label: string;
  /** True when the date has passed without the step being done. */
  passed: boolean;
}

/** A volunteer's submitted visit on one of my cases that has not been acknowledged yet. */
export interface NewReportItem {
  visitId: string;
  caseId: string;
  client: Pick<ClientSummary, 'id' | 'displayName'>;
  volunteer: UserRef;
  occurredAt: string;
  minutes: number;
  mode: VisitMode;
  domains: DomainCode[];
  summary: string;
  nextSteps: string | null;
}

/** How far ahead the start page looks for evaluations and procedure dates. */
export const UPCOMING_DAYS = 14;
/** Rows per start-page widget; the total links to the full list. */
export const WIDGET_ITEMS = 10;

export interface MyWorkView {
  noContactDays: number;
  openCases: { total: number; byStatus: Record<Exclude<CaseStatus, 'afgesloten'>, number> };
  withoutContact: Bounded<AttentionCase>;
  overdueActions: Bounded<OverdueActionItem>;
  upcoming: Bounded<UpcomingDateItem>;
  newReports: Bounded<NewReportItem>;
}

// ---------------------------------------------------------------------------------------------
// Case timeline
// ---------------------------------------------------------------------------------------------

export const TIMELINE_KINDS = [
  'visit',
  'visit_amendment',
  'acknowledgement',
  'status_change',
  'reassignment',
  'plan_version',
  'plan_evaluation',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const TIMELINE_KIND_LABELS: Record<TimelineKind, { nl: string; en: string }> = {
  visit: { nl: 'Contactmoment', en: 'Visit' },
  visit_amendment: { nl: 'Correctie', en: 'Amendment' },
  acknowledgement: { nl: 'Verslag gelezen', en: 'Report acknowledged' },
  status_change: { nl: 'Statuswijziging', en: 'Status change' },
  reassignment: { nl: 'Andere cliëntondersteuner', en: 'Reassignment' },
  plan_version: { nl: 'Plan vastgesteld', en: 'Plan version' },
  plan_evaluation: { nl: 'Evaluatie', en: 'Evaluation' },
};

interface TimelineBase {
  /** Unique within the timeline (kind + row id). */
  id: string;
  at: string;
  actor: UserRef;
  /** Domains the entry touches; empty for entries about the case as a whole. */
  domains: DomainCode[];
}

export type TimelineEntry =
  | (TimelineBase & {
      kind: 'visit';
      visitId: string;
      mode: VisitMode;
      minutes: number;
      summary: string;
      nextSteps: string | null;
      acknowledged: boolean;
    })
  | (TimelineBase & { kind: 'visit_amendment'; visitId: string; reason: string; changedFields: string[] })
  | (TimelineBase & { kind: 'acknowledgement'; visitId: string; comment: string | null })
  | (TimelineBase & { kind: 'status_change'; from: CaseStatus | null; to: CaseStatus; reason: string | null })
  | (TimelineBase & { kind: 'reassignment'; from: UserRef | null; to: UserRef; reason: string | null })
  | (TimelineBase & { kind: 'plan_version'; versionNumber: number })
  | (TimelineBase & { kind: 'plan_evaluation'; note: string | null; nextEvaluationOn: string | null });

/** `GET cases/:caseId/timeline?kind=…&domain=…` (comma-separated or repeated); newest first. */
export interface TimelineQuery {
  kind?: TimelineKind[];
  domain?: DomainCode[];
}

// ---------------------------------------------------------------------------------------------
// Volunteer: my visits
// ---------------------------------------------------------------------------------------------

/** What a volunteer needs for the next visit on one linked case, and nothing more. */
export interface VolunteerCaseCard {
  caseId: string;
  client: { id: string; displayName: string; phone: string | null; city: string | null };
  leadSupporter: UserRef;
  /** The next steps of the latest visit: what was agreed last time. */
  lastAgreed: { occurredAt: string; nextSteps: string | null; by: UserRef } | null;
  myOpenActions: { id: string; description: string; dueOn: string | null; overdue: boolean }[];
}

export interface VolunteerHours {
  /** YYYY-MM */
  month: string;
  minutes: number;
  visits: number;
}

/** A supporter's acknowledgement of one of my reports, newest first. */
export interface AcknowledgedReport {
  visitId: string;
  caseId: string;
  client: Pick<ClientSummary, 'id' | 'displayName'>;
  occurredAt: string;
  acknowledgement: VisitAcknowledgement;
}

export interface VolunteerWorkView {
  cases: VolunteerCaseCard[];
  drafts: VisitDraftView[];
  hoursThisMonth: VolunteerHours;
  acknowledgements: Bounded<AcknowledgedReport>;
}

// ---------------------------------------------------------------------------------------------
// Team lead: caseload review
// ---------------------------------------------------------------------------------------------

/**
 * Caseload weight: a case that spans more domains asks more of its supporter. Each open case counts
 * `base`, plus `perExtraDomain` for every domain beyond the first. Shown next to the figure.
 */
export const CASELOAD_WEIGHT = { base: 1, perExtraDomain: 0.5 } as const;
export function caseWeight(domainCount: number): number {
  return CASELOAD_WEIGHT.base + CASELOAD_WEIGHT.perExtraDomain * Math.max(0, domainCount - 1);
}

export interface CaseloadFigures {
  openCases: number;
  newThisMonth: number;
  closedThisMonth: number;
  byStatus: Record<CaseStatus, number>;
  visitsThisMonth: number;
  withoutContact: number;
  overdueActions: number;
  /** Sum of `caseWeight` over the open cases, one decimal. */
  weight: number;
}

export interface SupporterCaseload extends CaseloadFigures {
  supporter: UserRef;
}

export interface WaitingListSummary {
  count: number;
  medianDays: number | null;
  longestDays: number | null;
}

export interface FirstContactMonth {
  /** YYYY-MM */
  month: string;
  /** Cases that had their first contact in this month. */
  cases: number;
  /** Median days from registration to first contact. */
  medianDays: number | null;
}

export interface CountOf<K extends string> {
  key: K;
  count: number;
}

/** `GET caseload-review?teamId=…`: without a team, all teams the lead leads. */
export interface CaseloadReviewQuery {
  teamId?: string;
}

export interface CaseloadReview {
  teams: { id: string; name: string }[];
  teamId: string | null;
  /** YYYY-MM of "this month". */
  month: string;
  noContactDays: number;
  supporters: SupporterCaseload[];
  totals: CaseloadFigures;
  waitingList: WaitingListSummary;
  /** The last 12 months, oldest first. */
  firstContact: FirstContactMonth[];
  domainMix: CountOf<DomainCode>[];
  referralSources: CountOf<ReferralSource>[];
  volunteerHours: { volunteer: UserRef; minutes: number; visits: number }[];
}

export const CASELOAD_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type CaseloadExportFormat = (typeof CASELOAD_EXPORT_FORMATS)[number];

/** `POST cases/:id/reassign`: a team lead hands a case to another supporter of the case's team. */
export interface ReassignCaseRequest {
  version: number;
  leadSupporterId: string;
  reason?: string | null;
  /** Assign despite a tie to an involved party, with the reason why (see `independence.ts`). */
  independenceOverride?: IndependenceOverrideRequest;
}

/** Organisation settings a functional administrator keeps (`GET/PATCH admin/organisation`). */
export interface OrganisationSettings {
  noContactDays: number;
  /** Months after a client's last case closed before the client is anonymised (see `retention.ts`); `PATCH` may leave it out. */
  retentionMonths: number;
  /** Who needs a second factor besides admins and team leads (see `auth.ts`); `PATCH` may leave it out. */
  secondFactorPolicy: SecondFactorPolicy;
}
