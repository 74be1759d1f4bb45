import type { Role } from './roles';
import type { UserRef } from './people';

/** Password rules: length alone (no composition rules), and not on the list of common passwords. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** One of the signed-in user's active sessions, as the account page shows it. */
export interface AccountSession {
  /** A digest of the session id: enough to end it, useless as a cookie. */
  id: string;
  createdAt: string;
  lastActiveAt: string;
  userAgent: string | null;
  ip: string | null;
  /** The session this request came with ("deze sessie"). */
  current: boolean;
}

/** `PUT /api/account/password`: the other sessions end once it is changed. */
export interface PasswordChangeRequest {
  currentPassword: string;
  newPassword: string;
}

/** `POST /api/account/sessions/end-others`. */
export interface EndedSessions {
  ended: number;
}

/** `POST /api/admin/users`: a new account with its initial password. */
export interface AdminUserCreateRequest {
  email: string;
  displayName: string;
  role: Role;
  teamIds: string[];
  password: string;
}

/** `PATCH /api/admin/users/:userId`: name, role and teams, checked against the version read. */
export interface AdminUserUpdateRequest {
  version: number;
  displayName?: string;
  role?: Role;
  teamIds?: string[];
}

/** `POST /api/admin/teams`. */
export interface TeamCreateRequest {
  name: string;
}

/** `PATCH /api/admin/teams/:teamId`: rename. */
export interface TeamRenameRequest {
  version: number;
  name: string;
}

/** `PUT /api/admin/teams/:teamId/members`: the whole membership at once. */
export interface TeamMembersRequest {
  version: number;
  userIds: string[];
}

/** A team with its members, for the admin screen. */
export interface TeamDetail {
  id: string;
  name: string;
  version: number;
  members: UserRef[];
}
