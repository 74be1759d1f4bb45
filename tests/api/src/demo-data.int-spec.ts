import { Logger } from '@nestjs/common';
import { loadConfig } from '@naast/api-core';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, loadDemoDataIfEmpty } from '@naast/api-demo';
import { CASE_STATUSES, DOMAIN_CODES } from '@naast/contracts';
import { present, startTestApp, TEST_CONFIG_ENV, type TestApp, TestClient } from './support';

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
    const [row] = (await t.db.query(
      `
      SELECT (SELECT count(*)::int FROM organisations) AS organisations,
             (SELECT count(*)::int FROM teams t JOIN organisations o ON o.id = t.organisation_id WHERE o.name = $1) AS first_org_teams,
             (SELECT count(*)::int FROM clients) AS clients,
             (SELECT array_agg(DISTINCT domain_code::text) FROM case_domains) AS domains,
             (SELECT array_agg(DISTINCT status::text) FROM cases) AS statuses,
             (SELECT count(*)::int FROM visits) AS visits,
             (SELECT count(*)::int FROM visit_amendments) AS amendments`,
      [present(DEMO_ORGANISATIONS[0], 'a first demo organisation').name],
    )) as {
      organisations: number;
      first_org_teams: number;
      clients: number;
      domains: string[];
      statuses: string[];
      visits: number;
      amendments: number;
    }[];
    const stats = present(row, 'the demo data statistics');
    expect(stats.organisations).toBe(2);
    expect(stats.first_org_teams).toBeGreaterThanOrEqual(2);
    expect(stats.clients).toBeGreaterThanOrEqual(140);
    expect([...stats.domains].sort()).toEqual([...DOMAIN_CODES].sort());
    expect([...stats.statuses].sort()).toEqual([...CASE_STATUSES].sort());
    expect(stats.visits).toBeGreaterThan(100);
    expect(stats.amendments).toBeGreaterThan(0);
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
        // Admins and team leads come enrolled with the README's TOTP secret; the others need none.
        const strong = account.role === 'admin' || account.role === 'team_lead';
        expect(Boolean(account.totpSecret)).toBe(strong);
        expect(response.body.secondFactor).toBe(strong ? 'code_required' : 'not_required');
        expect((await client.get('/api/auth/me')).body.secondFactor).toBe(strong ? 'verified' : 'not_required');
      }
    }
  });

  it('gives a good share of cases an integral plan, and the demo volunteer an open action to tick off', async () => {
    const [counts] = (await t.db.query(`
      SELECT (SELECT count(*)::int FROM plans) AS plans,
             (SELECT count(*)::int FROM cases WHERE status IN ('intake', 'actief')) AS open_cases,
             (SELECT count(DISTINCT plan_id)::int FROM plan_versions) AS fixed,
             (SELECT count(*)::int FROM plan_evaluations) AS evaluations,
             (SELECT count(*)::int FROM plan_goal_dependencies) AS dependencies,
             (SELECT count(DISTINCT domain_code)::int FROM plan_goal_domains) AS domains,
             (SELECT count(*)::int FROM plan_actions WHERE status = 'open' AND due_on < current_date) AS overdue,
             (SELECT array_agg(DISTINCT owner_kind::text) FROM plan_actions) AS owner_kinds,
             (SELECT count(*)::int FROM plan_actions WHERE owner_name = 'Gemeente Utrecht, Wmo-loket') AS wmo_loket,
             (SELECT count(*)::int FROM organisations WHERE phone IS NOT NULL AND email IS NOT NULL) AS reachable`)) as {
      plans: number;
      open_cases: number;
      fixed: number;
      evaluations: number;
      dependencies: number;
      domains: number;
      overdue: number;
      owner_kinds: string[];
      wmo_loket: number;
      reachable: number;
    }[];
    if (!counts) throw new Error('no counts');
    const plans = counts;
    expect(plans.plans).toBeGreaterThan(plans.open_cases / 3);
    expect(plans.fixed).toBeGreaterThan(10);
    expect(plans.evaluations).toBeGreaterThan(3);
    expect(plans.dependencies).toBeGreaterThan(10);
    expect(plans.domains).toBeGreaterThanOrEqual(6);
    expect(plans.overdue).toBeGreaterThan(0);
    expect([...plans.owner_kinds].sort()).toEqual(['client', 'external', 'network', 'supporter', 'volunteer']);
    expect(plans.wmo_loket).toBeGreaterThan(0);
    expect(plans.reachable).toBe(2);

    const volunteer = new TestClient(t.http);
    await volunteer.signIn('vrijwilliger@utrecht.example', DEMO_PASSWORD);
    const mine = await volunteer.get('/api/plan-actions/mine');
    expect(mine.status).toBe(200);
    expect(mine.body.length).toBeGreaterThan(0);
    const [first] = mine.body as { caseId: string }[];
    const plan = await volunteer.get(`/api/cases/${first?.caseId ?? ''}/plan`);
    expect(plan.status).toBe(200);
    expect(plan.body.contact.organisation).toEqual({
      name: 'Cliëntondersteuning Utrecht',
      phone: '030 200 40 60',
      email: 'info@utrecht.example',
    });
  });

  it('keeps the fixed demo versions equal to the plans they were taken from, apart from later changes', async () => {
    const supporter = new TestClient(t.http);
    await supporter.signIn('ondersteuner@utrecht.example', DEMO_PASSWORD);
    const [row] = (await t.db.query(
      `SELECT p.case_id FROM plans p JOIN cases k ON k.id = p.case_id JOIN users u ON u.id = k.lead_supporter_id
        WHERE u.email = 'ondersteuner@utrecht.example' AND EXISTS (SELECT 1 FROM plan_versions v WHERE v.plan_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM plan_evaluations e WHERE e.plan_id = p.id) AND k.status <> 'afgesloten'
        LIMIT 1`,
    )) as { case_id: string }[];
    if (!row) throw new Error('no fixed, unevaluated demo plan of ondersteuner@utrecht.example');
    const diff = await supporter.get(`/api/cases/${row.case_id}/plan/diff?from=1&to=current`);
    expect(diff.status).toBe(200);
    expect(diff.body).toMatchObject({ plan: [], entries: [] });
    const pdf = await supporter.get(`/api/cases/${row.case_id}/plan/print.pdf`).responseType('blob');
    expect(pdf.status).toBe(200);
  });

  it('warns the demo supporter of the onderzoek deadline of a Wmo melding five weeks ago, and of a passed one', async () => {
    const supporter = new TestClient(t.http);
    await supporter.signIn('ondersteuner@utrecht.example', DEMO_PASSWORD);
    const response = await supporter.get('/api/procedures/deadlines?scope=mine');
    expect(response.status).toBe(200);
    const items = (response.body as { items: { step: string; status: string; procedureKind: string }[] }).items;
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ procedureKind: 'wmo', step: 'onderzoek', status: 'due_soon' }),
        expect.objectContaining({ procedureKind: 'participatiewet', step: 'besluit', status: 'passed' }),
      ]),
    );
  });

  it('is not loaded twice', async () => {
    const config = loadConfig({ ...TEST_CONFIG_ENV, DEMO_DATA: 'always' });
    expect(await loadDemoDataIfEmpty(t.db, config, logger)).toBe(false);
    const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM organisations')) as { n: number }[];
    expect(n).toBe(2);
  });
});
