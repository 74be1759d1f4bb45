import { totalmem } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@naast/api-core';

/** Every generated user signs in with this password (benchmark data only, never a real database). */
export const BENCH_PASSWORD = 'Naast-bench-2026';

/** Where the embedded benchmark cluster lives, apart from the development data in .data/pg. */
export const BENCH_DATA_DIR = join(process.env['DATA_DIR'] ?? '.data', 'bench', 'pg');

/** Runs `work` against DATABASE_URL, or against the embedded benchmark database (started and stopped here). */
export async function withBenchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const external = process.env['DATABASE_URL'];
  if (external) return work(external);
  const db = await startEmbeddedPostgres({ dir: BENCH_DATA_DIR, database: 'naast_bench', settings: serverMemory() });
  try {
    return await work(db.url);
  } finally {
    await db.stop();
  }
}

/**
 * Memory as a database server of its own would be given: a quarter of the machine for shared buffers
 * and half as the planner's estimate of the file cache (the embedded default is 128 MB, far below a
 * data set of several GB).
 */
function serverMemory(): Record<string, string> {
  const megabytes = Math.floor(totalmem() / 1024 / 1024);
  return {
    shared_buffers: `${Math.floor(megabytes / 4)}MB`,
    effective_cache_size: `${Math.floor(megabytes / 2)}MB`,
  };
}
