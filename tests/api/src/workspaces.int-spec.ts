import type {
  CaseView,
  ClientView,
  MyWorkView,
  TimelineEntry,
  VisitDraftView,
  VisitView,
  VolunteerHours,
  VolunteerWorkView,
} from '@naast/contracts';
import { accessLogOf, buildCase, buildClient, buildVisit, visitRequest } from './fixtures/case-work';
import {
  buildUser,
  startTestApp,
  type BuiltUser,
  type TestApp,
  type World,
  type WorldUser,
  buildWorld,
} from './support';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();
const fieldsOf = (body: { details?: { field: string }[] }) =>
  [...new Set((body.details ?? []).map((d) => d.field))].sort();

describe('Workspaces: drafts, acknowledgements, the timeline, reassignment and settings', () => {
  let t: TestApp;
  let world: World;
  let client: ClientView;
  /** Led by supporterNorth, volunteerNorth linked. */
  let supportCase: CaseView;
  /** A second supporter of team North, to hand cases to. */
  let colleague: BuiltUser;

  const as = (user: WorldUser) => world.as(user);

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    colleague = await buildUser(t.db, {
      organisationId: world.orgA.id,
      role: 'supporter',
      teamIds: [world.north.id],
      displayName: 'Collega Noord',
    });
    client = await buildClient(await as('supporterNorth'), world.north.id, {
      givenName: 'Aaltje',
      familyNamePrefix: null,
      familyName: 'Bos',
      phone: '06 1234 5678',
    });
    supportCase = await buildCase(await as('supporterNorth'), client.id, {
      volunteerIds: [world.users.volunteerNorth.id],
      domains: ['zorg', 'wonen'],
    });
  });
  afterAll(() => t.close());

  describe('visit drafts, submitted and acknowledged', () => {
    let draft: VisitDraftView;
    let visit: VisitView;

    it('keeps a draft with any subset of fields, for its author only', async () => {
      const volunteer = await as('volunteerNorth');
      const created = await volunteer.post(`/api/cases/${supportCase.id}/visit-drafts`, { summary: 'Half af' });
      expect(created.status).toBe(201);
      draft = created.body as VisitDraftView;
      expect(draft).toMatchObject({
        caseId: supportCase.id,
        client: { id: client.id, displayName: 'Aaltje Bos' },
        fields: { summary: 'Half af' },
        version: 1,
      });
      expect(((await volunteer.get('/api/visit-drafts/mine')).body as VisitDraftView[]).map((d) => d.id)).toEqual([
        draft.id,
      ]);
      for (const user of ['supporterNorth', 'teamLeadNorth'] as const) {
        expect((await (await as(user)).get(`/api/visit-drafts/${draft.id}`)).status).toBe(404);
        expect(((await (await as(user)).get('/api/visit-drafts/mine')).body as VisitDraftView[]).length).toBe(0);
      }
      expect((await (await as('adminA')).get(`/api/visit-drafts/${draft.id}`)).status).toBe(403);
      expect(
        (await (await as('volunteerSouth')).post(`/api/cases/${supportCase.id}/visit-drafts`, { summary: 'x' })).status,
      ).toBe(403);
      expect(
        (await volunteer.post(`/api/cases/${supportCase.id}/visit-drafts`, { minutes: 'lang', mode: 'brief' })).body,
      ).toMatchObject({ details: expect.arrayContaining([expect.objectContaining({ field: 'minutes' })]) });
    });

    it('saves on the current version and answers 409 with the draft on a stale one', async () => {
      const volunteer = await as('volunteerNorth');
      const saved = await volunteer.put(`/api/visit-drafts/${draft.id}`, {
        version: 1,
        summary: 'Bij mevrouw Bos op bezoek geweest.',
        minutes: 30,
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({
        version: 2,
        fields: { summary: 'Bij mevrouw Bos op bezoek geweest.', minutes: 30 },
      });
      const stale = await volunteer.put(`/api/visit-drafts/${draft.id}`, { version: 1, summary: 'Oud' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: draft.id, version: 2 });
      draft = saved.body as VisitDraftView;
    });

    it('names every missing field on submit and keeps the draft', async () => {
      const volunteer = await as('volunteerNorth');
      const incomplete = await volunteer.post(`/api/visit-drafts/${draft.id}/submit`, { version: 2 });
      expect(incomplete.status).toBe(400);
      expect(fieldsOf(incomplete.body)).toEqual(['domains', 'mode', 'occurredAt']);
      expect((await volunteer.get(`/api/visit-drafts/${draft.id}`)).status).toBe(200);
      const future = await volunteer.put(`/api/visit-drafts/${draft.id}`, {
        version: 2,
        ...visitRequest({ occurredAt: new Date(Date.now() + 86_400_000).toISOString(), domains: ['wonen'] }),
      });
      const refused = await volunteer.post(`/api/visit-drafts/${draft.id}/submit`, { version: 3 });
      expect(future.status).toBe(200);
      expect(refused.status).toBe(400);
      expect(fieldsOf(refused.body)).toEqual(['occurredAt']);
      expect((await volunteer.get(`/api/visit-drafts/${draft.id}`)).body).toMatchObject({ version: 3 });
      expect((await volunteer.post(`/api/visit-drafts/${draft.id}/submit`, { version: 2 })).status).toBe(409);
    });

    it('turns the draft into a visit and removes the draft in one step', async () => {
      const volunteer = await as('volunteerNorth');
      await volunteer.put(`/api/visit-drafts/${draft.id}`, {
        version: 3,
        ...visitRequest({ occurredAt: hoursAgo(2), domains: ['wonen'], summary: 'Samen de huurtoeslag aangevraagd.' }),
      });
      const submitted = await volunteer.post(`/api/visit-drafts/${draft.id}/submit`, { version: 4 });
      expect(submitted.status).toBe(201);
      visit = submitted.body as VisitView;
      expect(visit).toMatchObject({
        caseId: supportCase.id,
        author: { id: world.users.volunteerNorth.id, role: 'volunteer' },
        summary: 'Samen de huurtoeslag aangevraagd.',
        acknowledgement: null,
        permissions: { amend: true, acknowledge: false },
      });
      expect((await volunteer.get(`/api/visit-drafts/${draft.id}`)).status).toBe(404);
      const log = await accessLogOf(t.db, world.users.volunteerNorth.id, draft.id);
      expect(log.map((r) => `${r.entity}:${r.action}:${r.outcome}`)).toEqual(
        expect.arrayContaining([
          'visit_draft:create:success',
          'visit_draft:read:success',
          'visit_draft:update:success',
        ]),
      );
      expect(
        log.every((r) => r.client_id === client.id || r.detail?.startsWith('submitted') || r.outcome === 'not_found'),
      ).toBe(true);
      expect(await accessLogOf(t.db, world.users.volunteerNorth.id, visit.id)).toEqual([
        expect.objectContaining({ entity: 'visit', action: 'create', client_id: client.id }),
      ]);
    });

    it('shows the report to the lead supporter as new, and lets them acknowledge it once', async () => {
      const supporter = await as('supporterNorth');
      const before = (await supporter.get('/api/workspace/my-work')).body as MyWorkView;
      expect(before.newReports.items.map((r) => r.visitId)).toContain(visit.id);
      expect((await supporter.get(`/api/visits/${visit.id}`)).body).toMatchObject({
        permissions: { acknowledge: true },
      });

      expect((await (await as('supporterSouth')).post(`/api/visits/${visit.id}/acknowledgement`, {})).status).toBe(403);
      expect((await (await as('volunteerNorth')).post(`/api/visits/${visit.id}/acknowledgement`, {})).status).toBe(403);
      expect((await (await as('supporterB')).post(`/api/visits/${visit.id}/acknowledgement`, {})).status).toBe(404);
      expect(
        (await supporter.post(`/api/visits/${visit.id}/acknowledgement`, { comment: 'x'.repeat(2001) })).body,
      ).toMatchObject({ details: [expect.objectContaining({ field: 'comment' })] });

      const acknowledged = await supporter.post(`/api/visits/${visit.id}/acknowledgement`, {
        comment: 'Dank je, goed gedaan!',
      });
      expect(acknowledged.status).toBe(201);
      expect(acknowledged.body).toMatchObject({
        acknowledgement: { by: { id: world.users.supporterNorth.id }, comment: 'Dank je, goed gedaan!' },
        permissions: { acknowledge: false },
      });
      const again = await (await as('teamLeadNorth')).post(`/api/visits/${visit.id}/acknowledgement`, {});
      expect(again.status).toBe(409);
      expect(again.body.current).toMatchObject({ id: visit.id, acknowledgement: { comment: 'Dank je, goed gedaan!' } });

      const after = (await supporter.get('/api/workspace/my-work')).body as MyWorkView;
      expect(after.newReports.items.map((r) => r.visitId)).not.toContain(visit.id);
      expect(after.newReports.total).toBe(before.newReports.total - 1);
    });

    it('lets the volunteer see the acknowledgement on the visit and on their page', async () => {
      const volunteer = await as('volunteerNorth');
      expect((await volunteer.get(`/api/visits/${visit.id}`)).body).toMatchObject({
        acknowledgement: { comment: 'Dank je, goed gedaan!', by: { id: world.users.supporterNorth.id } },
      });
      const page = (await volunteer.get('/api/workspace/my-visits')).body as VolunteerWorkView;
      expect(page.acknowledgements.items[0]).toMatchObject({
        visitId: visit.id,
        caseId: supportCase.id,
        client: { displayName: 'Aaltje Bos' },
        acknowledgement: { comment: 'Dank je, goed gedaan!' },
      });
    });

    it('refuses acknowledging a professional’s own visit, and lets a team lead acknowledge a volunteer report', async () => {
      const own = await buildVisit(await as('supporterNorth'), supportCase.id, { occurredAt: hoursAgo(1) });
      expect(own.permissions.acknowledge).toBe(false);
      expect((await (await as('supporterNorth')).post(`/api/visits/${own.id}/acknowledgement`, {})).status).toBe(403);
      const report = await buildVisit(await as('volunteerNorth'), supportCase.id, { occurredAt: hoursAgo(1) });
      const byLead = await (await as('teamLeadNorth')).post(`/api/visits/${report.id}/acknowledgement`, {});
      expect(byLead.status).toBe(201);
      expect(byLead.body).toMatchObject({
        acknowledgement: { by: { id: world.users.teamLeadNorth.id }, comment: null },
      });
    });
  });

  describe('the volunteer’s page and hours', () => {
    it('shows linked cases with only what a visit needs', async () => {
      const page = (await (await as('volunteerNorth')).get('/api/workspace/my-visits')).body as VolunteerWorkView;
      const card = page.cases.find((c) => c.caseId === supportCase.id);
      expect(card).toMatchObject({
        client: { id: client.id, displayName: 'Aaltje Bos', phone: '06 1234 5678', city: 'Utrecht' },
        leadSupporter: { id: world.users.supporterNorth.id },
        lastAgreed: { nextSteps: 'Formulier samen invullen.' },
        myOpenActions: [],
      });
      expect(Object.keys(card?.client ?? {}).sort()).toEqual(['city', 'displayName', 'id', 'phone']);
      expect(JSON.stringify(page)).not.toContain('1951-06-12');
      expect((await (await as('volunteerSouth')).get('/api/workspace/my-visits')).body).toMatchObject({ cases: [] });
      expect((await (await as('supporterNorth')).get('/api/workspace/my-visits')).status).toBe(403);
    });

    it('counts my minutes and visits of a month, and names a malformed month', async () => {
      const volunteer = await as('volunteerNorth');
      const month = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date()).slice(0, 7);
      const expected = (await t.db.query(
        `SELECT COALESCE(sum(minutes), 0)::int AS minutes, count(*)::int AS visits FROM visits
          WHERE author_id = $1 AND to_char(occurred_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') = $2`,
        [world.users.volunteerNorth.id, month],
      )) as { minutes: number; visits: number }[];
      const hours = (await volunteer.get(`/api/workspace/my-hours?month=${month}`)).body as VolunteerHours;
      expect(hours).toEqual({ month, minutes: expected[0]?.minutes, visits: expected[0]?.visits });
      expect(hours.visits).toBeGreaterThanOrEqual(2);
      expect((await volunteer.get('/api/workspace/my-hours?month=2020-01')).body).toEqual({
        month: '2020-01',
        minutes: 0,
        visits: 0,
      });
      const bad = await volunteer.get('/api/workspace/my-hours?month=2026-13');
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad.body)).toEqual(['month']);
    });
  });

  describe('the case timeline and reassignment', () => {
    let timelineCase: CaseView;

    beforeAll(async () => {
      const supporter = await as('supporterNorth');
      timelineCase = await buildCase(supporter, client.id, { volunteerIds: [world.users.volunteerNorth.id] });
      await buildVisit(supporter, timelineCase.id, { occurredAt: hoursAgo(30), domains: ['zorg'] });
      const report = await buildVisit(await as('volunteerNorth'), timelineCase.id, {
        occurredAt: hoursAgo(20),
        domains: ['wonen'],
      });
      await supporter.post(`/api/visits/${report.id}/amendments`, {
        version: 1,
        reason: 'Duur verbeterd',
        minutes: 50,
      });
      await supporter.post(`/api/visits/${report.id}/acknowledgement`, { comment: 'Gelezen' });
    });

    it('reassigns a case of the team lead’s team and records who did it', async () => {
      const lead = await as('teamLeadNorth');
      const current = (await lead.get(`/api/cases/${timelineCase.id}`)).body as CaseView;
      const outsider = await lead.post(`/api/cases/${timelineCase.id}/reassign`, {
        version: current.version,
        leadSupporterId: world.users.supporterSouth.id,
      });
      expect(outsider.status).toBe(400);
      expect(fieldsOf(outsider.body)).toEqual(['leadSupporterId']);
      expect(
        (
          await (
            await as('supporterNorth')
          ).post(`/api/cases/${timelineCase.id}/reassign`, {
            version: current.version,
            leadSupporterId: colleague.id,
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await (
            await as('teamLeadSouth')
          ).post(`/api/cases/${timelineCase.id}/reassign`, {
            version: current.version,
            leadSupporterId: colleague.id,
          })
        ).status,
      ).toBe(403);
      const moved = await lead.post(`/api/cases/${timelineCase.id}/reassign`, {
        version: current.version,
        leadSupporterId: colleague.id,
        reason: 'Verlof',
      });
      expect(moved.status).toBe(201);
      expect(moved.body).toMatchObject({ leadSupporter: { id: colleague.id }, version: current.version + 1 });
      const stale = await lead.post(`/api/cases/${timelineCase.id}/reassign`, {
        version: current.version,
        leadSupporterId: world.users.supporterNorth.id,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ leadSupporter: { id: colleague.id } });
      // The PATCH of a case records a change of lead too.
      const back = await lead.patch(`/api/cases/${timelineCase.id}`, {
        version: current.version + 1,
        leadSupporterId: world.users.supporterNorth.id,
      });
      expect(back.status).toBe(200);
    });

    it('lists everything newest first, and filters by kind and domain', async () => {
      const response = await (await as('supporterNorth')).get(`/api/cases/${timelineCase.id}/timeline`);
      expect(response.status).toBe(200);
      const entries = response.body as TimelineEntry[];
      const ats = entries.map((e) => e.at);
      expect(ats).toEqual([...ats].sort().reverse());
      expect(entries.map((e) => e.kind).sort()).toEqual(
        [
          'acknowledgement',
          'reassignment',
          'reassignment',
          'status_change',
          'visit',
          'visit',
          'visit_amendment',
        ].sort(),
      );
      const [latest, previous] = entries.filter((e) => e.kind === 'reassignment');
      expect(latest).toMatchObject({
        from: { id: colleague.id },
        to: { id: world.users.supporterNorth.id },
        actor: { id: world.users.teamLeadNorth.id },
        reason: null,
      });
      expect(previous).toMatchObject({
        from: { id: world.users.supporterNorth.id },
        to: { id: colleague.id },
        actor: { id: world.users.teamLeadNorth.id },
        reason: 'Verlof',
      });
      expect(entries.find((e) => e.kind === 'visit_amendment')).toMatchObject({
        changedFields: ['minutes'],
        domains: ['wonen'],
      });

      const wonen = (await (await as('supporterNorth')).get(`/api/cases/${timelineCase.id}/timeline?domain=wonen`))
        .body as TimelineEntry[];
      expect(wonen.map((e) => e.kind).sort()).toEqual(['acknowledgement', 'visit', 'visit_amendment']);
      const kinds = (
        await (await as('supporterNorth')).get(`/api/cases/${timelineCase.id}/timeline?kind=visit,status_change`)
      ).body as TimelineEntry[];
      expect(kinds.map((e) => e.kind).sort()).toEqual(['status_change', 'visit', 'visit']);
      const bad = await (await as('supporterNorth')).get(`/api/cases/${timelineCase.id}/timeline?kind=gossip`);
      expect(fieldsOf(bad.body)).toEqual(['kind']);
    });

    it('shows a linked volunteer only visits, acknowledgements and status changes; others are refused', async () => {
      const entries = (await (await as('volunteerNorth')).get(`/api/cases/${timelineCase.id}/timeline`))
        .body as TimelineEntry[];
      expect([...new Set(entries.map((e) => e.kind))].sort()).toEqual(['acknowledgement', 'status_change', 'visit']);
      expect((await (await as('volunteerSouth')).get(`/api/cases/${timelineCase.id}/timeline`)).status).toBe(403);
      expect((await (await as('supporterB')).get(`/api/cases/${timelineCase.id}/timeline`)).status).toBe(404);
      const log = await accessLogOf(t.db, world.users.volunteerNorth.id, timelineCase.id);
      expect(log.at(-1)).toMatchObject({ action: 'read', detail: 'timeline', client_id: client.id });
    });
  });

  describe('organisation settings', () => {
    it('lets an administrator set the days without contact, between 1 and 365', async () => {
      const admin = await as('adminA');
      expect((await admin.get('/api/admin/organisation')).body).toMatchObject({ noContactDays: 30 });
      for (const noContactDays of [0, 366, 'veel']) {
        const bad = await admin.patch('/api/admin/organisation', { noContactDays });
        expect(bad.status).toBe(400);
        expect(fieldsOf(bad.body)).toEqual(['noContactDays']);
      }
      expect((await admin.patch('/api/admin/organisation', { noContactDays: 45 })).body).toMatchObject({
        noContactDays: 45,
      });
      expect(
        ((await (await as('supporterNorth')).get('/api/workspace/my-work')).body as MyWorkView).noContactDays,
      ).toBe(45);
      expect((await (await as('adminB')).get('/api/admin/organisation')).body).toMatchObject({ noContactDays: 30 });
      expect((await (await as('teamLeadNorth')).patch('/api/admin/organisation', { noContactDays: 10 })).status).toBe(
        403,
      );
      await admin.patch('/api/admin/organisation', { noContactDays: 30 });
    });
  });
});
