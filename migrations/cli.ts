/**
 * `npm run migration:<command>`: runs the TypeORM CLI against DATABASE_URL, or, when it is unset,
 * against embedded PostgreSQL: the development database in .data/ for run/revert/show, and a
 * throwaway one for generate/check (fresh schema from the migrations, so the diff is exact).
 *
 *   generate <Name>   new migration with the difference between entities and migrations
 *   check             fail when entities and migrations disagree (CI)
 *   run | revert | show
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// eslint-disable-next-line @nx/enforce-module-boundaries -- a command-line entry, like apps/api
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@naast/api-core';

const [command, name] = process.argv.slice(2);
const typeorm = ['typeorm-ts-node-commonjs', '-d', 'migrations/data-source.ts'];

function typeormCli(args: string[], url: string): number {
  const result = spawnSync('npx', [...typeorm.slice(0, 1), ...args, ...typeorm.slice(1)], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_OPTIONS: '-r tsconfig-paths/register',
      DATABASE_URL: url,
      TS_NODE_PROJECT: 'migrations/tsconfig.json',
      TS_NODE_TRANSPILE_ONLY: 'true',
      TS_NODE_FILES: 'true',
    },
  });
  return result.status ?? 1;
}

async function withDatabase(throwaway: boolean, work: (url: string) => number): Promise<number> {
  if (process.env['DATABASE_URL']) return work(process.env['DATABASE_URL']);
  let dir: string | undefined;
  let db: EmbeddedDatabase;
  if (throwaway) {
    dir = mkdtempSync(join(tmpdir(), 'naast-migrations-'));
    chmodSync(dir, 0o755); // the postgres user must reach the cluster directory
    db = await startEmbeddedPostgres({
      dir: join(dir, 'pg'),
      persistent: false,
      unsafeFast: true,
    });
  } else {
    db = await startEmbeddedPostgres({
      dir: join(process.env['DATA_DIR'] ?? '.data', 'pg'),
    });
  }
  try {
    return work(db.url);
  } finally {
    await db.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  switch (command) {
    case 'generate':
      if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
        console.error('Usage: npm run migration:generate -- PascalCaseName');
        return 2;
      }
      return withDatabase(
        true,
        (url) =>
          typeormCli(['migration:run'], url) || typeormCli(['migration:generate', '-p', `migrations/${name}`], url),
      );
    case 'check':
      return withDatabase(true, (url) => {
        const ran = typeormCli(['migration:run'], url);
        if (ran !== 0) return ran;
        const status = typeormCli(['migration:generate', '--check', 'migrations/Drift'], url);
        if (status !== 0)
          console.error('Entities and migrations disagree: run "npm run migration:generate -- Name" and commit it.');
        return status;
      });
    case 'run':
    case 'revert':
    case 'show':
      return withDatabase(false, (url) => typeormCli([`migration:${command}`], url));
    default:
      console.error('Usage: migrations/cli.ts generate <Name> | check | run | revert | show');
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
