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
}

/** Cookie and header of the CSRF double submit (Angular's HttpClient defaults). */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';
