import type { Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface TeamRef {
  id: string;
  name: string;
}

/** The signed-in user, as `/api/auth/login` and `/api/auth/me` return it. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisation: { id: string; name: string };
  teams: TeamRef[];
  /** Until it is `verified` or `not_required`, the session may only finish the second-factor step. */
  secondFactor: SecondFactorState;
}

/** Cookie and header of the CSRF double submit (Angular's HttpClient defaults). */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';

/**
 * Where the session stands with the second factor (TOTP):
 * `code_required` and `enrolment_required` are pending — only the second-factor step is open.
 */
export const SECOND_FACTOR_STATES = ['verified', 'not_required', 'code_required', 'enrolment_required'] as const;
export type SecondFactorState = (typeof SECOND_FACTOR_STATES)[number];

/** Which roles an organisation requires a second factor of; admins and team leads always need one. */
export const SECOND_FACTOR_POLICIES = ['every_role', 'admins_and_team_leads'] as const;
export type SecondFactorPolicy = (typeof SECOND_FACTOR_POLICIES)[number];

/** The 403 code of a route refused because the session still lacks its second factor. */
export const SECOND_FACTOR_REQUIRED = 'second_factor_required';

/** Digits of a TOTP code and the number of recovery codes handed out at once. */
export const TOTP_DIGITS = 6;
export const RECOVERY_CODE_COUNT = 10;

/** `POST /api/auth/second-factor`: one of the two. */
export interface SecondFactorRequest {
  code?: string;
  recoveryCode?: string;
}

/** `POST /api/auth/second-factor/enrolment`: the pending secret to put in an authenticator app. */
export interface SecondFactorEnrolment {
  otpauthUri: string;
  secret: string;
  qrSvg: string;
}

/** Returned once, when an enrolment is confirmed or the codes are regenerated. */
export interface RecoveryCodes {
  recoveryCodes: string[];
}

/** The signed-in user's own second factor, for the account page. */
export interface SecondFactorStatus {
  enrolled: boolean;
  enrolledAt: string | null;
  required: boolean;
  unusedRecoveryCodes: number;
}
