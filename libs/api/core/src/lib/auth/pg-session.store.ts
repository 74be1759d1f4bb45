import { Store, type SessionData } from 'express-session';
import type { DataSource } from 'typeorm';

type Callback<T = void> = (err?: unknown, value?: T) => void;

function userIdOf(session: SessionData): string | null {
  const user = (session as { passport?: { user?: unknown } }).passport?.user;
  return typeof user === 'string' ? user : null;
}

/**
 * How often a session's expiry is moved on. Writing it on every answer made each read a write;
 * once a minute keeps the idle limit to within a minute, and only ever shorter, never longer.
 */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

/** Beyond this many remembered sessions, the ones not touched within the interval are forgotten. */
const TOUCH_MEMORY_LIMIT = 10_000;

/**
 * express-session store on the `sessions` table; expiry follows the cookie (idle timeout).
 * Expired rows are invisible at once; the housekeeping job removes them.
 */
export class PgSessionStore extends Store {
  /** When this process last wrote each session's expiry. */
  private readonly touchedAt = new Map<string, number>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly idleMs: number,
  ) {
    super();
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    this.dataSource
      .query('SELECT data FROM sessions WHERE sid = $1 AND expires_at > now()', [sid])
      .then((rows: { data: SessionData }[]) => callback(undefined, rows[0]?.data ?? null))
      .catch((error: unknown) => callback(error));
  }

  override set(sid: string, session: SessionData, callback?: Callback): void {
    this.dataSource
      .query(
        `INSERT INTO sessions (sid, data, user_id, expires_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sid) DO UPDATE SET data = EXCLUDED.data, user_id = EXCLUDED.user_id, expires_at = EXCLUDED.expires_at`,
        [sid, JSON.stringify(session), userIdOf(session), this.expiry(session)],
      )
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override touch(sid: string, session: SessionData, callback?: Callback): void {
    const now = Date.now();
    const last = this.touchedAt.get(sid);
    if (last !== undefined && now - last < SESSION_TOUCH_INTERVAL_MS) {
      callback?.();
      return;
    }
    this.remember(sid, now);
    this.dataSource
      .query('UPDATE sessions SET expires_at = $2 WHERE sid = $1', [sid, this.expiry(session)])
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.touchedAt.delete(sid);
    this.dataSource
      .query('DELETE FROM sessions WHERE sid = $1', [sid])
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  private remember(sid: string, now: number): void {
    if (this.touchedAt.size >= TOUCH_MEMORY_LIMIT) {
      for (const [key, at] of this.touchedAt) if (now - at >= SESSION_TOUCH_INTERVAL_MS) this.touchedAt.delete(key);
      // Still full of fresh sessions: start over, which only costs some writes.
      if (this.touchedAt.size >= TOUCH_MEMORY_LIMIT) this.touchedAt.clear();
    }
    this.touchedAt.set(sid, now);
  }

  private expiry(session: SessionData): Date {
    return session.cookie?.expires ? new Date(session.cookie.expires) : new Date(Date.now() + this.idleMs);
  }
}
