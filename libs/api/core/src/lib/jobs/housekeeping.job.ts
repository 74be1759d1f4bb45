import { LOGIN_WINDOW_MINUTES } from '../auth/login-throttle.service';
import { ScheduledJob, type JobContext, type ScheduledJobHandler } from './scheduled-job';

/** Login attempts are kept a day: far longer than the throttle window, short enough to hold no history. */
export const LOGIN_ATTEMPT_RETENTION_HOURS = 24;

/** Removes expired sessions and old login attempts (e-mail addresses and IPs) every hour. */
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
    return { expiredSessions: sessions[0]?.n ?? 0, oldLoginAttempts: attempts[0]?.n ?? 0 };
  }
}
