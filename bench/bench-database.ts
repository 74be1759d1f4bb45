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
  const db = await startEmbeddedPostgres({ dir: BENCH_DATA_DIR, database: 'naast_bench' });
  try {
    return await work(db.url);
  } finally {
    await db.stop();
  }
}
