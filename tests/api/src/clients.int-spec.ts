import { SEARCH_HEADER, encodeSearchHeader, type ClientSummary, type ClientView, type Page } from '@naast/contracts';
import { accessLogOf, buildCase, buildClient, clientRequest } from './fixtures/case-work';
import { buildUser, buildWorld, startTestApp, TEST_PASSWORD, type TestApp, TestClient, type World } from './support';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('Clients: registration, search, reading and changing client records', () => {
  let t: TestApp;
  let world: World;
  let northClient: ClientView;
  let southClient: ClientView;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    northClient = await buildClient(await world.as('supporterNorth'), world.north.id, {
      givenName: 'Pieter',
      familyNamePrefix: null,
      familyName: 'Janssen',
    });
    southClient = await buildClient(await world.as('supporterSouth'), world.south.id, {
      givenName: 'Fatima',
      familyNamePrefix: 'el',
      familyName: 'Amrani',
    });
  });
  afterAll(() => t.close());

  describe('permissions', () => {
    it('tells each reader whether they may change the client', async () => {
      const colleague = await buildUser(t.db, {
        organisationId: world.orgA.id,
        role: 'supporter',
        teamIds: [world.north.id],
      });
      const colleagueClient = new TestClient(t.http);
      await colleagueClient.signIn(colleague.email, TEST_PASSWORD);
      const asRegistrar = await (await world.as('supporterNorth')).get(`/api/clients/${northClient.id}`);
      const asColleague = await colleagueClient.get(`/api/clients/${northClient.id}`);
      const asTeamLead = await (await world.as('teamLeadNorth')).get(`/api/clients/${northClient.id}`);
      expect(asRegistrar.body.permissions).toEqual({ edit: true });
      expect(asColleague.body.permissions).toEqual({ edit: false });
      expect(asTeamLead.body.permissions).toEqual({ edit: true });
      // and the API holds to what it said
      const refused = await colleagueClient.patch(`/api/clients/${northClient.id}`, {
        version: asColleague.body.version,
        phone: '0301234567',
      });
      expect(refused.status).toBe(403);
    });
  });

  describe('POST /api/clients', () => {
    it('registers a client in the supporter’s team, normalises the postcode and logs the creation', async () => {
      const supporter = await world.as('supporterNorth');
      const response = await supporter.post(
        '/api/clients',
        clientRequest(world.north.id, {
          address: { street: 'Biltstraat', houseNumber: '3a', postcode: ' 3572ak ', city: 'Utrecht' },
          processingConsent: { givenOn: '2026-01-05', scope: 'Vastleggen voor de ondersteuning' },
          representatives: [{ kind: 'bewindvoerder', name: 'Bewind BV', email: 'info@bewind.example' }],
        }),
      );
      expect(response.status).toBe(201);
      const client = response.body as ClientView;
      expect(client).toMatchObject({ displayName: 'Jan de Vries', teamId: world.north.id, version: 1 });
      expect(client.address?.postcode).toBe('3572 AK');
      expect(client.processingConsent).toMatchObject({
        givenOn: '2026-01-05',
        recordedBy: { id: world.users.supporterNorth.id },
      });
      expect(client.representatives).toEqual([
        { kind: 'bewindvoerder', name: 'Bewind BV', phone: null, email: 'info@bewind.example' },
      ]);
      const log = await accessLogOf(t.db, world.users.supporterNorth.id, client.id);
      expect(log).toEqual([
        expect.objectContaining({ entity: 'client', action: 'create', outcome: 'success', client_id: client.id }),
      ]);
    });

    it('names every invalid field', async () => {
      const supporter = await world.as('supporterNorth');
      const response = await supporter.post('/api/clients', {
        ...clientRequest(world.north.id),
        givenName: '',
        dateOfBirth: '2999-01-01',
        address: { street: 'A', houseNumber: '1', postcode: '0123 AB', city: 'B' },
        municipality: { code: '0344', name: 'Utrecht' },
        preferredLanguage: 'Nederlands',
        accessibilityNeeds: ['wheelchair'],
        bsn: '123456782',
      });
      expect(response.status).toBe(400);
      const fields = (response.body.details as { field: string }[]).map((d) => d.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'givenName',
          'dateOfBirth',
          'address.postcode',
          'municipality.code',
          'preferredLanguage',
          'accessibilityNeeds',
          'bsn',
        ]),
      );
    });

    it('refuses registering a client in another team with 403, and an unknown team with 400', async () => {
      const supporter = await world.as('supporterNorth');
      expect((await supporter.post('/api/clients', clientRequest(world.south.id))).status).toBe(403);
      const unknown = await supporter.post('/api/clients', clientRequest(world.teamB.id));
      expect(unknown.status).toBe(400);
      expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'teamId' })]);
    });

    it('refuses without the CSRF header (403) and without a session (401)', async () => {
      const supporter = await world.as('supporterNorth');
      expect((await supporter.postWithoutCsrf('/api/clients', clientRequest(world.north.id))).status).toBe(403);
      const anonymous = await world.anonymous();
      expect((await anonymous.post('/api/clients', clientRequest(world.north.id))).status).toBe(401);
    });

    it.each(['volunteerNorth', 'adminA'] as const)('refuses %s with 403', async (user) => {
      const client = await world.as(user);
      expect((await client.post('/api/clients', clientRequest(world.north.id))).status).toBe(403);
    });
  });

  describe('GET /api/clients/:id', () => {
    it('shows a team’s client to its supporter and logs the read', async () => {
      const supporter = await world.as('supporterNorth');
      const response = await supporter.get(`/api/clients/${northClient.id}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: northClient.id, displayName: 'Pieter Janssen' });
      expect(JSON.stringify(response.body)).not.toMatch(/organisation|search_?name|created_?by/i);
      const log = await accessLogOf(t.db, world.users.supporterNorth.id, northClient.id);
      expect(log.at(-1)).toMatchObject({ action: 'read', outcome: 'success', client_id: northClient.id });
    });

    it('refuses another team’s client with 403 and logs the refusal', async () => {
      const supporter = await world.as('supporterNorth');
      expect((await supporter.get(`/api/clients/${southClient.id}`)).status).toBe(403);
      const log = await accessLogOf(t.db, world.users.supporterNorth.id, southClient.id);
      expect(log.at(-1)).toMatchObject({ action: 'read', outcome: 'denied', client_id: southClient.id });
    });

    it('answers another organisation’s client with 404, like a missing one, logged without client', async () => {
      const other = await world.as('supporterB');
      const foreign = await other.get(`/api/clients/${northClient.id}`);
      const missing = await other.get(`/api/clients/${UNKNOWN_ID}`);
      expect(foreign.status).toBe(404);
      expect(missing.status).toBe(404);
      expect(foreign.body.message).toBe(missing.body.message);
      const log = await accessLogOf(t.db, world.users.supporterB.id, northClient.id);
      expect(log.at(-1)).toMatchObject({ outcome: 'not_found', client_id: null });
    });

    it('answers a malformed id with 400 naming it', async () => {
      const response = await (await world.as('supporterNorth')).get('/api/clients/not-a-uuid');
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([{ field: 'id', reason: expect.any(String) }]);
    });

    it('shows a client of another team to the supporter who leads one of their cases', async () => {
      const lead = await world.as('teamLeadSouth');
      const south = await buildClient(lead, world.south.id, {
        givenName: 'Karin',
        familyName: 'Bos',
        familyNamePrefix: null,
      });
      await buildCase(lead, south.id, { leadSupporterId: world.users.supporterSouth.id });
      expect((await (await world.as('supporterNorth')).get(`/api/clients/${south.id}`)).status).toBe(403);
      expect((await (await world.as('supporterSouth')).get(`/api/clients/${south.id}`)).status).toBe(200);
    });

    it.each(['volunteerNorth', 'adminA'] as const)('never shows a client record to %s', async (user) => {
      expect((await (await world.as(user)).get(`/api/clients/${northClient.id}`)).status).toBe(403);
    });
  });

  describe('GET /api/clients (search)', () => {
    beforeAll(async () => {
      const supporter = await world.as('supporterNorth');
      for (const [givenName, familyNamePrefix, familyName] of [
        ['Mohammed', null, 'Yilmaz'],
        ['Anna', 'van der', 'Berg'],
        ['Kees', 'de', 'Vries'],
        ['Marieke', null, 'Jansen'],
        ['Anaïs', null, 'Özdemir'],
        ['Zoë', 'van', 'Dijk'],
      ] as const) {
        await buildClient(supporter, world.north.id, { givenName, familyNamePrefix, familyName });
      }
    });

    /** A search as the web app sends it: the text in the search header, paging in the URL. */
    async function search(
      user: Parameters<World['as']>[0],
      text: string | null,
      query = '',
    ): Promise<Page<ClientSummary>> {
      const request = (await world.as(user)).get(`/api/clients?${query}`);
      const response = await (text === null ? request : request.set(SEARCH_HEADER, encodeSearchHeader(text)));
      expect(response.status).toBe(200);
      return response.body as Page<ClientSummary>;
    }

    it('finds a person by a misspelled name, best match first', async () => {
      const page = await search('supporterNorth', 'Mohamed Yilmas');
      expect(page.items[0]?.displayName).toBe('Mohammed Yilmaz');
    });

    it('finds a name with accents whether or not the search text has them', async () => {
      const names = async (q: string) => (await search('supporterNorth', q)).items.map((c) => c.displayName);
      expect((await names('anais ozdemir'))[0]).toBe('Anaïs Özdemir');
      expect((await names('Ozdemr'))[0]).toBe('Anaïs Özdemir');
      expect((await names('zoe van dijk'))[0]).toBe('Zoë van Dijk');
      expect(await names('Zoé')).toContain('Zoë van Dijk');
    });

    it('sorts names without regard to accents, family name first', async () => {
      const sorted = (await search('supporterNorth', null, 'limit=100')).items.map((c) => c.displayName);
      const dijk = sorted.indexOf('Zoë van Dijk');
      const ozdemir = sorted.indexOf('Anaïs Özdemir');
      expect(dijk).toBeGreaterThanOrEqual(0);
      expect(ozdemir).toBeGreaterThan(dijk);
      // "Özdemir" sorts among the O's, before "Vries" and "Yilmaz", not after the Z's.
      expect(ozdemir).toBeLessThan(sorted.indexOf('Kees de Vries'));
      expect(ozdemir).toBeLessThan(sorted.indexOf('Mohammed Yilmaz'));
    });

    it('finds a person by part of a name, including the family name prefix', async () => {
      expect((await search('supporterNorth', 'van der be')).items.map((c) => c.displayName)).toContain(
        'Anna van der Berg',
      );
      const janssen = await search('supporterNorth', 'jansen');
      expect(
        janssen.items
          .map((c) => c.displayName)
          .slice(0, 2)
          .sort(),
      ).toEqual(['Marieke Jansen', 'Pieter Janssen']);
    });

    it('returns only clients of the searcher’s teams', async () => {
      const names = (await search('supporterNorth', null, 'limit=100')).items.map((c) => c.displayName);
      expect(names).not.toContain('Fatima el Amrani');
      expect((await search('supporterB', 'Janssen')).items).toEqual([]);
    });

    it('pages with a cursor, without repeats or gaps', async () => {
      const all = (await search('supporterNorth', null, 'limit=100')).items.map((c) => c.id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<ClientSummary> = await search(
          'supporterNorth',
          null,
          `limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    });

    it('pages a name search by relevance with a cursor, without repeats or gaps', async () => {
      const all = (await search('supporterNorth', 'vries', 'limit=100')).items.map((c) => c.id);
      expect(all.length).toBeGreaterThan(1);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<ClientSummary> = await search(
          'supporterNorth',
          'vries',
          `limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all);
    });

    it('logs one search row per client returned, by id and without the text searched for', async () => {
      const before = (await accessLogOf(t.db, world.users.teamLeadNorth.id)).length;
      const page = await search('teamLeadNorth', 'vries');
      const rows = (await accessLogOf(t.db, world.users.teamLeadNorth.id)).slice(before);
      expect(rows).toHaveLength(page.items.length);
      expect(rows.every((r) => r.action === 'search' && r.detail?.includes('"searched":true'))).toBe(true);
      expect(rows.some((r) => r.detail?.toLowerCase().includes('vries'))).toBe(false);
      expect(rows.map((r) => r.client_id).sort()).toEqual(page.items.map((c) => c.id).sort());
    });

    it('refuses a search text in the URL, and a badly encoded or too long search header, naming them', async () => {
      const supporter = await world.as('supporterNorth');
      const inUrl = await supporter.get('/api/clients?q=jansen');
      expect(inUrl.status).toBe(400);
      expect(inUrl.body.details).toEqual([
        expect.objectContaining({ field: 'q', reason: expect.stringContaining(SEARCH_HEADER) }),
      ]);
      const badEncoding = await supporter.get('/api/clients').set(SEARCH_HEADER, '%E0%A4%A');
      expect(badEncoding.status).toBe(400);
      expect(badEncoding.body.details).toEqual([expect.objectContaining({ field: SEARCH_HEADER })]);
      const tooLong = await supporter.get('/api/clients').set(SEARCH_HEADER, 'a'.repeat(101));
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.details).toEqual([expect.objectContaining({ field: SEARCH_HEADER })]);
    });

    it('answers a malformed cursor or a bad limit with 400 naming it', async () => {
      const supporter = await world.as('supporterNorth');
      const cursor = await supporter.get('/api/clients?cursor=bm90LWEtY3Vyc29y');
      expect(cursor.status).toBe(400);
      expect(cursor.body.details).toEqual([expect.objectContaining({ field: 'cursor' })]);
      const limit = await supporter.get('/api/clients?limit=101');
      expect(limit.status).toBe(400);
      expect(limit.body.details).toEqual([expect.objectContaining({ field: 'limit' })]);
    });

    it('refuses a volunteer and an admin, and answers 401 without a session', async () => {
      expect((await (await world.as('volunteerNorth')).get('/api/clients')).status).toBe(403);
      expect((await (await world.as('adminA')).get('/api/clients')).status).toBe(403);
      expect((await new TestClient(t.http).get('/api/clients')).status).toBe(401);
    });
  });

  describe('PATCH /api/clients/:id', () => {
    it('changes only the fields sent and increments the version', async () => {
      const supporter = await world.as('supporterNorth');
      const client = await buildClient(supporter, world.north.id);
      const response = await supporter.patch(`/api/clients/${client.id}`, {
        version: 1,
        phone: '06 98765432',
        interpreterNeeded: true,
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        phone: '06 98765432',
        interpreterNeeded: true,
        familyName: 'Vries',
        version: 2,
      });
      expect(Date.parse(response.body.updatedAt)).toBeGreaterThan(Date.parse(client.updatedAt));
      const log = await accessLogOf(t.db, world.users.supporterNorth.id, client.id);
      expect(log.at(-1)).toMatchObject({ action: 'update', outcome: 'success' });
    });

    it('answers a stale version with 409 carrying the current client', async () => {
      const supporter = await world.as('supporterNorth');
      const client = await buildClient(supporter, world.north.id);
      expect((await supporter.patch(`/api/clients/${client.id}`, { version: 1, givenName: 'Johan' })).status).toBe(200);
      const stale = await supporter.patch(`/api/clients/${client.id}`, { version: 1, givenName: 'Jannes' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: client.id, givenName: 'Johan', version: 2 });
    });

    it('lets a team lead change a team client, but not a supporter who neither registered it nor leads a case', async () => {
      const client = await buildClient(await world.as('teamLeadNorth'), world.north.id);
      expect(
        (await (await world.as('supporterNorth')).patch(`/api/clients/${client.id}`, { version: 1, phone: null }))
          .status,
      ).toBe(403);
      expect(
        (await (await world.as('teamLeadNorth')).patch(`/api/clients/${client.id}`, { version: 1, phone: null }))
          .status,
      ).toBe(200);
    });

    it('refuses another team (403) and another organisation (404)', async () => {
      expect(
        (await (await world.as('teamLeadNorth')).patch(`/api/clients/${southClient.id}`, { version: 1, phone: null }))
          .status,
      ).toBe(403);
      expect(
        (await (await world.as('teamLeadB')).patch(`/api/clients/${southClient.id}`, { version: 1, phone: null }))
          .status,
      ).toBe(404);
    });

    it('refuses clearing a required field, naming it', async () => {
      const response = await (
        await world.as('supporterNorth')
      ).patch(`/api/clients/${northClient.id}`, { version: 1, familyName: null });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'familyName' })]));
    });

    it('refuses without the CSRF header', async () => {
      expect(
        (await (await world.as('supporterNorth')).patchWithoutCsrf(`/api/clients/${northClient.id}`, { version: 1 }))
          .status,
      ).toBe(403);
    });
  });
});
