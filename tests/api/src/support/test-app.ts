import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createNaastApp, naastDataSourceOptions } from '@naast/api-app';
import { type AppConfig, loadConfig } from '@naast/api-core';
import { MIGRATIONS } from '@naast/migrations';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { captureApiStatements } from './sql-capture';
import { TEST_SERVER_URL_ENV, testDatabaseBaseName, withDatabase } from './test-database-names';
import { testTotpClock } from './totp';

export interface TestApp {
  app: INestApplication;
  http: Server;
  /** The app's own DataSource, for arranging data and checking what was written. */
  db: DataSource;
  config: AppConfig;
  databaseUrl: string;
  close(): Promise<void>;
}

export const TEST_CONFIG_ENV = {
  NODE_ENV: 'test',
  SESSION_SECRET: 'test-secret-that-is-long-enough-for-validation',
  DEMO_DATA: 'never',
  WEB_DIST: '',
};

function serverUrl(): string {
  const url = process.env[TEST_SERVER_URL_ENV];
  if (!url) throw new Error(`${TEST_SERVER_URL_ENV} is not set: run the suites through tests/api/jest.config.cts`);
  return url;
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Migrates the template once per run (per migration set); suites copy it, which takes milliseconds. */
async function ensureTemplate(admin: Client, template: string): Promise<void> {
  await admin.query('SELECT pg_advisory_lock(7513)');
  try {
    const expected = MIGRATIONS.map((m) => m.name).join(',');
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount) {
      const check = new Client({ connectionString: withDatabase(serverUrl(), template) });
      await check.connect();
      const applied = await check
        .query<{ names: string | null }>("SELECT string_agg(name, ',' ORDER BY id) AS names FROM migrations")
        .then((r) => r.rows[0]?.names ?? '')
        .catch(() => '');
      await check.end();
      if (applied === expected) return;
      await admin.query(`DROP DATABASE "${template}" WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE "${template}"`);
    const dataSource = new DataSource(naastDataSourceOptions(withDatabase(serverUrl(), template), { poolSize: 1 }));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(7513)');
  }
}

/** A fresh database copied from the migrated template, and the real app on top of it. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { serveWeb?: boolean } = {},
): Promise<TestApp> {
  const base = testDatabaseBaseName(serverUrl());
  const template = `${base}_template`;
  const database = `${base}_${process.env['JEST_WORKER_ID'] ?? '0'}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(async (admin) => {
    await ensureTemplate(admin, template);
    await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
  });
  const databaseUrl = withDatabase(serverUrl(), database);
  const config = loadConfig({ ...TEST_CONFIG_ENV, ...env });
  const app = await createNaastApp(config, databaseUrl, {
    logger: ['error'],
    serveWeb: options.serveWeb,
    totpClock: testTotpClock,
  });
  const db = app.get<DataSource>(getDataSourceToken());
  const writeCapturedStatements = captureApiStatements(db);
  return {
    app,
    http: app.getHttpServer() as Server,
    db,
    config,
    databaseUrl,
    close: async () => {
      writeCapturedStatements();
      // Keep-alive sockets of suites that listen (e.g. one that stopped reading a refused body) would
      // otherwise hold the close until their keep-alive timeout.
      (app.getHttpServer() as Server).closeAllConnections();
      await app.close();
      await withAdminClient((admin) => admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    },
  };
}
