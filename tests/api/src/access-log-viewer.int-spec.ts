import type {
  AccessLogEntryView,
  CaseView,
  ClientAccessView,
  ClientView,
  EmployeeAccessView,
  Page,
} from '@naast/contracts';
import { accessLogOf, buildCase, buildClient, buildVisit } from './fixtures/case-work';
import { buildWorld, present, startTestApp, type TestApp, type World, type WorldUser } from './support';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('The access log, seen: search, per employee and the client’s view', () => {
  let t: TestApp;
  let world: World;
  let northClient: ClientView;
  let northCase: CaseView;
  let southClient: ClientView;
  let otherOrgClient: ClientView;

  const as = (user: WorldUser) => world.as(user);
  const search = async (user: WorldUser, query: Record<string, string>) =>
    (await as(user)).get('/api/access-log').query(query);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    northClient = await buildClient(await as('supporterNorth'), world.north.id, { familyName: 'Noordhuis' });
    northCase = await buildCase(await as('supporterNorth'), northClient.id);
    await buildVisit(await as('supporterNorth'), northCase.id);
    await (await as('supporterNorth')).get(`/api/clients/${northClient.id}`).expect(200);
    await (await as('teamLeadNorth')).get(`/api/cases/${northCase.id}`).expect(200);
    southClient = await buildClient(await as('supporterSouth'), world.south.id, { familyName: 'Zuidema' });
    otherOrgClient = await buildClient(await as('supporterB'), world.teamB.id);
  });
  afterAll(() => t.close());

  describe('GET /api/access-log', () => {
    it('finds the rows about one client, newest first, with the user and a Dutch description', async () => {
      const response = await search('teamLeadNorth', { clientId: northClient.id });
      expect(response.status).toBe(200);
      const page = response.body as Page<AccessLogEntryView>;
      expect(page.items.length).toBeGreaterThanOrEqual(4);
      expect(page.items.every((e) => e.clientId === northClient.id)).toBe(true);
      const times = page.items.map((e) => `${e.occurredAt}|${e.id.padStart(20, '0')}`);
      expect(times).toEqual([...times].sort().reverse());
      const visit = present(
        page.items.find((e) => e.entity === 'visit' && e.action === 'create'),
        'the visit row',
      );
      expect(visit.description).toBe('Contactmoment vastgelegd');
      expect(visit.user).toEqual({
        id: world.users.supporterNorth.id,
        displayName: world.users.supporterNorth.displayName,
        role: 'supporter',
      });
      // A team lead sees the name of a client of their team.
      expect(visit.clientName).toContain('Noordhuis');
    });

    it('pages with a cursor: every row once, in order, without OFFSET', async () => {
      const seen: AccessLogEntryView[] = [];
      let cursor: string | null = null;
      do {
        const query: Record<string, string> = { clientId: northClient.id, limit: '2' };
        if (cursor) query['cursor'] = cursor;
        const page = (await search('teamLeadNorth', query)).body as Page<AccessLogEntryView>;
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      const [{ n }] = (await t.db.query(
        `SELECT count(*)::int AS n FROM access_log WHERE client_id = $1 AND entity <> 'access_log'`,
        [northClient.id],
      )) as { n: number }[];
      const withoutViewing = seen.filter((e) => e.entity !== 'access_log');
      expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
      expect(withoutViewing.length).toBe(n);
    });

    it('filters by user and by period (Dutch calendar days, inclusive)', async () => {
      const byUser = (await search('teamLeadNorth', { userId: world.users.supporterNorth.id }))
        .body as Page<AccessLogEntryView>;
      expect(byUser.items.length).toBeGreaterThan(0);
      expect(byUser.items.every((e) => e.user.id === world.users.supporterNorth.id)).toBe(true);

      const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
      const todayPage = (await search('teamLeadNorth', { clientId: northClient.id, from: today, to: today }))
        .body as Page<AccessLogEntryView>;
      expect(todayPage.items.length).toBeGreaterThan(0);
      const past = (await search('teamLeadNorth', { clientId: northClient.id, from: '2020-01-01', to: '2020-12-31' }))
        .body as Page<AccessLogEntryView>;
      expect(past.items).toEqual([]);
    });

    it('shows a team lead only their teams’ clients and members', async () => {
      const page = (await search('teamLeadNorth', { limit: '100' })).body as Page<AccessLogEntryView>;
      const northMembers = new Set(
        ['supporterNorth', 'volunteerNorth', 'teamLeadNorth'].map((u) => world.users[u as WorldUser].id),
      );
      for (const entry of page.items) {
        expect(entry.clientId === northClient.id || northMembers.has(entry.user.id)).toBe(true);
      }
      expect(page.items.some((e) => e.clientId === southClient.id)).toBe(false);
    });

    it('refuses a team lead filtering on another team’s client or member, and another organisation’s as unknown', async () => {
      expect((await search('teamLeadNorth', { clientId: southClient.id })).status).toBe(403);
      expect((await search('teamLeadNorth', { userId: world.users.supporterSouth.id })).status).toBe(403);
      expect((await search('teamLeadNorth', { clientId: otherOrgClient.id })).status).toBe(404);
      expect((await search('adminA', { clientId: otherOrgClient.id })).status).toBe(404);
      expect((await search('adminA', { userId: world.users.supporterB.id })).status).toBe(404);
    });

    it('shows an administrator the organisation’s rows but never a client’s name', async () => {
      const page = (await search('adminA', { limit: '100' })).body as Page<AccessLogEntryView>;
      expect(page.items.some((e) => e.clientId === northClient.id)).toBe(true);
      expect(page.items.some((e) => e.clientId === southClient.id)).toBe(true);
      expect(page.items.some((e) => e.clientId === otherOrgClient.id)).toBe(false);
      expect(page.items.every((e) => e.clientName === null)).toBe(true);
      const text = JSON.stringify(page);
      expect(text).not.toContain('Noordhuis');
      expect(text).not.toContain('Zuidema');
    });

    it('refuses supporters and volunteers', async () => {
      expect((await search('supporterNorth', {})).status).toBe(403);
      expect((await search('volunteerNorth', {})).status).toBe(403);
    });

    it('answers 400 naming the field for a bad filter or cursor', async () => {
      const bad = async (query: Record<string, string>, field: string) => {
        const response = await search('teamLeadNorth', query);
        expect(response.status).toBe(400);
        expect(JSON.stringify(response.body)).toContain(field);
      };
      await bad({ clientId: 'nope' }, 'clientId');
      await bad({ from: '2026-02-30' }, 'from');
      await bad({ from: '2026-03-02', to: '2026-03-01' }, 'to');
      await bad({ cursor: 'not a cursor!' }, 'cursor');
      await bad(
        { cursor: Buffer.from(JSON.stringify(['2026-01-01T00:00:00Z', '1 OR 1=1'])).toString('base64url') },
        'cursor',
      );
      await bad({ limit: '0' }, 'limit');
    });

    it('logs every look at the log, with the client it was about', async () => {
      await search('teamLeadNorth', { clientId: northClient.id });
      const rows = await accessLogOf(t.db, world.users.teamLeadNorth.id);
      const last = present(rows[rows.length - 1], 'the viewing row');
      expect(last).toMatchObject({
        entity: 'access_log',
        action: 'read',
        outcome: 'success',
        client_id: northClient.id,
      });
      await search('teamLeadNorth', { clientId: southClient.id });
      const refused = await accessLogOf(t.db, world.users.teamLeadNorth.id);
      expect(refused[refused.length - 1]).toMatchObject({
        entity: 'access_log',
        outcome: 'denied',
        client_id: southClient.id,
      });
    });

    it('reads one index range per page: no sort, no sequential scan of the log', async () => {
      const plan = (await t.db.query(
        `EXPLAIN (FORMAT JSON) SELECT a.id FROM access_log a WHERE a.organisation_id = $1 AND a.client_id = $2
          ORDER BY a.occurred_at DESC, a.id DESC LIMIT 26`,
        [world.orgA.id, northClient.id],
      )) as { 'QUERY PLAN': unknown }[];
      const text = JSON.stringify(plan);
      await t.db.query('SET enable_seqscan = off');
      const forced = JSON.stringify(
        await t.db.query(
          `EXPLAIN (FORMAT JSON) SELECT a.id FROM access_log a WHERE a.organisation_id = $1 AND a.client_id = $2
            ORDER BY a.occurred_at DESC, a.id DESC LIMIT 26`,
          [world.orgA.id, northClient.id],
        ),
      );
      await t.db.query('RESET enable_seqscan');
      // On a tiny table the planner may scan; with scans off it must find an index that needs no sort.
      expect(forced).toContain('access_log_org_client_time_id');
      expect(forced).not.toContain('"Node Type":"Sort"');
      expect(text).not.toContain('"Node Type":"Sort"');
    });
  });

  describe('GET /api/access-log/users/:userId', () => {
    it('shows a team lead what a member of their team accessed', async () => {
      const response = await (await as('teamLeadNorth')).get(`/api/access-log/users/${world.users.supporterNorth.id}`);
      expect(response.status).toBe(200);
      const view = response.body as EmployeeAccessView;
      expect(view.user.id).toBe(world.users.supporterNorth.id);
      expect(view.page.items.length).toBeGreaterThan(0);
      expect(view.page.items.every((e) => e.user.id === world.users.supporterNorth.id)).toBe(true);
    });

    it('refuses another team’s member (403) and another organisation’s user (404); admins see anyone of theirs', async () => {
      expect(
        (await (await as('teamLeadNorth')).get(`/api/access-log/users/${world.users.supporterSouth.id}`)).status,
      ).toBe(403);
      expect((await (await as('teamLeadNorth')).get(`/api/access-log/users/${world.users.supporterB.id}`)).status).toBe(
        404,
      );
      expect((await (await as('teamLeadNorth')).get(`/api/access-log/users/${UNKNOWN_ID}`)).status).toBe(404);
      const admin = await (await as('adminA')).get(`/api/access-log/users/${world.users.supporterSouth.id}`);
      expect(admin.status).toBe(200);
      expect((admin.body as EmployeeAccessView).page.items.every((e) => e.clientName === null)).toBe(true);
    });
  });

  describe('GET /api/clients/:clientId/access-log (the client’s view)', () => {
    it('lists who (function, organisation), what in Dutch and when, oldest first, without staff names', async () => {
      const response = await (await as('teamLeadNorth')).get(`/api/clients/${northClient.id}/access-log`);
      expect(response.status).toBe(200);
      const view = response.body as ClientAccessView;
      expect(view.clientName).toContain('Noordhuis');
      expect(view.organisationName).toBe(world.orgA.name);
      const times = view.page.items.map((e) => e.occurredAt);
      expect(times).toEqual([...times].sort());
      const created = present(
        view.page.items.find((e) => e.what === 'Cliëntgegevens vastgelegd'),
        'the registration of the client',
      );
      expect(created).toMatchObject({
        role: 'supporter',
        roleLabel: 'Cliëntondersteuner',
        organisationName: world.orgA.name,
      });
      expect(view.page.items.some((e) => e.what === 'Ondersteuningsvraag bekeken' && e.role === 'team_lead')).toBe(
        true,
      );
      const text = JSON.stringify(view);
      expect(text).not.toContain(world.users.supporterNorth.displayName);
      expect(text).not.toContain(world.users.supporterNorth.id);
    });

    it('is open to the supporter who leads the client’s case, and logged', async () => {
      expect((await (await as('supporterNorth')).get(`/api/clients/${northClient.id}/access-log`)).status).toBe(200);
      const rows = await accessLogOf(t.db, world.users.supporterNorth.id, northClient.id);
      expect(rows[rows.length - 1]).toMatchObject({ entity: 'access_log', action: 'read', client_id: northClient.id });
    });

    it('refuses another team’s lead, a supporter without a case, an administrator and another organisation', async () => {
      expect((await (await as('teamLeadSouth')).get(`/api/clients/${northClient.id}/access-log`)).status).toBe(403);
      expect((await (await as('supporterSouth')).get(`/api/clients/${northClient.id}/access-log`)).status).toBe(403);
      expect((await (await as('adminA')).get(`/api/clients/${northClient.id}/access-log`)).status).toBe(403);
      expect((await (await as('volunteerNorth')).get(`/api/clients/${northClient.id}/access-log`)).status).toBe(403);
      expect((await (await as('teamLeadNorth')).get(`/api/clients/${otherOrgClient.id}/access-log`)).status).toBe(404);
    });

    it('is a PDF for the client, logged as an export', async () => {
      const response = await (
        await as('teamLeadNorth')
      )
        .get(`/api/clients/${northClient.id}/access-log.pdf`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['cache-control']).toContain('no-store');
      expect((response.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      const rows = await accessLogOf(t.db, world.users.teamLeadNorth.id, northClient.id);
      expect(rows[rows.length - 1]).toMatchObject({
        entity: 'access_log',
        action: 'export',
        client_id: northClient.id,
      });
    });
  });
});
