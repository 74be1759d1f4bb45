import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccountSession } from '@naast/contracts';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { hashPassword, verifyPassword } from '../auth/password-hasher';
import { assertPasswordAllowed } from '../auth/password-policy';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../auth/session-lifetime';
import { UserSessionsService } from '../auth/user-sessions.service';
import { FieldValidationException } from '../http/api-exceptions';

/** The public id of a session: its cookie value must never leave the cookie. */
export function sessionDigest(sid: string): string {
  return createHash('sha256').update(sid).digest('hex');
}

/** The signed-in user's own sessions and password. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(UserSessionsService) private readonly sessions: UserSessionsService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async listSessions(actor: Actor, currentSid: string): Promise<AccountSession[]> {
    const rows = (await this.dataSource.query(
      `SELECT sid, data, created_at, expires_at FROM sessions
        WHERE user_id = $1 AND expires_at > now()
        ORDER BY expires_at DESC, created_at DESC`,
      [actor.userId],
    )) as {
      sid: string;
      data: { authenticatedAt?: number; client?: { userAgent: string | null; ip: string | null } };
      created_at: Date;
      expires_at: Date;
    }[];
    const now = Date.now();
    return (
      rows
        // A session past its absolute lifetime is signed out at its next request: not active.
        .filter((r) => !r.data.authenticatedAt || now - r.data.authenticatedAt <= SESSION_ABSOLUTE_MS)
        .map((r) => ({
          id: sessionDigest(r.sid),
          createdAt: new Date(r.data.authenticatedAt ?? r.created_at.getTime()).toISOString(),
          // The store moves the expiry on at every request (rolling idle timeout).
          lastActiveAt: new Date(r.expires_at.getTime() - SESSION_IDLE_MS).toISOString(),
          userAgent: r.data.client?.userAgent ?? null,
          ip: r.data.client?.ip ?? null,
          current: r.sid === currentSid,
        }))
    );
  }

  /**
   * Ends one of the user's other sessions. Ending one that has ended already, or that is not theirs,
   * changes nothing and answers the same, so the answer tells nothing about other people's sessions.
   */
  async endSession(actor: Actor, currentSid: string, sessionId: string): Promise<void> {
    if (sessionId === sessionDigest(currentSid))
      throw new FieldValidationException([
        { field: 'sessionId', reason: 'is deze sessie; gebruik Uitloggen om deze sessie te beëindigen' },
      ]);
    await this.dataSource.query(
      `DELETE FROM sessions WHERE user_id = $1 AND encode(sha256(convert_to(sid, 'UTF8')), 'hex') = $2`,
      [actor.userId, sessionId],
    );
  }

  endOtherSessions(actor: Actor, currentSid: string): Promise<number> {
    return this.sessions.endOthers(actor.userId, currentSid);
  }

  /** Checks the current password (throttled like sign-in), applies the policy, and ends the other sessions. */
  async changePassword(actor: Actor, currentSid: string, currentPassword: string, newPassword: string): Promise<void> {
    const [user] = (await this.dataSource.query('SELECT email, password_hash FROM users WHERE id = $1', [
      actor.userId,
    ])) as { email: string; password_hash: string }[];
    if (!user) throw new NotFoundException('Dit account bestaat niet (meer).');
    // The policy first: it says nothing about the current password, so it needs no throttle.
    assertPasswordAllowed('newPassword', newPassword);
    await this.throttle.assertAllowed(user.email, actor.ip);
    if (!(await verifyPassword(user.password_hash, currentPassword))) {
      await this.throttle.record(user.email, actor.ip, false);
      throw new FieldValidationException([{ field: 'currentPassword', reason: 'klopt niet' }]);
    }
    if (newPassword === currentPassword)
      throw new FieldValidationException([
        { field: 'newPassword', reason: 'moet anders zijn dan het huidige wachtwoord' },
      ]);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [
      actor.userId,
      passwordHash,
    ]);
    await this.sessions.endOthers(actor.userId, currentSid);
  }
}
