import type { Role } from './roles';

/** A colleague as shown in pickers and lists (no contact details). */
export interface UserRef {
  id: string;
  displayName: string;
  role: Role;
}

export interface TeamView {
  id: string;
  name: string;
  memberCount: number;
  version: number;
}

/** A user as the functional administrator manages it (no client content). */
export interface AdminUserView extends UserRef {
  email: string;
  active: boolean;
  teams: { id: string; name: string }[];
  lastLoginAt: string | null;
  /** Whether the user has enrolled a second factor (an authenticator app). */
  secondFactorEnrolled: boolean;
  version: number;
}

export interface UserListQuery {
  role?: Role;
  teamId?: string;
}
