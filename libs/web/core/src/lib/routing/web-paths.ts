import type { Role } from '@naast/contracts';

/**
 * The app's URLs in one place: features never import each other, they link by these paths.
 * Paths are Dutch because users see them.
 */
export const WebPaths = {
  login: 'inloggen',
  caseload: 'caseload',
  teamCaseload: 'caseload/team',
  newCase: 'caseload/nieuw',
  clients: 'clienten',
  newClient: 'clienten/nieuw',
  links: 'koppelingen',
  admin: 'beheer',
  forbidden: 'geen-toegang',
  notFound: 'niet-gevonden',
} as const;

/** Query parameter that carries where to go after signing in. */
export const RETURN_URL_PARAM = 'returnUrl';
/** Query parameter that preselects the client on the new-case form. */
export const CLIENT_ID_PARAM = 'client';

export const caseUrl = (caseId: string): string => `/${WebPaths.caseload}/${caseId}`;
export const editCaseUrl = (caseId: string): string => `/${WebPaths.caseload}/${caseId}/wijzigen`;
export const clientUrl = (clientId: string): string => `/${WebPaths.clients}/${clientId}`;
export const editClientUrl = (clientId: string): string => `/${WebPaths.clients}/${clientId}/wijzigen`;
export const recordVisitUrl = (caseId: string): string => `/${WebPaths.links}/${caseId}`;
/** The support plan of a case, and its print-friendly summary for the client (`?groot=1`: large print). */
export const planUrl = (caseId: string): string => `/${WebPaths.caseload}/${caseId}/plan`;
export const planPrintUrl = (caseId: string): string => `/${WebPaths.caseload}/${caseId}/plan/afdrukken`;

/** Every role starts on the page that fits its work. */
export function homeUrlFor(role: Role): string {
  switch (role) {
    case 'supporter':
      return `/${WebPaths.caseload}`;
    case 'volunteer':
      return `/${WebPaths.links}`;
    case 'team_lead':
      return `/${WebPaths.teamCaseload}`;
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
  if (value === `/${WebPaths.login}` || value.startsWith(`/${WebPaths.login}?`)) {
    return null;
  }
  return value;
}
