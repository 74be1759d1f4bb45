import { Logger } from '@nestjs/common';
import { JobScheduler, loadConfig } from '@naast/api-core';
import { loadDemoDataIfEmpty } from '@naast/api-demo';
import { RETENTION_JOB_NAME } from '@naast/api-retention';
import { columnsContaining } from './fixtures/retention-work';
import { startTestApp, TEST_CONFIG_ENV, type TestApp } from './support';

/** The demo data through the nightly retention run: every closed demo client is anonymised cleanly. */
describe('Retention on the demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const logger = new Logger('RetentionDemoTest');
    logger.log = () => undefined;
    await loadDemoDataIfEmpty(t.db, loadConfig({ ...TEST_CONFIG_ENV, DEMO_DATA: 'auto' }), logger);
  });
  afterAll(() => t.close());

  const figures = async () => ({
    byDomain: await t.db.query(
      `SELECT c.organisation_id, cd.domain_code, to_char(c.registered_on, 'YYYY-MM') AS month, count(*)::int AS n
         FROM case_domains cd JOIN cases c ON c.id = cd.case_id GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    ),
    byMunicipality: await t.db.query(
      `SELECT cl.municipality_code, c.status::text, c.team_id, c.lead_supporter_id, count(*)::int AS n
         FROM cases c JOIN clients cl ON cl.id = c.client_id GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    ),
  });

  it('anonymises the demo clients whose cases are all closed, leaving the figures and no trace of them', async () => {
    // A one-month period makes every demo client with only closed cases (closed before this month) due.
    await t.db.query('UPDATE organisations SET retention_months = 1');
    const due = (await t.db.query(`
      SELECT c.id, c.phone, c.email, c.address_street || ' ' || c.address_house_number AS street
        FROM clients c
       WHERE EXISTS (SELECT 1 FROM cases k WHERE k.client_id = c.id)
         AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.client_id = c.id
                          AND (k.status <> 'afgesloten' OR k.closed_on >= current_date - interval '1 month'))`)) as {
      id: string;
      phone: string | null;
      email: string | null;
      street: string | null;
    }[];
    expect(due.length).toBeGreaterThan(0);
    const before = await figures();

    expect(await t.app.get(JobScheduler).runIfDue(RETENTION_JOB_NAME)).toBe('ran');

    const anonymised = (await t.db.query(
      `SELECT id FROM clients WHERE anonymised_at IS NOT NULL AND given_name = 'Geanonimiseerde'`,
    )) as { id: string }[];
    expect(anonymised.map((r) => r.id).sort()).toEqual(due.map((r) => r.id).sort());
    expect(await figures()).toEqual(before);

    // E-mail addresses are unique to a demo client: none may be left anywhere in the database.
    const emails = due.map((c) => c.email).filter((v): v is string => !!v);
    expect(emails.length).toBeGreaterThan(0);
    expect(await columnsContaining(t.db, emails)).toEqual([]);
  });
});
