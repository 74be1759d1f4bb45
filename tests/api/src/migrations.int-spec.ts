import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { naastDataSourceOptions } from '@naast/api-app';
import { DOMAINS } from '@naast/contracts';
import { MIGRATIONS } from '@naast/migrations';
import { DataSource } from 'typeorm';
import { present, startTestApp, type TestApp } from './support';

describe('Migrations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists every migration file in MIGRATIONS, in timestamp order', () => {
    const files = readdirSync(join(__dirname, '../../../migrations'))
      .filter((f) => /^\d+-.+\.ts$/.test(f))
      .sort();
    const classNames = files.map((f) => {
      const [timestamp, name] = f.replace(/\.ts$/, '').split(/-(.*)/s);
      return `${name}${timestamp}`;
    });
    expect(MIGRATIONS.map((m) => m.name)).toEqual(classNames);
  });

  it('reverts every migration and applies them again', async () => {
    const dataSource = new DataSource(naastDataSourceOptions(t.databaseUrl, { poolSize: 1 }));
    await dataSource.initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
      const [{ n }] = (await dataSource.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata')`,
      )) as { n: number }[];
      expect(n).toBe(0);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied).toHaveLength(MIGRATIONS.length);
    } finally {
      await dataSource.destroy();
    }
  });

  it('seeds the nine Wmo domains exactly as the shared contracts define them', async () => {
    const [lookup] = (await t.db.query(`SELECT to_regclass('public.domains') IS NOT NULL AS present`)) as {
      present: boolean;
    }[];
    if (!present(lookup, 'the domains table lookup').present) throw new Error('the domains reference table is missing');
    const rows = (await t.db.query(
      'SELECT code, label_nl, label_en, is_primary, position FROM domains ORDER BY position',
    )) as {
      code: string;
      label_nl: string;
      label_en: string;
      is_primary: boolean;
      position: number;
    }[];
    expect(
      rows.map((r) => ({ code: r.code, nl: r.label_nl, en: r.label_en, primary: r.is_primary, position: r.position })),
    ).toEqual(DOMAINS);
  });
});
