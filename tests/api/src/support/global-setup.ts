import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Relative import: jest's module mapping does not apply to the global set-up.
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../../../../libs/api/core/src/lib/database/embedded-postgres';
import { TEST_SERVER_URL_ENV, testDatabaseBaseName } from './test-database-names';

declare global {
  // Shared between global set-up and teardown, which run in the same process.
  var naastTestDatabase: { db: EmbeddedDatabase; dir: string } | undefined;
}

/**
 * Starts one PostgreSQL for the whole run: embedded in a throwaway directory, or the server of
 * DATABASE_URL when set (its database name must contain "test", so a real database is never touched).
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env['DATABASE_URL'];
  if (external) {
    testDatabaseBaseName(external); // throws for a non-test database
    process.env[TEST_SERVER_URL_ENV] = external;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'naast-it-pg-'));
  chmodSync(dir, 0o755); // the postgres user must reach the cluster directory when run as root
  const db = await startEmbeddedPostgres({
    dir: join(dir, 'data'),
    persistent: false,
    unsafeFast: true,
    database: 'naast_test',
  });
  globalThis.naastTestDatabase = { db, dir };
  process.env[TEST_SERVER_URL_ENV] = db.url;
}
