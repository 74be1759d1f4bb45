import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SecondFactorState, SessionUser } from '@naast/contracts';
import type { DataSource } from 'typeorm';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword, verifyPassword } from './password-hasher';
import type { Actor } from './actor';

/** The identity part of an Actor; request id and IP are added per request. */
export type SessionPrincipal = Omit<Actor, 'requestId' | 'ip'> & {
  email: string;
  organisationName: string;
  teams: { id: string; name: string }[];
};

export const INVALID_CREDENTIALS = 'E-mailadres of wachtwoord onjuist.';

@Injectable()
export class AuthService {
  // Verifying against a real hash for unknown accounts keeps the answer time the same.
  private readonly dummyHash = hashPassword('naast-timing-equaliser');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
  ) {}

  /** Checks email and password; the same 401 for an unknown email, a wrong password or a disabled account. */
  async authenticate(rawEmail: string, password: string, ip: string | null): Promise<SessionPrincipal> {
    const email = rawEmail.trim().toLowerCase();
    await this.throttle.assertAllowed(email, ip);
    const [user] = (await this.dataSource.query('SELECT id, password_hash, active FROM users WHERE email = $1', [
      email,
    ])) as {
      id: string;
      password_hash: string;
      active: boolean;
    }[];
    const valid = await verifyPassword(user?.password_hash ?? (await this.dummyHash), password);
    if (!user || !valid || !user.active) {
      await this.throttle.record(email, ip, false);
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    await this.throttle.record(email, ip, true);
    await this.dataSource.query('UPDATE users SET last_login_at = now() WHERE id = $1', [user.id]);
    const principal = await this.loadPrincipal(user.id);
    if (!principal) throw new UnauthorizedException(INVALID_CREDENTIALS);
    return principal;
  }

  /** The active user with organisation and teams, or null when unknown or disabled. */
  async loadPrincipal(userId: string): Promise<SessionPrincipal | null> {
    const [row] = (await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name, u.role, u.organisation_id, o.name AS organisation_name,
              COALESCE(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name) FILTER (WHERE t.id IS NOT NULL), '[]') AS teams
         FROM users u
         JOIN organisations o ON o.id = u.organisation_id
         LEFT JOIN team_memberships m ON m.user_id = u.id AND m.organisation_id = u.organisation_id
         LEFT JOIN teams t ON t.id = m.team_id AND t.organisation_id = u.organisation_id
        WHERE u.id = $1 AND u.active
        GROUP BY u.id, o.id`,
      [userId],
    )) as {
      id: string;
      email: string;
      display_name: string;
      role: Actor['role'];
      organisation_id: string;
      organisation_name: string;
      teams: { id: string; name: string }[];
    }[];
    if (!row) return null;
    return {
      userId: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      teams: row.teams,
      teamIds: row.teams.map((t) => t.id),
    };
  }
}

export function toSessionUser(principal: SessionPrincipal, secondFactor: SecondFactorState): SessionUser {
  return {
    id: principal.userId,
    email: principal.email,
    displayName: principal.displayName,
    role: principal.role,
    organisation: { id: principal.organisationId, name: principal.organisationName },
    teams: principal.teams,
    secondFactor,
  };
}
