import { anonymiseCommand } from '@naast/api-app';
import { JobScheduler } from '@naast/api-core';
import {
  ANONYMISATION_REGISTRY,
  CLASSIFIED_DATA_TYPES,
  RETENTION_ACCOUNT_NAME,
  RETENTION_JOB_NAME,
} from '@naast/api-retention';
import {
  ANONYMISED_CLIENT_LABEL,
  type CaseloadReview,
  type ClientAnonymisationStatus,
  type ClientView,
  type RetentionDryRun,
} from '@naast/contracts';
import type { DataSource } from 'typeorm';
import { accessLogOf, buildCase, buildClient } from './fixtures/case-work';
import {
  buildRichClient,
  clientMarkers,
  columnsContaining,
  schemaColumns,
  tablesReachableFromClients,
  type ClientMarkers,
} from './fixtures/retention-work';
import { buildWorld, startTestApp, type TestApp, type World, type WorldUser } from './support';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const REASON = 'Verzoek tot verwijdering per brief ontvangen.';

function patternsOf(m: ClientMarkers): string[] {
  return [m.givenName, m.familyName, m.street, m.postcode, m.phone, m.email, m.freeText];
}

/** The figures anonymisation must leave as they are: counts by domain, period, municipality, team. */
async function aggregateFigures(db: DataSource, organisationId: string): Promise<unknown> {
  return {
    byDomain: await db.query(
      `SELECT cd.domain_code, count(*)::int AS n FROM case_domains cd JOIN cases c ON c.id = cd.case_id
        WHERE c.organisation_id = $1 GROUP BY 1 ORDER BY 1`,
      [organisationId],
    ),
    byMunicipalityAndMonth: await db.query(
      `SELECT cl.municipality_code, cl.municipality_name, to_char(c.registered_on, 'YYYY-MM') AS month,
              to_char(c.closed_on, 'YYYY-MM') AS closed, c.status::text, c.referral_source::text, count(*)::int AS n
         FROM cases c JOIN clients cl ON cl.id = c.client_id
        WHERE c.organisation_id = $1 GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`,
      [organisationId],
    ),
    byTeamAndSupporter: await db.query(
      `SELECT team_id, lead_supporter_id, count(*)::int AS n FROM cases WHERE organisation_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [organisationId],
    ),
    visits: await db.query(
      `SELECT to_char(v.occurred_at, 'YYYY-MM') AS month, v.mode::text, sum(v.minutes)::int AS minutes, count(*)::int AS n
         FROM visits v WHERE v.organisation_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [organisationId],
    ),
  };
}

describe('Retention and anonymisation', () => {
  let t: TestApp;
  let world: World;
  const as = (user: WorldUser) => world.as(user);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  describe('the registry of personal columns', () => {
    it('classifies every text, jsonb, date and array column of every table reachable from clients', async () => {
      const reachable = await tablesReachableFromClients(t.db);
      // The walk itself must find the tables it guards, or it proves nothing.
      expect(reachable).toEqual(expect.arrayContaining(['clients', 'cases', 'visits', 'plan_versions', 'access_log']));
      const registered = new Map(ANONYMISATION_REGISTRY.map((r) => [r.table, r]));
      const unregisteredTables = reachable.filter((table) => !registered.has(table));
      expect(unregisteredTables).toEqual([]);

      const columns = await schemaColumns(t.db);
      const unclassified = columns
        .filter((c) => reachable.includes(c.table_name) && CLASSIFIED_DATA_TYPES.includes(c.data_type))
        .filter((c) => {
          const rule = registered.get(c.table_name);
          return !rule?.deleteRows && !rule?.columns[c.column_name];
        })
        .map((c) => `${c.table_name}.${c.column_name} (${c.data_type})`);
      expect(unclassified).toEqual([]);
    });

    it('names no table or column that does not exist', async () => {
      const columns = new Set((await schemaColumns(t.db)).map((c) => `${c.table_name}.${c.column_name}`));
      const stale = ANONYMISATION_REGISTRY.flatMap((rule) =>
        Object.keys(rule.columns)
          .map((column) => `${rule.table}.${column}`)
          .filter((name) => !columns.has(name)),
      );
      expect(stale).toEqual([]);
    });
  });

  describe('anonymising a client on request', () => {
    let markers: ClientMarkers;
    let client: ClientView;

    beforeAll(async () => {
      markers = clientMarkers('Rq1');
      ({ client } = await buildRichClient(t.db, world, markers));
    });

    it('leaves no name, address, phone, e-mail or free text of the client anywhere, and the figures as they were', async () => {
      const lead = await as('teamLeadNorth');
      const reviewBefore = (await lead.get('/api/caseload-review')).body as CaseloadReview;
      const figuresBefore = await aggregateFigures(t.db, world.orgA.id);
      const before = await columnsContaining(t.db, patternsOf(markers));
      // Every personal text column of the registry held the client's data before, so the scan can fail.
      const personal = ANONYMISATION_REGISTRY.flatMap((rule) =>
        Object.entries(rule.columns)
          .filter(([, c]) => c.kind === 'replace' || c.kind === 'scrubJson' || c.kind === 'derived')
          .map(([column]) => `${rule.table}.${column}`),
      ).filter(
        (name) =>
          ![
            'clients.date_of_birth',
            'clients.family_name_prefix',
            'clients.address_house_number',
            'clients.address_city',
          ].includes(name),
      );
      expect(personal.filter((name) => !before.includes(name))).toEqual([]);
      expect(before).toContain('visit_drafts.fields');

      const response = await lead.post(`/api/clients/${client.id}/anonymisation`, { reason: REASON });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        clientId: client.id,
        openCases: 0,
        blockedReason: 'Deze cliënt is al geanonimiseerd.',
      });
      expect((response.body as ClientAnonymisationStatus).anonymisedAt).toEqual(expect.any(String));

      expect(await columnsContaining(t.db, patternsOf(markers))).toEqual([]);
      expect(await aggregateFigures(t.db, world.orgA.id)).toEqual(figuresBefore);
      expect((await lead.get('/api/caseload-review')).body).toEqual(reviewBefore);

      const [row] = (await t.db.query(
        `SELECT given_name, family_name_prefix, family_name, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, phone, email,
                address_street, address_postcode, address_city, municipality_code, representatives, anonymised_at
           FROM clients WHERE id = $1`,
        [client.id],
      )) as Record<string, unknown>[];
      expect(row).toMatchObject({
        given_name: 'Geanonimiseerde',
        family_name_prefix: null,
        family_name: 'cliënt',
        date_of_birth: '1962-07-01',
        phone: null,
        email: null,
        address_street: null,
        address_postcode: null,
        address_city: null,
        municipality_code: 'GM0344',
        representatives: [],
        anonymised_at: expect.any(Date),
      });
      const shown = (await lead.get(`/api/clients/${client.id}`)).body as ClientView;
      expect(`${shown.givenName} ${shown.familyName}`).toBe(ANONYMISED_CLIENT_LABEL);
    });

    it('writes the run record and an access-log row with ids only', async () => {
      const runs = (await t.db.query(
        `SELECT trigger, requested_by_id, reason, executed_at FROM client_anonymisations WHERE client_id = $1`,
        [client.id],
      )) as Record<string, unknown>[];
      expect(runs).toEqual([
        {
          trigger: 'request',
          requested_by_id: world.users.teamLeadNorth.id,
          reason: REASON,
          executed_at: expect.any(Date),
        },
      ]);
      const log = await accessLogOf(t.db, world.users.teamLeadNorth.id, client.id);
      expect(log).toContainEqual(
        expect.objectContaining({
          action: 'update',
          entity: 'client',
          client_id: client.id,
          detail: 'anonymised (request)',
        }),
      );
    });

    it('refuses a second anonymisation with 409', async () => {
      const again = await (
        await as('teamLeadNorth')
      ).post(`/api/clients/${client.id}/anonymisation`, { reason: REASON });
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('Deze cliënt is al geanonimiseerd.');
    });
  });

  describe('the rules of a request', () => {
    let openClient: ClientView;
    let closedClient: ClientView;

    beforeAll(async () => {
      const supporter = await as('supporterNorth');
      openClient = await buildClient(supporter, world.north.id, { givenName: 'Open' });
      await buildCase(supporter, openClient.id);
      closedClient = await buildClient(supporter, world.north.id, { givenName: 'Gesloten' });
      const supportCase = await buildCase(supporter, closedClient.id);
      await t.db.query(
        `UPDATE cases SET status = 'afgesloten', closed_on = current_date, closing_reason = 'Klaar' WHERE id = $1`,
        [supportCase.id],
      );
    });

    it('requires a written reason, naming the field', async () => {
      const lead = await as('teamLeadNorth');
      for (const body of [{}, { reason: '' }, { reason: '   ' }, { reason: 42 }]) {
        const response = await lead.post(`/api/clients/${closedClient.id}/anonymisation`, body);
        expect(response.status).toBe(400);
        expect(new Set((response.body.details as { field: string }[]).map((d) => d.field))).toEqual(
          new Set(['reason']),
        );
      }
    });

    it('refuses while a case is open, saying why, and shows the same on the status', async () => {
      const lead = await as('teamLeadNorth');
      const response = await lead.post(`/api/clients/${openClient.id}/anonymisation`, { reason: REASON });
      expect(response.status).toBe(409);
      expect(response.body.message).toBe('Deze cliënt heeft nog 1 lopende zaak. Sluit die eerst af.');
      const status = (await lead.get(`/api/clients/${openClient.id}/anonymisation`)).body as ClientAnonymisationStatus;
      expect(status).toEqual({
        clientId: openClient.id,
        anonymisedAt: null,
        openCases: 1,
        blockedReason: 'Deze cliënt heeft nog 1 lopende zaak. Sluit die eerst af.',
      });
      const [row] = (await t.db.query('SELECT given_name, anonymised_at FROM clients WHERE id = $1', [
        openClient.id,
      ])) as {
        given_name: string;
        anonymised_at: Date | null;
      }[];
      expect(row).toEqual({ given_name: 'Open', anonymised_at: null });
    });

    it('refuses another team’s lead (403), other roles (403) and another organisation (404)', async () => {
      const url = `/api/clients/${closedClient.id}/anonymisation`;
      for (const user of ['teamLeadSouth', 'supporterNorth', 'volunteerNorth', 'adminA'] as const) {
        expect((await (await as(user)).post(url, { reason: REASON })).status).toBe(403);
        expect((await (await as(user)).get(url)).status).toBe(403);
      }
      expect((await (await as('teamLeadB')).post(url, { reason: REASON })).status).toBe(404);
      expect((await (await as('teamLeadB')).get(url)).status).toBe(404);
      expect(
        (await (await as('teamLeadNorth')).post(`/api/clients/${UNKNOWN_ID}/anonymisation`, { reason: REASON })).status,
      ).toBe(404);
      const [row] = (await t.db.query('SELECT anonymised_at FROM clients WHERE id = $1', [closedClient.id])) as {
        anonymised_at: Date | null;
      }[];
      expect(row?.anonymised_at).toBeNull();
      const refusals = await accessLogOf(t.db, world.users.teamLeadSouth.id, closedClient.id);
      expect(refusals).toContainEqual(
        expect.objectContaining({ action: 'update', outcome: 'denied', client_id: closedClient.id }),
      );
    });
  });

  describe('retention', () => {
    let due: ClientView;
    let recent: ClientView;
    let open: ClientView;
    let dueMarkers: ClientMarkers;

    beforeAll(async () => {
      dueMarkers = clientMarkers('Rt1');
      ({ client: due } = await buildRichClient(t.db, world, dueMarkers, { closedMonthsAgo: 25 }));
      ({ client: recent } = await buildRichClient(t.db, world, clientMarkers('Rt2'), { closedMonthsAgo: 23 }));
      ({ client: open } = await buildRichClient(t.db, world, clientMarkers('Rt3'), { keepOpen: true }));
    });

    it('lets an administrator set the retention period, between 1 and 240 months', async () => {
      const admin = await as('adminA');
      expect((await admin.get('/api/admin/organisation')).body).toMatchObject({ retentionMonths: 24 });
      for (const retentionMonths of [0, 241, 'lang', 1.5]) {
        const bad = await admin.patch('/api/admin/organisation', { noContactDays: 30, retentionMonths });
        expect(bad.status).toBe(400);
        expect(new Set((bad.body.details as { field: string }[]).map((d) => d.field))).toEqual(
          new Set(['retentionMonths']),
        );
      }
      expect(
        (await admin.patch('/api/admin/organisation', { noContactDays: 30, retentionMonths: 36 })).body,
      ).toMatchObject({
        noContactDays: 30,
        retentionMonths: 36,
      });
      // Left out, it stays as it is.
      expect((await admin.patch('/api/admin/organisation', { noContactDays: 30 })).body).toMatchObject({
        retentionMonths: 36,
      });
      expect((await (await as('adminB')).get('/api/admin/organisation')).body).toMatchObject({ retentionMonths: 24 });
      expect(
        (await (await as('teamLeadNorth')).patch('/api/admin/organisation', { noContactDays: 30, retentionMonths: 1 }))
          .status,
      ).toBe(403);
      await admin.patch('/api/admin/organisation', { noContactDays: 30, retentionMonths: 24 });
    });

    it('lists in a dry run the clients whose last case closed longer ago than the period, and changes nothing', async () => {
      const admin = await as('adminA');
      const namesBefore = await t.db.query('SELECT id, given_name, version, anonymised_at FROM clients ORDER BY id');
      const response = await admin.get('/api/admin/retention/dry-run');
      expect(response.status).toBe(200);
      const dryRun = response.body as RetentionDryRun;
      expect(dryRun.retentionMonths).toBe(24);
      const ids = dryRun.candidates.map((c) => c.clientId);
      expect(ids).toContain(due.id);
      expect(ids).not.toContain(recent.id);
      expect(ids).not.toContain(open.id);
      expect(dryRun.candidates.find((c) => c.clientId === due.id)).toEqual({
        clientId: due.id,
        teamId: world.north.id,
        teamName: 'Noord',
        lastClosedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        dueSince: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      // No names: the administrator never sees client content.
      expect(JSON.stringify(dryRun)).not.toContain(dueMarkers.familyName);
      expect((await (await as('adminB')).get('/api/admin/retention/dry-run')).body.candidates).toEqual([]);
      for (const user of ['teamLeadNorth', 'supporterNorth', 'volunteerNorth'] as const) {
        expect((await (await as(user)).get('/api/admin/retention/dry-run')).status).toBe(403);
      }

      const lines: string[] = [];
      expect(await anonymiseCommand(t.databaseUrl, ['--dry-run'], (line) => lines.push(line))).toBe(0);
      expect(lines[0]).toMatch(/^Dry run: \d+ client\(s\) would be anonymised now; nothing was changed\.$/);
      expect(lines.some((line) => line.includes(due.id))).toBe(true);
      expect(lines.some((line) => line.includes(recent.id))).toBe(false);
      expect(lines.join('\n')).not.toContain(dueMarkers.familyName);
      expect(await anonymiseCommand(t.databaseUrl, [], () => undefined)).toBe(2);

      expect(await t.db.query('SELECT id, given_name, version, anonymised_at FROM clients ORDER BY id')).toEqual(
        namesBefore,
      );

      // A shorter period brings the recently closed client in.
      await t.db.query('UPDATE organisations SET retention_months = 12 WHERE id = $1', [world.orgA.id]);
      const shorter = (await admin.get('/api/admin/retention/dry-run')).body as RetentionDryRun;
      expect(shorter.candidates.map((c) => c.clientId)).toEqual(expect.arrayContaining([due.id, recent.id]));
      await t.db.query('UPDATE organisations SET retention_months = 24 WHERE id = $1', [world.orgA.id]);
    });

    it('runs the nightly job once with two processes at a time, anonymising each due client once', async () => {
      const scheduler = t.app.get(JobScheduler);
      const figuresBefore = await aggregateFigures(t.db, world.orgA.id);
      const candidates = ((await (await as('adminA')).get('/api/admin/retention/dry-run')).body as RetentionDryRun)
        .candidates;
      expect(candidates.length).toBeGreaterThan(0);

      // Two processes: each its own connection, both asking at the same moment.
      const outcomes = await Promise.all([
        scheduler.runIfDue(RETENTION_JOB_NAME),
        scheduler.runIfDue(RETENTION_JOB_NAME),
      ]);
      expect(outcomes.filter((o) => o === 'ran')).toHaveLength(1);
      expect(outcomes.filter((o) => o !== 'ran')[0]).toMatch(/^(busy-elsewhere|done-already)$/);
      expect(await scheduler.runIfDue(RETENTION_JOB_NAME)).toBe('done-already');

      const [jobRun] = (await t.db.query('SELECT result FROM job_runs WHERE job = $1', [RETENTION_JOB_NAME])) as {
        result: Record<string, number>;
      }[];
      expect(jobRun?.result).toEqual({ candidates: candidates.length, anonymised: candidates.length });

      const runs = (await t.db.query(
        `SELECT client_id, trigger, requested_by_id, reason FROM client_anonymisations WHERE trigger = 'retention' ORDER BY client_id`,
      )) as { client_id: string; trigger: string; requested_by_id: string | null; reason: string | null }[];
      expect(runs.map((r) => r.client_id).sort()).toEqual(candidates.map((c) => c.clientId).sort());
      expect(runs.every((r) => r.requested_by_id === null && r.reason === null)).toBe(true);

      expect(await columnsContaining(t.db, patternsOf(dueMarkers))).toEqual([]);
      expect(await columnsContaining(t.db, patternsOf(clientMarkers('Rt2')))).not.toEqual([]);
      expect(await aggregateFigures(t.db, world.orgA.id)).toEqual(figuresBefore);

      const log = (await t.db.query(
        `SELECT u.display_name, u.active, l.action::text, l.entity, l.client_id, l.detail
           FROM access_log l JOIN users u ON u.id = l.user_id WHERE l.client_id = $1 AND l.action = 'update'`,
        [due.id],
      )) as Record<string, unknown>[];
      expect(log).toContainEqual({
        display_name: RETENTION_ACCOUNT_NAME,
        active: false,
        action: 'update',
        entity: 'client',
        client_id: due.id,
        detail: 'anonymised (retention)',
      });
      const again = (await (await as('adminA')).get('/api/admin/retention/dry-run')).body as RetentionDryRun;
      expect(again.candidates).toEqual([]);
    });
  });
});
