import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export const MAX_FAILED_LOGINS = 10;
export const LOGIN_WINDOW_MINUTES = 15;

export class TooManyLoginAttemptsException extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      {
        message: `Te veel mislukte inlogpogingen. Probeer het over ${Math.ceil(retryAfterSeconds / 60)} minuten opnieuw.`,
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/**
 * 10 failures within 15 minutes, per account or per IP, answer 429 until the oldest failure
 * leaves the window: a sliding window, so nobody is locked out for good.
 */
@Injectable()
export class LoginThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertAllowed(email: string, ip: string | null): Promise<void> {
    const [row] = (await this.dataSource.query(
      `WITH failures AS (
         SELECT email, ip, attempted_at FROM login_attempts
          WHERE attempted_at > now() - make_interval(mins => $3) AND NOT succeeded
            AND (email = $1 OR ip = $2::inet)
       ), by_account AS (
         -- a success on the account clears its earlier failures
         SELECT attempted_at FROM failures
          WHERE email = $1
            AND attempted_at > COALESCE((SELECT max(attempted_at) FROM login_attempts WHERE email = $1 AND succeeded), '-infinity')
       )
       SELECT
         -- the Nth most recent failure: when it leaves the window, attempts are allowed again
         (SELECT attempted_at FROM by_account ORDER BY attempted_at DESC OFFSET $4 - 1 LIMIT 1) AS account_blocker,
         (SELECT attempted_at FROM failures WHERE ip = $2::inet ORDER BY attempted_at DESC OFFSET $4 - 1 LIMIT 1) AS ip_blocker`,
      [email, ip, LOGIN_WINDOW_MINUTES, MAX_FAILED_LOGINS],
    )) as { account_blocker: Date | null; ip_blocker: Date | null }[];
    const blockers = [row?.account_blocker, row?.ip_blocker].filter((d): d is Date => d instanceof Date);
    if (blockers.length > 0) {
      const until = Math.max(...blockers.map((d) => d.getTime())) + LOGIN_WINDOW_MINUTES * 60_000;
      throw new TooManyLoginAttemptsException(Math.max(1, Math.ceil((until - Date.now()) / 1000)));
    }
  }

  /** Old attempts leave with the housekeeping job. */
  async record(email: string, ip: string | null, succeeded: boolean): Promise<void> {
    await this.dataSource.query('INSERT INTO login_attempts (email, ip, succeeded) VALUES ($1, $2, $3)', [
      email,
      ip,
      succeeded,
    ]);
  }
}
