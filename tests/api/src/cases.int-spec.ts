import {
  DOMAINS,
  SEARCH_HEADER,
  encodeSearchHeader,
  type CaseListItem,
  type CaseView,
  type ClientView,
  type Page,
  type UserRef,
} from '@naast/contracts';
import { accessLogOf, buildCase, buildClient, caseRequest } from './fixtures/case-work';
import { buildUser, buildWorld, startTestApp, type TestApp, TestClient, type World, type WorldUser } from './support';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('Cases: opening, reading, changing, status and lists', () => {
  let t: TestApp;
  let world: World;
  let northClient: ClientView;
  let southClient: ClientView;
  /** Led by supporterNorth, volunteerNorth linked. */
  let northCase: CaseView;
  let southCase: CaseView;

  const as = (user: WorldUser) => world.as(user);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    northClient = await buildClient(await as('supporterNorth'), world.north.id, {
      givenName: 'Willem',
      familyNamePrefix: null,
      familyName: 'Smit',
    });
    southClient = await buildClient(await as('supporterSouth'), world.south.id, {
      givenName: 'Ayse',
      familyNamePrefix: null,
      familyName: 'Demir',
    });
    northCase = await buildCase(await as('supporterNorth'), northClient.id, {
      volunteerIds: [world.users.volunteerNorth.id],
      involvedParties: [{ kind: 'zorgaanbieder', name: 'Thuiszorg Noord', contact: '030 111 2222' }],
    });
    southCase = await buildCase(await as('supporterSouth'), southClient.id, { domains: ['wonen', 'inkomen'] });
  });
  afterAll(() => t.close());

  describe('POST /api/cases', () => {
    it('opens a case in the client’s team with the creator as lead, a first status row and a log row', async () => {
      const response = await (
        await as('supporterNorth')
      ).post('/api/cases', caseRequest(northClient.id, { domains: ['wonen', 'zorg'] }));
      expect(response.status).toBe(201);
      const created = response.body as CaseView;
      expect(created).toMatchObject({
        status: 'aangemeld',
        teamId: world.north.id,
        leadSupporter: { id: world.users.supporterNorth.id },
        domains: ['zorg', 'wonen'],
        client: { id: northClient.id, displayName: 'Willem Smit' },
        version: 1,
        permissions: { edit: true, changeStatusTo: ['intake', 'afgesloten'], recordVisit: true },
      });
      expect(created.statusHistory).toEqual([
        expect.objectContaining({
          from: null,
          to: 'aangemeld',
          changedBy: expect.objectContaining({ id: world.users.supporterNorth.id }),
        }),
      ]);
      expect(created.registeredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const log = await accessLogOf(t.db, world.users.supporterNorth.id, created.id);
      expect(log).toEqual([expect.objectContaining({ entity: 'case', action: 'create', client_id: northClient.id })]);
    });

    it('refuses a lead supporter outside the case’s team, naming leadSupporterId', async () => {
      const response = await (
        await as('supporterNorth')
      ).post('/api/cases', caseRequest(northClient.id, { leadSupporterId: world.users.supporterSouth.id }));
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([expect.objectContaining({ field: 'leadSupporterId' })]);
    });

    it('refuses linking someone who is not a volunteer of the organisation, naming volunteerIds', async () => {
      for (const id of [world.users.supporterSouth.id, world.users.volunteerB.id]) {
        const response = await (
          await as('supporterNorth')
        ).post('/api/cases', caseRequest(northClient.id, { volunteerIds: [id] }));
        expect(response.status).toBe(400);
        expect(response.body.details).toEqual([expect.objectContaining({ field: 'volunteerIds' })]);
      }
    });

    it('refuses an unknown domain, no domain and a client of another organisation, naming the field', async () => {
      const supporter = await as('supporterNorth');
      const badDomain = await supporter.post('/api/cases', { ...caseRequest(northClient.id), domains: ['geld'] });
      expect(badDomain.body.details).toEqual([expect.objectContaining({ field: 'domains' })]);
      const noDomain = await supporter.post('/api/cases', { ...caseRequest(northClient.id), domains: [] });
      expect(noDomain.body.details).toEqual([expect.objectContaining({ field: 'domains' })]);
      const foreignClient = await (await as('supporterB')).post('/api/cases', caseRequest(northClient.id));
      expect(foreignClient.status).toBe(400);
      expect(foreignClient.body.details).toEqual([expect.objectContaining({ field: 'clientId' })]);
    });

    it('refuses opening a case for a client the supporter may not see', async () => {
      expect((await (await as('supporterNorth')).post('/api/cases', caseRequest(southClient.id))).status).toBe(403);
    });

    it('lets only a team lead choose the team', async () => {
      const supporter = await (
        await as('supporterNorth')
      ).post('/api/cases', caseRequest(northClient.id, { teamId: world.north.id } as never));
      expect(supporter.status).toBe(400);
      expect(supporter.body.details).toEqual([expect.objectContaining({ field: 'teamId' })]);
      const lead = await (
        await as('teamLeadNorth')
      ).post(
        '/api/cases',
        caseRequest(northClient.id, {
          teamId: world.north.id,
          leadSupporterId: world.users.supporterNorth.id,
        } as never),
      );
      expect(lead.status).toBe(201);
      expect(lead.body).toMatchObject({ teamId: world.north.id, leadSupporter: { id: world.users.supporterNorth.id } });
    });

    it('refuses volunteers and admins (403), no CSRF header (403) and no session (401)', async () => {
      expect((await (await as('volunteerNorth')).post('/api/cases', caseRequest(northClient.id))).status).toBe(403);
      expect((await (await as('adminA')).post('/api/cases', caseRequest(northClient.id))).status).toBe(403);
      expect(
        (await (await as('supporterNorth')).postWithoutCsrf('/api/cases', caseRequest(northClient.id))).status,
      ).toBe(403);
      expect((await (await world.anonymous()).post('/api/cases', caseRequest(northClient.id))).status).toBe(401);
    });
  });

  describe('GET /api/cases/:id', () => {
    it('shows the whole case to its team and logs the read', async () => {
      const response = await (await as('teamLeadNorth')).get(`/api/cases/${northCase.id}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        involvedParties: [expect.objectContaining({ name: 'Thuiszorg Noord' })],
        permissions: { edit: true },
      });
      const log = await accessLogOf(t.db, world.users.teamLeadNorth.id, northCase.id);
      expect(log.at(-1)).toMatchObject({ action: 'read', entity: 'case', client_id: northClient.id });
    });

    it('shows a team supporter who does not lead the case a read-only case', async () => {
      const colleague = await buildUser(t.db, {
        organisationId: world.orgA.id,
        role: 'supporter',
        teamIds: [world.north.id],
      });
      const client = new TestClient(t.http);
      await client.signIn(colleague.email, 'Correct-horse-battery-1');
      const response = await client.get(`/api/cases/${northCase.id}`);
      expect(response.status).toBe(200);
      expect(response.body.permissions).toEqual({ edit: false, changeStatusTo: [], recordVisit: false });
    });

    it('gives a linked volunteer what a visit needs and nothing more', async () => {
      const response = await (await as('volunteerNorth')).get(`/api/cases/${northCase.id}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        involvedParties: [],
        statusHistory: [],
        closingReason: null,
        permissions: { edit: false, recordVisit: true },
      });
      expect(response.body.client).toEqual({
        id: northClient.id,
        displayName: 'Willem Smit',
        // A visit does not need the date of birth (need to know).
        dateOfBirth: null,
        municipality: northClient.municipality,
        teamId: world.north.id,
      });
    });

    it('refuses an unlinked volunteer, another team and an admin with 403, and logs the refusal', async () => {
      expect((await (await as('volunteerSouth')).get(`/api/cases/${northCase.id}`)).status).toBe(403);
      expect((await (await as('supporterSouth')).get(`/api/cases/${northCase.id}`)).status).toBe(403);
      expect((await (await as('adminA')).get(`/api/cases/${northCase.id}`)).status).toBe(403);
      const log = await accessLogOf(t.db, world.users.supporterSouth.id, northCase.id);
      expect(log.at(-1)).toMatchObject({ outcome: 'denied', client_id: northClient.id });
    });

    it('answers another organisation with 404 and a malformed id with 400', async () => {
      const other = await as('teamLeadB');
      expect((await other.get(`/api/cases/${northCase.id}`)).status).toBe(404);
      expect((await other.get(`/api/cases/${UNKNOWN_ID}`)).status).toBe(404);
      const log = await accessLogOf(t.db, world.users.teamLeadB.id, northCase.id);
      expect(log.at(-1)).toMatchObject({ outcome: 'not_found', client_id: null });
      const malformed = await other.get('/api/cases/123');
      expect(malformed.status).toBe(400);
      expect(malformed.body.details).toEqual([{ field: 'id', reason: expect.any(String) }]);
    });
  });

  describe('PATCH /api/cases/:id', () => {
    it('lets the lead supporter change the case and replaces domains, volunteers and parties', async () => {
      const supporter = await as('supporterNorth');
      const supportCase = await buildCase(supporter, northClient.id);
      const response = await supporter.patch(`/api/cases/${supportCase.id}`, {
        version: 1,
        question: 'Hulp bij wonen en zorg',
        domains: ['wonen', 'zorg', 'welzijn'],
        volunteerIds: [world.users.volunteerSouth.id],
        involvedParties: [{ kind: 'woningcorporatie', name: 'Mitros' }],
        firstContactOn: supportCase.registeredOn,
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        question: 'Hulp bij wonen en zorg',
        domains: ['zorg', 'wonen', 'welzijn'],
        volunteers: [expect.objectContaining({ id: world.users.volunteerSouth.id })],
        involvedParties: [{ kind: 'woningcorporatie', name: 'Mitros', contact: null }],
        firstContactOn: supportCase.registeredOn,
        version: 2,
      });
      expect((await accessLogOf(t.db, world.users.supporterNorth.id, supportCase.id)).at(-1)).toMatchObject({
        action: 'update',
      });
    });

    it('answers a stale version with 409 carrying the current case', async () => {
      const supporter = await as('supporterNorth');
      const supportCase = await buildCase(supporter, northClient.id);
      expect(
        (await supporter.patch(`/api/cases/${supportCase.id}`, { version: 1, question: 'Eerste versie' })).status,
      ).toBe(200);
      const stale = await supporter.patch(`/api/cases/${supportCase.id}`, { version: 1, question: 'Tweede versie' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: supportCase.id, question: 'Eerste versie', version: 2 });
    });

    it('refuses a first contact before the registration, naming firstContactOn', async () => {
      const response = await (
        await as('supporterNorth')
      ).patch(`/api/cases/${northCase.id}`, { version: northCase.version, firstContactOn: '2000-01-01' });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([expect.objectContaining({ field: 'firstContactOn' })]);
    });

    it('lets a team lead of the team edit, not another team’s lead or supporter, nor another organisation', async () => {
      expect(
        (await (await as('supporterSouth')).patch(`/api/cases/${northCase.id}`, { version: 1, question: 'x' })).status,
      ).toBe(403);
      expect(
        (await (await as('teamLeadSouth')).patch(`/api/cases/${northCase.id}`, { version: 1, question: 'x' })).status,
      ).toBe(403);
      expect(
        (await (await as('teamLeadB')).patch(`/api/cases/${northCase.id}`, { version: 1, question: 'x' })).status,
      ).toBe(404);
      expect(
        (await (await as('volunteerNorth')).patch(`/api/cases/${northCase.id}`, { version: 1, question: 'x' })).status,
      ).toBe(403);
      const supportCase = await buildCase(await as('supporterNorth'), northClient.id);
      expect(
        (
          await (
            await as('teamLeadNorth')
          ).patch(`/api/cases/${supportCase.id}`, { version: 1, referralSource: 'self' })
        ).status,
      ).toBe(200);
    });

    it('refuses without the CSRF header', async () => {
      expect(
        (await (await as('supporterNorth')).patchWithoutCsrf(`/api/cases/${northCase.id}`, { version: 1 })).status,
      ).toBe(403);
    });
  });

  describe('POST /api/cases/:id/status', () => {
    it('follows the life cycle, requires a reason to close, and lets only a team lead reopen', async () => {
      const supporter = await as('supporterNorth');
      const supportCase = await buildCase(supporter, northClient.id);
      const url = `/api/cases/${supportCase.id}/status`;

      const skip = await supporter.post(url, { version: 1, status: 'actief' });
      expect(skip.status).toBe(400);
      expect(skip.body.details).toEqual([expect.objectContaining({ field: 'status' })]);

      expect((await supporter.post(url, { version: 1, status: 'intake' })).body).toMatchObject({
        status: 'intake',
        version: 2,
      });
      const noReason = await supporter.post(url, { version: 2, status: 'afgesloten' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.details).toEqual([expect.objectContaining({ field: 'reason' })]);

      const closed = await supporter.post(url, {
        version: 2,
        status: 'afgesloten',
        reason: 'Cliënt heeft geen vraag meer',
      });
      expect(closed.status).toBe(201);
      expect(closed.body).toMatchObject({
        status: 'afgesloten',
        closingReason: 'Cliënt heeft geen vraag meer',
        permissions: { changeStatusTo: [], recordVisit: false },
      });
      expect(closed.body.closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      expect((await supporter.post(url, { version: 3, status: 'actief', reason: 'Nieuwe vraag' })).status).toBe(403);
      const teamLead = await as('teamLeadNorth');
      const reopenWithoutReason = await teamLead.post(url, { version: 3, status: 'actief' });
      expect(reopenWithoutReason.body.details).toEqual([expect.objectContaining({ field: 'reason' })]);
      const reopened = await teamLead.post(url, { version: 3, status: 'actief', reason: 'Nieuwe vraag over wonen' });
      expect(reopened.status).toBe(201);
      expect(reopened.body).toMatchObject({ status: 'actief', closedOn: null, closingReason: null, version: 4 });
      expect((reopened.body as CaseView).statusHistory.map((h) => [h.from, h.to, h.reason])).toEqual([
        [null, 'aangemeld', null],
        ['aangemeld', 'intake', null],
        ['intake', 'afgesloten', 'Cliënt heeft geen vraag meer'],
        ['afgesloten', 'actief', 'Nieuwe vraag over wonen'],
      ]);
    });

    it('answers a stale version with 409 and an unknown status with 400', async () => {
      const supporter = await as('supporterNorth');
      const supportCase = await buildCase(supporter, northClient.id);
      const stale = await supporter.post(`/api/cases/${supportCase.id}/status`, { version: 7, status: 'intake' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ status: 'aangemeld', version: 1 });
      const unknown = await supporter.post(`/api/cases/${supportCase.id}/status`, { version: 1, status: 'gesloten' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'status' })]);
    });

    it('refuses a team supporter who does not lead the case, a volunteer and another organisation', async () => {
      expect(
        (await (await as('supporterSouth')).post(`/api/cases/${northCase.id}/status`, { version: 1, status: 'intake' }))
          .status,
      ).toBe(403);
      expect(
        (await (await as('volunteerNorth')).post(`/api/cases/${northCase.id}/status`, { version: 1, status: 'intake' }))
          .status,
      ).toBe(403);
      expect(
        (await (await as('supporterB')).post(`/api/cases/${northCase.id}/status`, { version: 1, status: 'intake' }))
          .status,
      ).toBe(404);
    });
  });

  describe('GET /api/cases (list)', () => {
    async function list(user: WorldUser, query = '', searchText?: string): Promise<Page<CaseListItem>> {
      const request = (await as(user)).get(`/api/cases?${query}`);
      const response = await (searchText ? request.set(SEARCH_HEADER, encodeSearchHeader(searchText)) : request);
      expect(response.status).toBe(200);
      return response.body as Page<CaseListItem>;
    }

    it('shows each role only the cases in its scope', async () => {
      expect((await list('volunteerNorth')).items.map((c) => c.id)).toEqual([northCase.id]);
      const south = (await list('supporterSouth', 'limit=100')).items;
      expect(south.every((c) => c.teamId === world.south.id)).toBe(true);
      expect((await list('supporterB')).items).toEqual([]);
    });

    it('filters on several statuses, domains, client and lead, repeated or comma-separated', async () => {
      expect((await list('teamLeadSouth', 'status=aangemeld&status=intake')).items.map((c) => c.id)).toContain(
        southCase.id,
      );
      expect((await list('teamLeadSouth', 'status=afgesloten')).items.map((c) => c.id)).not.toContain(southCase.id);
      expect((await list('teamLeadSouth', 'domain=inkomen,werk')).items.map((c) => c.id)).toEqual([southCase.id]);
      expect(
        (
          await list('teamLeadNorth', `clientId=${northClient.id}&supporterId=${world.users.supporterNorth.id}`)
        ).items.every((c) => c.client.id === northClient.id),
      ).toBe(true);
    });

    it('finds cases by a misspelled client name or words of the question', async () => {
      expect((await list('teamLeadSouth', '', 'Demirr')).items.map((c) => c.id)).toContain(southCase.id);
      // Names are matched as stored: without accents, whichever way the text is typed.
      expect((await list('teamLeadSouth', '', 'Démirr')).items.map((c) => c.id)).toContain(southCase.id);
      expect((await list('teamLeadNorth', '', 'huishoudelijke')).items.length).toBeGreaterThan(0);
    });

    it('shows a supporter the cases they lead with mine=true', async () => {
      const mine = (await list('supporterNorth', 'mine=true&limit=100')).items;
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.every((c) => c.leadSupporter.id === world.users.supporterNorth.id)).toBe(true);
    });

    it.each(['registeredOn', '-registeredOn', 'updatedAt', '-updatedAt', 'clientName', '-clientName'])(
      'pages through every case sorted by %s without repeats or gaps',
      async (sort) => {
        const all = (await list('teamLeadNorth', `sort=${sort}&limit=100`)).items.map((c) => c.id);
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const page: Page<CaseListItem> = await list(
            'teamLeadNorth',
            `sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
          );
          seen.push(...page.items.map((c) => c.id));
          cursor = page.nextCursor;
        } while (cursor);
        expect(seen).toEqual(all);
        expect(new Set(seen).size).toBe(seen.length);
      },
    );

    it('logs one search row per case returned, with the filters used', async () => {
      const before = (await accessLogOf(t.db, world.users.teamLeadSouth.id)).length;
      const page = await list('teamLeadSouth', 'status=aangemeld');
      const rows = (await accessLogOf(t.db, world.users.teamLeadSouth.id)).slice(before);
      expect(rows.map((r) => r.entity_id)).toEqual(page.items.map((c) => c.id));
      expect(rows.every((r) => r.action === 'search' && r.entity === 'case' && r.detail?.includes('aangemeld'))).toBe(
        true,
      );
    });

    it('names unknown filter values, a bad cursor and an unknown parameter', async () => {
      const client = await as('teamLeadNorth');
      for (const [query, field] of [
        ['status=gesloten', 'status'],
        ['domain=geld', 'domain'],
        ['sort=name', 'sort'],
        ['mine=ja', 'mine'],
        ['limit=0', 'limit'],
        ['teamId=noord', 'teamId'],
        ['cursor=xyz', 'cursor'],
        ['colour=blue', 'colour'],
      ]) {
        const response = await client.get(`/api/cases?${query}`);
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
        expect(response.body.details).toEqual([expect.objectContaining({ field })]);
      }
    });

    it('refuses an admin (403) and no session (401)', async () => {
      expect((await (await as('adminA')).get('/api/cases')).status).toBe(403);
      expect((await new TestClient(t.http).get('/api/cases')).status).toBe(401);
    });
  });

  describe('GET /api/domains', () => {
    it('returns the nine domains exactly as the contracts define them, to every role', async () => {
      for (const user of ['volunteerNorth', 'adminA'] as const) {
        const response = await (await as(user)).get('/api/domains');
        expect(response.status).toBe(200);
        expect(response.body).toEqual(DOMAINS);
      }
      expect((await new TestClient(t.http).get('/api/domains')).status).toBe(401);
    });
  });

  describe('GET /api/users', () => {
    it('lists active colleagues of my organisation for pickers, filtered by role and team', async () => {
      const volunteers = (await (await as('supporterNorth')).get('/api/users?role=volunteer')).body as UserRef[];
      expect(volunteers.map((u) => u.id).sort()).toEqual(
        [world.users.volunteerNorth.id, world.users.volunteerSouth.id].sort(),
      );
      const north = (await (await as('teamLeadNorth')).get(`/api/users?teamId=${world.north.id}`)).body as UserRef[];
      expect(north.map((u) => u.id)).toEqual(
        expect.arrayContaining([world.users.supporterNorth.id, world.users.teamLeadNorth.id]),
      );
      expect(north.map((u) => u.id)).not.toContain(world.users.supporterSouth.id);
      expect(JSON.stringify(north)).not.toMatch(/email|password/i);
    });

    it('refuses a volunteer and an admin, and names a bad role', async () => {
      expect((await (await as('volunteerNorth')).get('/api/users')).status).toBe(403);
      expect((await (await as('adminA')).get('/api/users')).status).toBe(403);
      const bad = await (await as('supporterNorth')).get('/api/users?role=admin');
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ field: 'role' })]);
    });
  });
});
