import type { Page } from './pagination';
import { ROLE_LABELS, type Role } from './roles';

/** What the access log records; mirrors the `access_action` and `access_outcome` database enums. */
export const ACCESS_LOG_ACTIONS = ['read', 'search', 'create', 'update', 'export'] as const;
export type AccessLogAction = (typeof ACCESS_LOG_ACTIONS)[number];
export const ACCESS_LOG_OUTCOMES = ['success', 'denied', 'not_found'] as const;
export type AccessLogOutcome = (typeof ACCESS_LOG_OUTCOMES)[number];

/** Filters of the access-log search (team leads and administrators). Dates are inclusive calendar days. */
export interface AccessLogQuery {
  clientId?: string;
  userId?: string;
  /** yyyy-mm-dd, from the start of this day (Europe/Amsterdam). */
  from?: string;
  /** yyyy-mm-dd, up to the end of this day (Europe/Amsterdam). */
  to?: string;
  cursor?: string;
  limit?: number;
}

/** One row of the access log as a team lead or administrator sees it. */
export interface AccessLogEntryView {
  id: string;
  occurredAt: string;
  user: { id: string; displayName: string; role: Role };
  /** A reference to the client, never content. */
  clientId: string | null;
  /** The client's name, only for a team lead and only for clients of their teams; an administrator never sees it. */
  clientName: string | null;
  entity: string;
  entityId: string | null;
  action: AccessLogAction;
  outcome: AccessLogOutcome;
  /** In Dutch, from action, entity and outcome. */
  description: string;
}

/** What one employee accessed. */
export interface EmployeeAccessView {
  user: { id: string; displayName: string; role: Role };
  page: Page<AccessLogEntryView>;
}

/**
 * One access as the client sees it (NEN 7513 ch. 9): who by role and organisation, what and when.
 * The employee's name is left out on purpose: the client learns which function accessed the file,
 * as the AVG requires, without the staff's own names.
 */
export interface ClientAccessEntry {
  id: string;
  occurredAt: string;
  role: Role;
  roleLabel: string;
  organisationName: string;
  what: string;
  outcome: AccessLogOutcome;
}

export interface ClientAccessView {
  clientId: string;
  clientName: string;
  organisationName: string;
  /** Oldest first, as a chronological list reads. */
  page: Page<ClientAccessEntry>;
}

/** What kind of record, in the words the client and the team lead use. */
const ENTITY_LABELS: Record<string, string> = {
  client: 'cliëntgegevens',
  case: 'ondersteuningsvraag',
  case_independence: 'onafhankelijkheidscheck',
  case_independence_override: 'besluit over onafhankelijkheid',
  case_procedure: 'procedure',
  caseload: 'caseload',
  plan: 'ondersteuningsplan',
  plan_action: 'actie in het ondersteuningsplan',
  plan_evaluation: 'evaluatie van het ondersteuningsplan',
  plan_goal: 'doel in het ondersteuningsplan',
  plan_version: 'versie van het ondersteuningsplan',
  reach_report: 'bereikrapportage',
  role_card: 'rolkaart',
  signal: 'signaal',
  visit: 'contactmoment',
  access_log: 'toegangslog',
  inzage: 'inzage-export',
  consent: 'toestemming',
  disclosure: 'gegevensverstrekking',
  document: 'document',
};

const ACTION_LABELS: Record<AccessLogAction, string> = {
  read: 'bekeken',
  search: 'gezocht',
  create: 'vastgelegd',
  update: 'gewijzigd',
  export: 'geëxporteerd',
};

export function accessEntityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity.replace(/_/g, ' ');
}

/** "Contactmoment bekeken", "Ondersteuningsplan gewijzigd (geweigerd)". */
export function describeAccess(action: AccessLogAction, entity: string, outcome: AccessLogOutcome): string {
  const label = accessEntityLabel(entity);
  const text = `${label.charAt(0).toUpperCase()}${label.slice(1)} ${ACTION_LABELS[action]}`;
  switch (outcome) {
    case 'success':
      return text;
    case 'denied':
      return `${text} (geweigerd)`;
    case 'not_found':
      return `${text} (niet gevonden)`;
  }
}

export function roleLabelNl(role: Role): string {
  return ROLE_LABELS[role].nl;
}

/**
 * The inzage export of one client (AVG art. 15): every stored row about the client, as the database
 * holds it (column names in snake_case), plus who accessed the file.
 */
export interface InzageExport {
  format: 'naast-inzage/1';
  generatedAt: string;
  organisationName: string;
  clientId: string;
  /** The client's own row. */
  client: Record<string, unknown>;
  /** Per table, its Dutch heading and every row linked to the client. */
  tables: Record<string, { label: string; rows: Record<string, unknown>[] }>;
  /** The people the rows refer to, by id: name and function. */
  people: Record<string, { displayName: string; role: Role }>;
  /** The client's view of the access log, oldest first. */
  accessLog: ClientAccessEntry[];
}
