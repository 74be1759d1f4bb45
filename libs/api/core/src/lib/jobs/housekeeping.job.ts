import { LOGIN_WINDOW_MINUTES } from '../auth/login-throttle.service';
import { ScheduledJob, type JobContext, type ScheduledJobHandler } from './scheduled-job';

/** Login attempts are kept a day: far longer than the throttle window, short enough to hold no history. */
export const LOGIN_ATTEMPT_RETENTION_HOURS = 24;

/**
 * Removes expired sessions, old login and second-factor attempts (e-mail addresses and IPs) and past
 * rate-limit windows every hour.
 */
@ScheduledJob({ name: 'housekeeping', everyMinutes: 60 })
export class HousekeepingJob implements ScheduledJobHandler {
  async run({ manager }: JobContext): Promise<Record<string, number>> {
    const sessions = (await manager.query(
      'WITH gone AS (DELETE FROM sessions WHERE expires_at < now() RETURNING 1) SELECT count(*)::int AS n FROM gone',
    )) as { n: number }[];
    const attempts = (await manager.query(
      `WITH gone AS (
         DELETE FROM login_attempts WHERE attempted_at < now() - make_interval(hours => $1) RETURNING 1
       ) SELECT count(*)::int AS n FROM gone`,
      [Math.max(LOGIN_ATTEMPT_RETENTION_HOURS, LOGIN_WINDOW_MINUTES / 60)],
    )) as { n: number }[];
    // Second-factor attempts: the same day, well beyond their 15-minute lock window.
    const codeAttempts = (await manager.query(
      `WITH gone AS (
         DELETE FROM second_factor_attempts WHERE attempted_at < now() - make_interval(hours => $1) RETURNING 1
       ) SELECT count(*)::int AS n FROM gone`,
      [LOGIN_ATTEMPT_RETENTION_HOURS],
    )) as { n: number }[];
    const windows = (await manager.query(
      'WITH gone AS (DELETE FROM rate_limit_counters WHERE expires_at < now() RETURNING 1) SELECT count(*)::int AS n FROM gone',
    )) as { n: number }[];
    return {
      expiredSessions: sessions[0]?.n ?? 0,
      oldLoginAttempts: attempts[0]?.n ?? 0,
      oldSecondFactorAttempts: codeAttempts[0]?.n ?? 0,
      pastRateLimitWindows: windows[0]?.n ?? 0,
    };
  }
}
