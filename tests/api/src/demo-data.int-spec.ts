import { Logger } from '@nestjs/common';
import { loadConfig } from '@naast/api-core';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, loadDemoDataIfEmpty } from '@naast/api-demo';
import { CASE_STATUSES, DOMAIN_CODES } from '@naast/contracts';
import { startTestApp, TEST_CONFIG_ENV, type TestApp, TestClient } from './support';

describe('Demo data', () => {
  let t: TestApp;
  const logger = new Logger('DemoDataTest');
  logger.log = () => undefined;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is never loaded in production unless asked for', async () => {
    const production = loadConfig({ ...TEST_CONFIG_ENV, NODE_ENV: 'production', DEMO_DATA: 'auto' });
    expect(await loadDemoDataIfEmpty(t.db, production, logger)).toBe(false);
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM organisations')) as { n: number }[];
    expect(n).toBe(0);
  });

  it('loads two organisations with ~150 clients, cases in all nine domains and all statuses, visits and amendments', async () => {
    const config = loadConfig({ ...TEST_CONFIG_ENV, DEMO_DATA: 'auto' });
    expect(await loadDemoDataIfEmpty(t.db, config, logger)).toBe(true);
    const [stats] = (await t.db.query(
      `
      SELECT (SELECT count(*)::int FROM organisations) AS organisations,
             (SELECT count(*)::int FROM teams t JOIN organisations o ON o.id = t.organisation_id WHERE o.name = $1) AS first_org_teams,
             (SELECT count(*)::int FROM clients) AS clients,
             (SELECT array_agg(DISTINCT domain_code::text) FROM case_domains) AS domains,
             (SELECT array_agg(DISTINCT status::text) FROM cases) AS statuses,
             (SELECT count(*)::int FROM visits) AS visits,
             (SELECT count(*)::int FROM visit_amendments) AS amendments`,
      [DEMO_ORGANISATIONS[0]!.name],
    )) as {
      organisations: number;
      first_org_teams: number;
      clients: number;
      domains: string[];
      statuses: string[];
      visits: number;
      amendments: number;
    }[];
    expect(stats!.organisations).toBe(2);
    expect(stats!.first_org_teams).toBeGreaterThanOrEqual(2);
    expect(stats!.clients).toBeGreaterThanOrEqual(140);
    expect([...stats!.domains].sort()).toEqual([...DOMAIN_CODES].sort());
    expect([...stats!.statuses].sort()).toEqual([...CASE_STATUSES].sort());
    expect(stats!.visits).toBeGreaterThan(100);
    expect(stats!.amendments).toBeGreaterThan(0);
  });

  it('gives every role in each organisation an account that signs in', async () => {
    for (const org of DEMO_ORGANISATIONS) {
      expect(new Set(org.accounts.map((a) => a.role))).toEqual(
        new Set(['supporter', 'volunteer', 'team_lead', 'admin']),
      );
      for (const account of org.accounts) {
        const client = new TestClient(t.http);
        const response = await client.signIn(account.email, DEMO_PASSWORD);
        expect(response.body.role).toBe(account.role);
      }
    }
  });

  it('is not loaded twice', async () => {
    const config = loadConfig({ ...TEST_CONFIG_ENV, DEMO_DATA: 'always' });
    expect(await loadDemoDataIfEmpty(t.db, config, logger)).toBe(false);
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM organisations')) as { n: number }[];
    expect(n).toBe(2);
  });
});
