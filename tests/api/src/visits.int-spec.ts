import type { CaseView, ClientView, Page, VisitView } from '@naast/contracts';
import { accessLogOf, buildCase, buildClient, buildVisit, visitRequest } from './fixtures/case-work';
import { buildWorld, startTestApp, type TestApp, TestClient, type World, type WorldUser } from './support';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();

describe('Visits: recording, reading and amending contact moments', () => {
  let t: TestApp;
  let world: World;
  let client: ClientView;
  /** Led by supporterNorth, volunteerNorth linked. */
  let supportCase: CaseView;

  const as = (user: WorldUser) => world.as(user);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    client = await buildClient(await as('supporterNorth'), world.north.id, {
      givenName: 'Gerrit',
      familyNamePrefix: 'van',
      familyName: 'Dam',
    });
    supportCase = await buildCase(await as('supporterNorth'), client.id, {
      volunteerIds: [world.users.volunteerNorth.id],
    });
  });
  afterAll(() => t.close());

  describe('POST /api/cases/:caseId/visits', () => {
    it('records a visit by the lead supporter, sets the first contact date and logs the creation', async () => {
      const supporter = await as('supporterNorth');
      const fresh = await buildCase(supporter, client.id);
      expect(fresh.firstContactOn).toBeNull();
      const response = await supporter.post(
        `/api/cases/${fresh.id}/visits`,
        visitRequest({ domains: ['wonen', 'zorg'] }),
      );
      expect(response.status).toBe(201);
      const visit = response.body as VisitView;
      expect(visit).toMatchObject({
        caseId: fresh.id,
        author: { id: world.users.supporterNorth.id },
        domains: ['zorg', 'wonen'],
        amendments: [],
        version: 1,
      });
      const after = (await supporter.get(`/api/cases/${fresh.id}`)).body as CaseView;
      expect(after.firstContactOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await accessLogOf(t.db, world.users.supporterNorth.id, visit.id)).toEqual([
        expect.objectContaining({ entity: 'visit', action: 'create', client_id: client.id }),
      ]);
    });

    it('lets a linked volunteer and a team lead record a visit, with no domains touched', async () => {
      for (const user of ['volunteerNorth', 'teamLeadNorth'] as const) {
        const response = await (
          await as(user)
        ).post(`/api/cases/${supportCase.id}/visits`, visitRequest({ domains: [], nextSteps: null }));
        expect(response.status).toBe(201);
        expect(response.body).toMatchObject({ author: { id: world.users[user].id }, domains: [], nextSteps: null });
      }
    });

    it('refuses an unlinked volunteer, another team, an admin (403) and another organisation (404)', async () => {
      for (const user of ['volunteerSouth', 'supporterSouth', 'teamLeadSouth', 'adminA'] as const) {
        expect({
          user,
          status: (await (await as(user)).post(`/api/cases/${supportCase.id}/visits`, visitRequest())).status,
        }).toEqual({ user, status: 403 });
      }
      expect((await (await as('supporterB')).post(`/api/cases/${supportCase.id}/visits`, visitRequest())).status).toBe(
        404,
      );
      expect((await (await as('supporterB')).post(`/api/cases/${UNKNOWN_ID}/visits`, visitRequest())).status).toBe(404);
    });

    it('names a visit in the future, too long, without summary, or of an unknown mode', async () => {
      const supporter = await as('supporterNorth');
      const future = await supporter.post(
        `/api/cases/${supportCase.id}/visits`,
        visitRequest({ occurredAt: new Date(Date.now() + 3600_000).toISOString() }),
      );
      expect(future.status).toBe(400);
      expect(future.body.details).toEqual([expect.objectContaining({ field: 'occurredAt' })]);
      const longAgo = await supporter.post(
        `/api/cases/${supportCase.id}/visits`,
        visitRequest({ occurredAt: '2001-01-01T10:00:00Z' }),
      );
      expect(longAgo.body.details).toEqual([expect.objectContaining({ field: 'occurredAt' })]);
      const bad = await supporter.post(`/api/cases/${supportCase.id}/visits`, {
        ...visitRequest(),
        minutes: 0,
        summary: '',
        mode: 'email',
        occurredAt: '2026-11-28 10:00',
      });
      expect(bad.status).toBe(400);
      expect((bad.body.details as { field: string }[]).map((d) => d.field)).toEqual(
        expect.arrayContaining(['minutes', 'summary', 'mode', 'occurredAt']),
      );
      expect((await supporter.post('/api/cases/xyz/visits', visitRequest())).body.details).toEqual([
        expect.objectContaining({ field: 'caseId' }),
      ]);
    });

    it('takes no new visit on a closed case', async () => {
      const supporter = await as('supporterNorth');
      const closed = await buildCase(supporter, client.id);
      await supporter.post(`/api/cases/${closed.id}/status`, {
        version: 1,
        status: 'afgesloten',
        reason: 'Dubbel aangemaakt',
      });
      expect((await supporter.post(`/api/cases/${closed.id}/visits`, visitRequest())).status).toBe(409);
    });

    it('refuses without the CSRF header (403) and without a session (401)', async () => {
      expect(
        (await (await as('supporterNorth')).postWithoutCsrf(`/api/cases/${supportCase.id}/visits`, visitRequest()))
          .status,
      ).toBe(403);
      expect((await (await world.anonymous()).post(`/api/cases/${supportCase.id}/visits`, visitRequest())).status).toBe(
        401,
      );
    });
  });

  describe('GET /api/cases/:caseId/visits and GET /api/visits/:id', () => {
    let listed: CaseView;
    let visits: VisitView[];
    let oldest: VisitView;

    beforeAll(async () => {
      const supporter = await as('supporterNorth');
      listed = await buildCase(supporter, client.id, { volunteerIds: [world.users.volunteerNorth.id] });
      oldest = await buildVisit(supporter, listed.id, { occurredAt: hoursAgo(5) });
      visits = [oldest];
      for (const hours of [4, 3, 2, 1])
        visits.push(await buildVisit(supporter, listed.id, { occurredAt: hoursAgo(hours) }));
    });

    it('lists a case’s visits newest first, page by page, and logs each one returned', async () => {
      const volunteer = await as('volunteerNorth');
      const before = (await accessLogOf(t.db, world.users.volunteerNorth.id)).length;
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const response = await volunteer.get(
          `/api/cases/${listed.id}/visits?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(response.status).toBe(200);
        const page = response.body as Page<VisitView>;
        seen.push(...page.items.map((v) => v.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(visits.map((v) => v.id).reverse());
      const rows = (await accessLogOf(t.db, world.users.volunteerNorth.id)).slice(before);
      expect(rows.map((r) => r.entity_id)).toEqual(seen);
      expect(rows.every((r) => r.action === 'search' && r.entity === 'visit' && r.client_id === client.id)).toBe(true);
    });

    it('shows one visit to whoever reads the case, and logs the read', async () => {
      const response = await (await as('teamLeadNorth')).get(`/api/visits/${oldest.id}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: oldest.id, caseId: listed.id, summary: oldest.summary });
      expect((await accessLogOf(t.db, world.users.teamLeadNorth.id, oldest.id)).at(-1)).toMatchObject({
        action: 'read',
        entity: 'visit',
      });
    });

    it('refuses another team (403), another organisation (404) and a malformed id (400)', async () => {
      expect((await (await as('supporterSouth')).get(`/api/visits/${oldest.id}`)).status).toBe(403);
      expect((await (await as('supporterSouth')).get(`/api/cases/${listed.id}/visits`)).status).toBe(403);
      expect((await (await as('volunteerSouth')).get(`/api/visits/${oldest.id}`)).status).toBe(403);
      expect((await (await as('supporterB')).get(`/api/visits/${oldest.id}`)).status).toBe(404);
      expect((await (await as('supporterB')).get(`/api/cases/${listed.id}/visits`)).status).toBe(404);
      const log = await accessLogOf(t.db, world.users.supporterB.id, oldest.id);
      expect(log.at(-1)).toMatchObject({ outcome: 'not_found', client_id: null });
      const malformed = await (await as('supporterNorth')).get('/api/visits/1');
      expect(malformed.status).toBe(400);
      expect(malformed.body.details).toEqual([{ field: 'id', reason: expect.any(String) }]);
    });

    it('refuses an admin (403), no session (401) and a bad cursor (400)', async () => {
      expect((await (await as('adminA')).get(`/api/visits/${oldest.id}`)).status).toBe(403);
      expect((await new TestClient(t.http).get(`/api/visits/${oldest.id}`)).status).toBe(401);
      const bad = await (await as('supporterNorth')).get(`/api/cases/${listed.id}/visits?cursor=abc`);
      expect(bad.body.details).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });
  });

  describe('POST /api/visits/:id/amendments', () => {
    it('keeps every correction with the earlier and new values, in order', async () => {
      const volunteer = await as('volunteerNorth');
      const visit = await buildVisit(volunteer, supportCase.id, { minutes: 30, summary: 'Eerste verslag.' });
      const first = await volunteer.post(`/api/visits/${visit.id}/amendments`, {
        version: 1,
        minutes: 60,
        mode: visit.mode,
        reason: 'Duur verkeerd ingevuld',
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ minutes: 60, version: 2 });
      const second = await (
        await as('supporterNorth')
      ).post(`/api/visits/${visit.id}/amendments`, {
        version: 2,
        summary: 'Aangevuld verslag.',
        domains: ['wonen'],
        reason: 'Verslag aangevuld na overleg',
      });
      expect(second.status).toBe(201);
      const amended = second.body as VisitView;
      expect(amended).toMatchObject({
        minutes: 60,
        summary: 'Aangevuld verslag.',
        domains: ['wonen'],
        version: 3,
        author: { id: world.users.volunteerNorth.id },
      });
      expect(
        amended.amendments.map((a) => ({
          reason: a.reason,
          previous: a.previous,
          changed: a.changed,
          by: a.amendedBy.id,
        })),
      ).toEqual([
        {
          reason: 'Duur verkeerd ingevuld',
          previous: { minutes: 30 },
          changed: { minutes: 60 },
          by: world.users.volunteerNorth.id,
        },
        {
          reason: 'Verslag aangevuld na overleg',
          previous: { summary: 'Eerste verslag.', domains: ['zorg'] },
          changed: { summary: 'Aangevuld verslag.', domains: ['wonen'] },
          by: world.users.supporterNorth.id,
        },
      ]);
      expect((await accessLogOf(t.db, world.users.supporterNorth.id, visit.id)).at(-1)).toMatchObject({
        action: 'update',
        entity: 'visit',
      });
    });

    it('answers a stale version with 409 carrying the current visit', async () => {
      const supporter = await as('supporterNorth');
      const visit = await buildVisit(supporter, supportCase.id);
      expect(
        (
          await supporter.post(`/api/visits/${visit.id}/amendments`, {
            version: 1,
            minutes: 50,
            reason: 'Duur aangepast',
          })
        ).status,
      ).toBe(201);
      const stale = await supporter.post(`/api/visits/${visit.id}/amendments`, {
        version: 1,
        minutes: 55,
        reason: 'Nog eens aangepast',
      });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({
        id: visit.id,
        minutes: 50,
        version: 2,
        amendments: [expect.objectContaining({ reason: 'Duur aangepast' })],
      });
    });

    it('needs a reason and a real change', async () => {
      const supporter = await as('supporterNorth');
      const visit = await buildVisit(supporter, supportCase.id);
      const noReason = await supporter.post(`/api/visits/${visit.id}/amendments`, { version: 1, minutes: 20 });
      expect(noReason.status).toBe(400);
      expect(noReason.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reason' })]));
      const noChange = await supporter.post(`/api/visits/${visit.id}/amendments`, {
        version: 1,
        minutes: visit.minutes,
        reason: 'Niets veranderd',
      });
      expect(noChange.status).toBe(400);
      const future = await supporter.post(`/api/visits/${visit.id}/amendments`, {
        version: 1,
        occurredAt: new Date(Date.now() + 7200_000).toISOString(),
        reason: 'Tijd',
      });
      expect(future.body.details).toEqual([expect.objectContaining({ field: 'occurredAt' })]);
    });

    it('lets only the author, the lead supporter or a team lead of the team amend', async () => {
      const visit = await buildVisit(await as('teamLeadNorth'), supportCase.id);
      const body = { version: 1, minutes: 10, reason: 'Correctie duur' };
      expect((await (await as('volunteerNorth')).post(`/api/visits/${visit.id}/amendments`, body)).status).toBe(403);
      expect((await (await as('supporterSouth')).post(`/api/visits/${visit.id}/amendments`, body)).status).toBe(403);
      expect((await (await as('teamLeadB')).post(`/api/visits/${visit.id}/amendments`, body)).status).toBe(404);
      expect((await (await as('adminA')).post(`/api/visits/${visit.id}/amendments`, body)).status).toBe(403);
      expect(
        (await (await as('supporterNorth')).postWithoutCsrf(`/api/visits/${visit.id}/amendments`, body)).status,
      ).toBe(403);
      expect((await (await as('supporterNorth')).post(`/api/visits/${visit.id}/amendments`, body)).status).toBe(201);
    });
  });
});
