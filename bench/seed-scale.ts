/**
 * `npm run seed:scale -- [--size full|large|medium|small|<factor>] [--reset]`
 *
 * Fills a database with generated data at national scale (bench/generate-data.ts). Full size:
 * 20 organisations, 2,000 users, 200,000 clients, 1,000,000 cases, 3,000,000 visits and access-log
 * history; a factor scales the client-side rows (0.05 = 50,000 cases). Uses DATABASE_URL, or the
 * embedded benchmark database in .data/bench/pg, which `npm run bench` then serves.
 */
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { runMigrations } from '@naast/api-app';
import { BENCH_PASSWORD, withBenchDatabase } from './bench-database';
import { generateData } from './generate-data';
import { scaleFromSize } from './scale';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'medium' }, reset: { type: 'boolean', default: false } },
  });
  const scale = scaleFromSize(values.size);
  await withBenchDatabase(async (url) => {
    const client = new Client({ connectionString: url, application_name: 'naast-seed' });
    await client.connect();
    try {
      if (values.reset) {
        console.log('Resetting the benchmark database…');
        await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      }
      await runMigrations(url);
      const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM organisations');
      if (Number(rows[0]?.count) > 0) {
        throw new Error('The database already holds data: add --reset to start again.');
      }
      console.log(
        `Seeding ${scale.organisations} organisations, ${scale.users} users, ${scale.clients} clients, ` +
          `${scale.cases} cases, ${scale.visits} visits…`,
      );
      const started = Date.now();
      await generateData(client, scale, BENCH_PASSWORD, (line, end = true) =>
        end ? console.log(line) : process.stdout.write(line),
      );
      console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s. Every user's password: ${BENCH_PASSWORD}`);
    } finally {
      await client.end();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
