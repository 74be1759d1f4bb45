import type { Role } from '@naast/contracts';

/**
 * The app's URLs in one place: features never import each other, they link by these paths.
 * Paths are Dutch because users see them.
 */
export const WebPaths = {
  login: 'inloggen',
  /** The second step of signing in: the code from the authenticator app, or a recovery code. */
  loginCode: 'inloggen/code',
  /** First sign-in of someone who needs a second factor: linking an authenticator app. */
  loginEnrolment: 'inloggen/tweestapsverificatie',
  /** The signed-in user's own second factor: link a new app, new recovery codes. */
  accountSecondFactor: 'account/tweestapsverificatie',
  caseload: 'caseload',
  teamCaseload: 'caseload/team',
  newCase: 'caseload/nieuw',
  clients: 'clienten',
  newClient: 'clienten/nieuw',
  links: 'koppelingen',
  myWork: 'mijn-werk',
  caseloadReview: 'caseloadoverzicht',
  admin: 'beheer',
  /** The signed-in user's own sessions and password (every role). */
  account: 'account',
  /** Declared affiliations (nevenfuncties); team leads and administrators also manage the team's and the role card text. */
  independence: 'onafhankelijkheid',
  teamAffiliations: 'onafhankelijkheid/team',
  roleCardText: 'onafhankelijkheid/rolkaart',
  /** The reach report for a gemeente or zorgkantoor (team leads and administrators). */
  reach: 'bereik',
  /** The access log (team leads, administrators): search, per employee; and the client's view of it. */
  privacy: 'inzage-en-logging',
  forbidden: 'geen-toegang',
  notFound: 'niet-gevonden',
} as const;

/** Query parameter that carries where to go after signing in. */
export const RETURN_URL_PARAM = 'returnUrl';
/** Query parameter that preselects the client on the new-case form. */
export const CLIENT_ID_PARAM = 'client';
/** Query parameter naming the visit draft the record-visit page continues. */
export const DRAFT_PARAM = 'concept';
/** Case-list drill-down parameters: why the cases need attention, whose they are, which status. */
export const ATTENTION_PARAM = 'aandacht';
export const SUPPORTER_PARAM = 'ondersteuner';
export const STATUS_PARAM = 'status';
export const TEAM_PARAM = 'team';

/** Where a session that still owes its second factor continues. */
export const secondFactorPathFor = (state: 'verified' | 'not_required' | 'code_required' | 'enrolment_required') =>
  state === 'enrolment_required' ? WebPaths.loginEnrolment : WebPaths.loginCode;

export const caseUrl = (caseId: string): string => `/${WebPaths.caseload}/${caseId}`;
export const editCaseUrl = (caseId: string): string => `/${WebPaths.caseload}/${caseId}/wijzigen`;
export const clientUrl = (clientId: string): string => `/${WebPaths.clients}/${clientId}`;
export const editClientUrl = (clientId: string): string => `/${WebPaths.clients}/${clientId}/wijzigen`;
export const recordVisitUrl = (caseId: string): string => `/${WebPaths.links}/${caseId}`;
/** The support plan of a case, and its print-friendly summary for the client (`?groot=1`: large print). */
export const planUrl = (caseId: string): string => `/${WebPaths.caseload}/${caseId}/plan`;
export const planPrintUrl = (caseId: string): string => `/${WebPaths.caseload}/${caseId}/plan/afdrukken`;
/** What one employee accessed (the access log, per employee). */
export const employeeAccessUrl = (userId: string): string => `/${WebPaths.privacy}/medewerker/${userId}`;
/** The client's view of the access log, printable for the client (NEN 7513). */
export const clientAccessLogUrl = (clientId: string): string => `/${WebPaths.privacy}/client/${clientId}`;
/** The role card of a case (rolkaart), to print for the client. */
export const roleCardPrintUrl = (caseId: string): string => `/${WebPaths.caseload}/${caseId}/rolkaart`;

/** What a drill-down link narrows the case list to; every figure on a start page links this way. */
export interface CaseListDrillDown {
  attention?: string;
  supporterId?: string;
  status?: string;
  teamId?: string;
}

/** The query parameters of a drill-down link to the case list. */
export function drillDownParams(drillDown: CaseListDrillDown): Record<string, string> {
  const params: Record<string, string> = {};
  if (drillDown.attention) {
    params[ATTENTION_PARAM] = drillDown.attention;
  }
  if (drillDown.supporterId) {
    params[SUPPORTER_PARAM] = drillDown.supporterId;
  }
  if (drillDown.status) {
    params[STATUS_PARAM] = drillDown.status;
  }
  if (drillDown.teamId) {
    params[TEAM_PARAM] = drillDown.teamId;
  }
  return params;
}

/** Every role starts on the page that fits its work. */
export function homeUrlFor(role: Role): string {
  switch (role) {
    case 'supporter':
      return `/${WebPaths.myWork}`;
    case 'volunteer':
      return `/${WebPaths.links}`;
    case 'team_lead':
      return `/${WebPaths.caseloadReview}`;
    case 'admin':
      return `/${WebPaths.admin}`;
  }
}

/**
 * Accepts only a path inside this app as return URL, so a crafted link cannot send a user who
 * just signed in to another site.
 */
export function safeReturnUrl(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return null;
  }
  if (
    value === `/${WebPaths.login}` ||
    value.startsWith(`/${WebPaths.login}?`) ||
    value.startsWith(`/${WebPaths.login}/`)
  ) {
    return null;
  }
  return value;
}
