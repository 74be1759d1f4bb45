/** Retention and anonymisation: what the client page and the admin screens exchange with the API. */

/** Months after the last case of a client closed before the client is anonymised. */
export const DEFAULT_RETENTION_MONTHS = 24;
export const MIN_RETENTION_MONTHS = 1;
export const MAX_RETENTION_MONTHS = 240;

/** What an anonymised client is called wherever a name appears: its name columns hold exactly this. */
export const ANONYMISED_GIVEN_NAME = 'Geanonimiseerde';
export const ANONYMISED_FAMILY_NAME = 'cliënt';
export const ANONYMISED_CLIENT_LABEL = `${ANONYMISED_GIVEN_NAME} ${ANONYMISED_FAMILY_NAME}`;

export const MAX_ANONYMISATION_REASON_LENGTH = 2000;

export const ANONYMISATION_TRIGGERS = ['request', 'retention'] as const;
export type AnonymisationTrigger = (typeof ANONYMISATION_TRIGGERS)[number];

/** A team lead's request to anonymise one client now. */
export interface AnonymiseClientRequest {
  /** Why, in writing; it is kept in the run record, so it must not name the client. */
  reason: string;
}

/** Whether a client can be anonymised now, for the button on the client page. */
export interface ClientAnonymisationStatus {
  clientId: string;
  /** ISO timestamp; null while the client holds personal data. */
  anonymisedAt: string | null;
  openCases: number;
  /** Null when allowed; otherwise why not, in Dutch for the user. */
  blockedReason: string | null;
}

/** One client the retention run would anonymise (ids and dates only, no personal data). */
export interface RetentionCandidate {
  clientId: string;
  teamId: string;
  teamName: string;
  /** Calendar day (YYYY-MM-DD) the client's last case closed. */
  lastClosedOn: string;
  /** The day retention ran out: lastClosedOn plus the organisation's retention period. */
  dueSince: string;
}

export interface RetentionDryRun {
  retentionMonths: number;
  /** ISO timestamp the list was made at. */
  checkedAt: string;
  candidates: RetentionCandidate[];
}
