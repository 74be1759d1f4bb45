import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { describeDatabaseUrl } from '../config/app-config';

export interface WaitForDatabaseOptions {
  /** 0 waits for ever. */
  waitSeconds: number;
  connectTimeoutMs: number;
  logger?: Logger;
  /** Stops waiting (e.g. on SIGTERM). */
  signal?: AbortSignal;
}

const RETRY_MS = 1000;
const REPEAT_LOG_MS = 30_000;

function reasonOf(error: unknown): string {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' ? `${code}: ${String(message)}` : String(message ?? error);
}

/**
 * Waits until the database accepts a connection. An orchestrator often starts the API before the
 * database is up: waiting here, with one clear log line, beats a crash loop.
 */
export async function waitForDatabase(url: string, options: WaitForDatabaseOptions): Promise<void> {
  const logger = options.logger ?? new Logger('Database');
  const target = describeDatabaseUrl(url);
  const started = Date.now();
  let lastLog = 0;
  for (let attempt = 1; ; attempt++) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: options.connectTimeoutMs });
    // A connection that fails later must not become an unhandled 'error' event.
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (attempt > 1)
        logger.log(`Database ${target} is reachable after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return;
    } catch (error) {
      const waited = Date.now() - started;
      if (options.waitSeconds > 0 && waited >= options.waitSeconds * 1000) {
        throw new Error(
          `Database ${target} not reachable after ${options.waitSeconds} s (DATABASE_WAIT_SECONDS): ${reasonOf(error)}`,
        );
      }
      if (Date.now() - lastLog >= REPEAT_LOG_MS) {
        lastLog = Date.now();
        logger.warn(
          `Waiting for the database ${target} (${reasonOf(error)}); retrying every ${RETRY_MS / 1000} s` +
            (options.waitSeconds > 0 ? `, for up to ${options.waitSeconds} s` : ''),
        );
      }
    } finally {
      await client.end().catch(() => undefined);
    }
    try {
      await sleep(RETRY_MS, undefined, { signal: options.signal });
    } catch {
      throw new Error('Stopped while waiting for the database');
    }
  }
}

/** Key of the advisory lock that serialises start-up work (migrations, first data) across replicas. */
const STARTUP_LOCK_KEY = 0x4e41_4153_5400; // "NAAST\0"

/**
 * Runs `work` while holding a session advisory lock, so of several processes starting at once one
 * migrates and the others wait and then find nothing left to do. The lock goes with the connection,
 * so a process that dies while holding it frees it.
 */
export async function withStartupLock<T>(
  url: string,
  work: () => Promise<T>,
  logger = new Logger('Startup'),
): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'naast-startup-lock' });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const [row] = (await client.query('SELECT pg_try_advisory_lock($1) AS locked', [STARTUP_LOCK_KEY])).rows as {
      locked: boolean;
    }[];
    if (!row?.locked) {
      logger.log('Another Naast process is migrating the database; waiting for it');
      await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
    }
    return await work();
  } finally {
    // Ending the session releases the lock.
    await client.end().catch(() => undefined);
  }
}
