import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** What is limited: searching by name (enumerating clients) and exports (taking data out in bulk). */
export type RateLimitKind = 'search' | 'export';

const REFUSAL: Record<RateLimitKind, string> = {
  search: 'U heeft in korte tijd te veel zoekopdrachten gedaan.',
  export: 'U heeft in korte tijd te veel exports gemaakt.',
};

export class RateLimitExceededException extends HttpException {
  constructor(
    kind: RateLimitKind,
    readonly retryAfterSeconds: number,
  ) {
    const wait =
      retryAfterSeconds < 120 ? `${retryAfterSeconds} seconden` : `${Math.ceil(retryAfterSeconds / 60)} minuten`;
    super({ message: `${REFUSAL[kind]} Probeer het over ${wait} opnieuw.` }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/**
 * Fixed-window counters per user in PostgreSQL, so the limit holds across every API process. One
 * upsert per limited request; the housekeeping job removes windows that have passed.
 */
@Injectable()
export class RateLimiterService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts one request; throws 429 (with the wait) when the user is over the limit of this window. */
  async consume(kind: RateLimitKind, userId: string): Promise<void> {
    const { limit, windowSeconds } = this.config.rateLimits[kind];
    const [row] = (await this.dataSource.query(
      `INSERT INTO rate_limit_counters (key, window_start, expires_at, hits)
         SELECT $1, w.start, w.start + make_interval(secs => $2), 1
           FROM (SELECT date_bin(make_interval(secs => $2), now(), TIMESTAMPTZ 'epoch') AS start) w
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
       RETURNING hits, ceil(extract(epoch FROM expires_at - now()))::int AS retry_after`,
      [`${kind}:${userId}`, windowSeconds],
    )) as { hits: number; retry_after: number }[];
    if (row && row.hits > limit) throw new RateLimitExceededException(kind, Math.max(1, row.retry_after));
  }
}
