/**
 * `npm run test:query-plans -- <capture dir>`: the query-plan check that `npm test` runs after the
 * integration suites. They leave every distinct statement the API sent (tests/api/src/support/
 * sql-capture.ts); this EXPLAINs each one, with the parameters it ran with, against generated data
 * (20 organisations, tables of 10,000+ rows) and fails on a sequential scan of a table over
 * 10,000 rows, or on an OFFSET beyond the first pages (lists page by keyset).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@naast/api-app';
import { startEmbeddedPostgres } from '@naast/api-core';
import { generateData } from './generate-data';
import type { Scale } from './scale';

const LARGE_TABLE_ROWS = 10_000;
/** Page 4 of 25: anything deeper must page by keyset. */
const MAX_OFFSET = 100;

/** Many organisations, as in production, so a tenant's rows are a small share of each table. */
const PLAN_CHECK_SCALE: Scale = {
  organisations: 20,
  teamsPerOrganisation: 4,
  supportersPerTeam: 20,
  volunteersPerTeam: 4,
  users: 20 * (4 * 25 + 1),
  clients: 12_000,
  cases: 40_000,
  visits: 60_000,
};

interface Captured {
  sql: string;
  parameters: unknown[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode, large: Map<string, number>): string[] {
  const own =
    node['Node Type'] === 'Seq Scan' && node['Relation Name'] && large.has(node['Relation Name'])
      ? [node['Relation Name']]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap((child) => seqScans(child, large))];
}

function readCaptured(dir: string): Captured[] {
  const byText = new Map<string, Captured>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const statement of JSON.parse(readFileSync(join(dir, file), 'utf8')) as Captured[]) {
      if (!byText.has(statement.sql)) byText.set(statement.sql, statement);
    }
  }
  // Plans only exist for data statements; transaction control and settings have none.
  return [...byText.values()].filter((s) => /^\s*(WITH|SELECT|INSERT|UPDATE|DELETE)\b/i.test(s.sql));
}

function offsetBeyondFirstPages(statement: Captured): number | null {
  const match = /\bOFFSET\s+(?:\$(\d+)|(\d+))/i.exec(statement.sql);
  if (!match) return null;
  const value = Number(match[2] ?? statement.parameters[Number(match[1]) - 1]);
  return value > MAX_OFFSET ? value : null;
}

async function main(): Promise<number> {
  const captureDir = process.argv[2];
  if (!captureDir) {
    console.error('Usage: check-query-plans.ts <directory the integration suites captured SQL into>');
    return 2;
  }
  const statements = readCaptured(captureDir);
  if (statements.length === 0) {
    console.error(`No captured statements in ${captureDir}: did the integration suites run with it?`);
    return 1;
  }

  const dir = mkdtempSync(join(tmpdir(), 'naast-plans-'));
  chmodSync(dir, 0o755); // the postgres user must reach the cluster directory when run as root
  const db = await startEmbeddedPostgres({ dir: join(dir, 'pg'), persistent: false, unsafeFast: true });
  const client = new Client({ connectionString: db.url });
  try {
    await runMigrations(db.url);
    await client.connect();
    const started = Date.now();
    await generateData(client, PLAN_CHECK_SCALE, 'plan-check-only');
    const { rows } = await client.query<{ relname: string; rows: string }>(
      `SELECT relname, reltuples::bigint AS rows FROM pg_class
       WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND reltuples > $1 ORDER BY relname`,
      [LARGE_TABLE_ROWS],
    );
    const large = new Map(rows.map((r) => [r.relname, Number(r.rows)]));
    console.log(
      `Generated data in ${((Date.now() - started) / 1000).toFixed(0)} s; tables over ${LARGE_TABLE_ROWS.toLocaleString('en')} rows: ` +
        [...large].map(([name, n]) => `${name} (${n.toLocaleString('en')})`).join(', '),
    );

    const failures: string[] = [];
    for (const statement of statements) {
      const offset = offsetBeyondFirstPages(statement);
      if (offset !== null) failures.push(`OFFSET ${offset} (page by keyset instead):\n  ${statement.sql}`);
      try {
        await client.query('BEGIN');
        const { rows: plan } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
          `EXPLAIN (FORMAT JSON) ${statement.sql}`,
          statement.parameters,
        );
        const root = plan[0]?.['QUERY PLAN'][0]?.Plan;
        const scanned = root ? seqScans(root, large) : [];
        if (scanned.length) {
          failures.push(
            `Sequential scan of ${[...new Set(scanned)].join(', ')}:\n  ${statement.sql.replace(/\s+/g, ' ')}`,
          );
        }
      } catch (error) {
        failures.push(
          `Could not EXPLAIN (${error instanceof Error ? error.message : String(error)}):\n  ${statement.sql}`,
        );
      } finally {
        await client.query('ROLLBACK');
      }
    }
    console.log(`${statements.length} distinct API statements explained: ${failures.length} problem(s).`);
    for (const failure of failures) console.error(`\n${failure}`);
    return failures.length ? 1 : 0;
  } finally {
    await client.end().catch(() => undefined);
    await db.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
