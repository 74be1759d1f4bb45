import {
  computeProcedureSteps,
  type CaseProceduresView,
  type CaseView,
  type ClientView,
  type ProcedureDeadlinesView,
  type ProcedureView,
  type UpcomingDateItem,
} from '@naast/contracts';
import { accessLogOf, buildCase, buildClient } from './fixtures/case-work';
import { buildProcedure, nlDaysFromToday, procedureRequest, todayInNetherlands } from './fixtures/procedure-work';
import {
  buildUser,
  buildWorld,
  startTestApp,
  TEST_PASSWORD,
  TestClient,
  type TestApp,
  type World,
  type WorldUser,
} from './support';

describe('Procedures and deadlines', () => {
  let t: TestApp;
  let world: World;
  let client: ClientView;
  /** Led by supporterNorth in team North. */
  let supportCase: CaseView;

  const as = (user: WorldUser) => world.as(user);
  const url = (caseId = supportCase.id) => `/api/cases/${caseId}/procedures`;
  const stepOf = (procedure: ProcedureView, step: string) => {
    const state = procedure.steps.find((s) => s.step === step);
    if (!state) throw new Error(`no step ${step}`);
    return state;
  };
  const freshCase = async () =>
    buildCase(await as('supporterNorth'), client.id, { volunteerIds: [world.users.volunteerNorth.id] });

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    client = await buildClient(await as('supporterNorth'), world.north.id, {
      givenName: 'Fatima',
      familyNamePrefix: null,
      familyName: 'El Amrani',
    });
    supportCase = await freshCase();
  });
  afterAll(() => t.close());

  describe('recording a procedure', () => {
    it('adds a Wmo procedure with its melding, computes the deadlines and logs the change', async () => {
      const response = await (
        await as('supporterNorth')
      ).post(url(), {
        kind: 'wmo',
        office: '  Gemeente Utrecht, Wmo-loket ',
        dates: { melding: '2026-10-25' },
      });
      expect(response.status).toBe(201);
      const procedure = response.body as ProcedureView;
      expect(procedure).toMatchObject({
        caseId: supportCase.id,
        kind: 'wmo',
        office: 'Gemeente Utrecht, Wmo-loket',
        advisoryCommittee: false,
        dates: { melding: '2026-10-25' },
        outcome: 'lopend',
        outcomeOn: null,
        editable: true,
        version: 1,
      });
      // Persoonlijk plan: 7 days after Sunday 25 October is Sunday 1 November, so Monday 2 November.
      expect(stepOf(procedure, 'persoonlijk_plan').deadline).toMatchObject({
        countedEnd: '2026-11-01',
        dueOn: '2026-11-02',
        movedBecause: 'zondag',
        by: 'client',
      });
      // Onderzoek: 6 weeks later is Sunday 6 December, so Monday 7 December.
      expect(stepOf(procedure, 'onderzoek').deadline).toMatchObject({
        countedEnd: '2026-12-06',
        dueOn: '2026-12-07',
        movedBecause: 'zondag',
        by: 'office',
        source: 'art. 2.3.2 lid 1 Wmo 2015',
      });
      expect(stepOf(procedure, 'besluit').deadline).toMatchObject({ dueOn: null, status: 'pending' });

      const log = await accessLogOf(t.db, world.users.supporterNorth.id, procedure.id);
      expect(log).toEqual([
        expect.objectContaining({
          action: 'create',
          entity: 'case_procedure',
          client_id: client.id,
          outcome: 'success',
        }),
      ]);
    });

    it('computes deadlines across month ends, the year end and Christmas', async () => {
      const supporter = await as('supporterNorth');
      // Aanvraag Saturday 31 January 2026: two weeks end on Saturday 14 February, so Monday 16 February.
      const january = await buildProcedure(supporter, supportCase.id, {
        dates: { melding: '2026-01-20', aanvraag: '2026-01-31' },
      });
      expect(stepOf(january, 'besluit').deadline).toMatchObject({ countedEnd: '2026-02-14', dueOn: '2026-02-16' });

      // Beschikking Friday 14 November 2025: six weeks end on Friday 26 December (Tweede Kerstdag),
      // then the weekend: Monday 29 December.
      const december = await buildProcedure(supporter, supportCase.id, {
        dates: { aanvraag: '2025-11-01', besluit: '2025-11-14' },
        outcome: 'afgewezen',
        outcomeOn: '2025-11-14',
      });
      expect(stepOf(december, 'bezwaar').deadline).toMatchObject({
        countedEnd: '2025-12-26',
        dueOn: '2025-12-29',
        movedBecause: 'tweede_kerstdag',
        status: 'passed',
      });

      // A decision on an objection: 6 weeks after the objection term, 12 with an advisory committee,
      // over the year end (term ends Friday 13 November 2026; +12 weeks is Friday 5 February 2027).
      const objection = await buildProcedure(supporter, supportCase.id, {
        kind: 'bezwaar',
        office: 'Gemeente Utrecht, commissie bezwaarschriften',
        advisoryCommittee: true,
        dates: { besluit: '2026-10-02', bezwaar: '2026-10-20' },
      });
      expect(stepOf(objection, 'beslissing_op_bezwaar').deadline).toMatchObject({ dueOn: '2027-02-05', days: 84 });
    });

    it('marks the onderzoek of a melding five weeks ago as due soon, and one long ago as passed', async () => {
      const supporter = await as('supporterNorth');
      // 38 days ago: 4 days left, at most 7 once a weekend or holiday moved the last day.
      const recent = await buildProcedure(supporter, supportCase.id, { dates: { melding: nlDaysFromToday(-38) } });
      const expected = computeProcedureSteps(
        { kind: 'wmo', dates: { melding: nlDaysFromToday(-38) }, outcome: 'lopend', advisoryCommittee: false },
        todayInNetherlands(),
      ).find((s) => s.step === 'onderzoek');
      expect(stepOf(recent, 'onderzoek')).toEqual(expected);
      expect(stepOf(recent, 'onderzoek').deadline?.status).toBe('due_soon');

      const old = await buildProcedure(supporter, supportCase.id, { dates: { melding: nlDaysFromToday(-60) } });
      expect(stepOf(old, 'onderzoek').deadline).toMatchObject({ status: 'passed' });
      expect(stepOf(old, 'onderzoek').deadline?.daysLeft).toBeLessThan(0);
    });

    it.each([
      [
        'a beschikking before the aanvraag',
        { dates: { aanvraag: '2026-11-10', besluit: '2026-11-01' } },
        'dates.besluit',
      ],
      [
        'a step the Wlz does not have',
        { kind: 'wlz', office: 'CIZ', dates: { melding: '2026-11-01' } },
        'dates.melding',
      ],
      ['a date in the future', { dates: { melding: '2099-01-01' } }, 'dates.melding'],
      ['a date that is no calendar day', { dates: { melding: '2026-02-30' } }, 'dates.melding'],
      ['an unknown step', { dates: { intake: '2026-11-01' } }, 'dates.intake'],
      ['an outcome without its date', { outcome: 'afgewezen' }, 'outcomeOn'],
      ['an advisory committee outside an objection', { advisoryCommittee: true }, 'advisoryCommittee'],
      ['an unknown kind', { kind: 'zvw' }, 'kind'],
      ['an empty office', { office: '   ' }, 'office'],
    ])('refuses %s with 400 naming the field', async (_, overrides, field) => {
      const response = await (await as('supporterNorth')).post(url(), { ...procedureRequest(), ...overrides });
      expect(response.status).toBe(400);
      expect((response.body as { details: { field: string }[] }).details.map((d) => d.field)).toContain(field);
    });
  });

  describe('entering dates and the outcome', () => {
    it('enters the onderzoek date, then the aanvraag and beschikking, and ends with the outcome', async () => {
      const supporter = await as('supporterNorth');
      const procedure = await buildProcedure(supporter, supportCase.id, { dates: { melding: nlDaysFromToday(-37) } });
      const first = await supporter.patch(`${url()}/${procedure.id}`, {
        version: 1,
        dates: { onderzoek: nlDaysFromToday(-3) },
      });
      expect(first.status).toBe(200);
      expect(stepOf(first.body as ProcedureView, 'onderzoek')).toMatchObject({
        date: nlDaysFromToday(-3),
        deadline: { status: 'done', late: false },
      });

      const second = await supporter.patch(`${url()}/${procedure.id}`, {
        version: 2,
        dates: { aanvraag: nlDaysFromToday(-2), besluit: nlDaysFromToday(-1) },
        outcome: 'deels_toegekend',
        outcomeOn: nlDaysFromToday(-1),
        outcomeNote: 'Huishoudelijke hulp 2 uur per week in plaats van 4.',
      });
      expect(second.status).toBe(200);
      const decided = second.body as ProcedureView;
      expect(decided).toMatchObject({ outcome: 'deels_toegekend', version: 3 });
      expect(stepOf(decided, 'bezwaar').deadline).toMatchObject({ status: 'upcoming', by: 'client' });

      // Clearing a date with null; back to lopend clears the outcome date.
      const third = await supporter.patch(`${url()}/${procedure.id}`, {
        version: 3,
        dates: { besluit: null },
        outcome: 'lopend',
      });
      expect(third.status).toBe(200);
      expect(third.body).toMatchObject({ outcome: 'lopend', outcomeOn: null, version: 4 });
      expect((third.body as ProcedureView).dates.besluit).toBeUndefined();

      const log = await accessLogOf(t.db, world.users.supporterNorth.id, procedure.id);
      expect(log.filter((row) => row.action === 'update')).toHaveLength(3);
    });

    it('refuses a beschikking date before the aanvraag already entered, naming the field', async () => {
      const supporter = await as('supporterNorth');
      const procedure = await buildProcedure(supporter, supportCase.id, {
        dates: { melding: '2026-10-01', aanvraag: '2026-11-10' },
      });
      const response = await supporter.patch(`${url()}/${procedure.id}`, {
        version: 1,
        dates: { besluit: '2026-11-09' },
      });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([
        { field: 'dates.besluit', reason: 'mag niet vóór de datum van "aanvraag ingediend" liggen' },
      ]);
    });

    it('refuses a stale change with 409 and the current procedure, losing nothing', async () => {
      const supporter = await as('supporterNorth');
      const lead = await as('teamLeadNorth');
      const procedure = await buildProcedure(supporter, supportCase.id);
      expect(
        (await lead.patch(`${url()}/${procedure.id}`, { version: 1, office: 'Gemeente Utrecht, team Wmo' })).status,
      ).toBe(200);
      const stale = await supporter.patch(`${url()}/${procedure.id}`, {
        version: 1,
        dates: { aanvraag: nlDaysFromToday(-1) },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ id: procedure.id, version: 2, office: 'Gemeente Utrecht, team Wmo' });
      expect(stale.body.current.dates.aanvraag).toBeUndefined();
      const log = await accessLogOf(t.db, world.users.supporterNorth.id, procedure.id);
      expect(log.at(-1)).toMatchObject({ action: 'read', detail: 'stale version' });

      const staleDelete = await supporter.delete(`${url()}/${procedure.id}?version=1`);
      expect(staleDelete.status).toBe(409);
      expect((await supporter.delete(`${url()}/${procedure.id}?version=2`)).status).toBe(204);
      const list = (await supporter.get(url())).body as CaseProceduresView;
      expect(list.items.map((p) => p.id)).not.toContain(procedure.id);
    });

    it('answers 404 for a procedure of another case, as for one that does not exist', async () => {
      const supporter = await as('supporterNorth');
      const other = await freshCase();
      const procedure = await buildProcedure(supporter, other.id);
      const response = await supporter.patch(`${url()}/${procedure.id}`, { version: 1, office: 'Elders' });
      expect(response.status).toBe(404);
      expect(response.body.message).toBe('Procedure niet gevonden.');
    });
  });

  describe('who may see and change procedures', () => {
    it('lets the team lead read them, and refuses volunteers, admins and other teams', async () => {
      const procedure = await buildProcedure(await as('supporterNorth'), supportCase.id);
      const list = await (await as('teamLeadNorth')).get(url());
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({ caseId: supportCase.id, editable: true, today: todayInNetherlands() });

      expect((await (await as('volunteerNorth')).get(url())).status).toBe(403);
      expect((await (await as('supporterSouth')).get(url())).status).toBe(403);
      expect((await (await as('supporterB')).get(url())).status).toBe(404);
      expect((await (await as('adminA')).get(url())).status).toBe(403);

      // supporterSouth is refused reading team North's case; the refusal is logged.
      const refusals = await accessLogOf(t.db, world.users.supporterSouth.id);
      expect(refusals.at(-1)).toMatchObject({ outcome: 'denied', client_id: client.id });

      const southCase = await buildCase(
        await as('supporterSouth'),
        (await buildClient(await as('supporterSouth'), world.south.id)).id,
      );
      expect((await (await as('supporterNorth')).post(url(southCase.id), procedureRequest())).status).toBe(403);
      const patch = await (await as('volunteerNorth')).patch(`${url()}/${procedure.id}`, { version: 1, office: 'X' });
      expect(patch.status).toBe(403);
    });

    it('logs every procedure read with the client', async () => {
      const supporter = await as('supporterNorth');
      const response = await supporter.get(url());
      const items = (response.body as CaseProceduresView).items;
      expect(items.length).toBeGreaterThan(0);
      const log = await accessLogOf(t.db, world.users.supporterNorth.id);
      const reads = log.slice(-items.length);
      expect(reads.map((row) => row.entity_id).sort()).toEqual(items.map((p) => p.id).sort());
      expect(reads.every((row) => row.action === 'read' && row.client_id === client.id)).toBe(true);
    });
  });

  describe('the start page', () => {
    it('shows my open procedure deadlines among the upcoming dates, and drops them once the step is done', async () => {
      // A supporter of their own, so the start page's bounded list holds only this case's dates.
      const user = await buildUser(t.db, {
        organisationId: world.orgA.id,
        role: 'supporter',
        teamIds: [world.north.id],
      });
      const supporter = new TestClient(t.http);
      await supporter.signIn(user.email, TEST_PASSWORD);
      const own = await buildCase(supporter, (await buildClient(supporter, world.north.id)).id);
      const procedure = await buildProcedure(supporter, own.id, {
        dates: { melding: nlDaysFromToday(-38), persoonlijk_plan: nlDaysFromToday(-36) },
      });
      const dueOn = stepOf(procedure, 'onderzoek').deadline?.dueOn;

      const work = await supporter.get('/api/workspace/my-work');
      expect(work.status).toBe(200);
      const upcoming = (work.body as { upcoming: { items: UpcomingDateItem[] } }).upcoming.items;
      expect(upcoming.filter((item) => item.kind === 'procedure_deadline')).toEqual([
        {
          kind: 'procedure_deadline',
          caseId: own.id,
          client: expect.objectContaining({ id: own.client.id }),
          date: dueOn,
          label: 'Wmo-aanvraag: Onderzoek door de gemeente',
          passed: false,
        },
      ]);

      const done = await supporter.patch(`${url(own.id)}/${procedure.id}`, {
        version: 1,
        dates: { onderzoek: nlDaysFromToday(0) },
      });
      expect(done.status).toBe(200);
      const after = (await supporter.get('/api/workspace/my-work')).body as { upcoming: { items: UpcomingDateItem[] } };
      expect(after.upcoming.items.filter((item) => item.kind === 'procedure_deadline')).toEqual([]);
    });
  });

  describe('GET /api/procedures/deadlines', () => {
    it("lists my open deadlines soonest first, passed ones marked, and leaves out other supporters' cases", async () => {
      const supporter = await as('supporterNorth');
      const own = await freshCase();
      const soon = await buildProcedure(supporter, own.id, {
        dates: { melding: nlDaysFromToday(-38), persoonlijk_plan: nlDaysFromToday(-36) },
      });
      const passed = await buildProcedure(supporter, own.id, {
        kind: 'wlz',
        office: 'CIZ',
        dates: { aanvraag: nlDaysFromToday(-50) },
      });
      const later = await buildProcedure(supporter, own.id, {
        kind: 'participatiewet',
        office: 'Gemeente Utrecht, Werk en Inkomen',
        dates: { aanvraag: nlDaysFromToday(-1) },
      });
      const southClient = await buildClient(await as('supporterSouth'), world.south.id);
      const southCase = await buildCase(await as('supporterSouth'), southClient.id);
      const theirs = await buildProcedure(await as('supporterSouth'), southCase.id, {
        dates: { melding: nlDaysFromToday(-38) },
      });

      const response = await supporter.get('/api/procedures/deadlines?scope=mine&within=14');
      expect(response.status).toBe(200);
      const view = response.body as ProcedureDeadlinesView;
      const mine = view.items.filter((item) => item.caseId === own.id);
      expect(mine.map((item) => [item.procedureId, item.step, item.status])).toEqual([
        [passed.id, 'besluit', 'passed'],
        [soon.id, 'onderzoek', 'due_soon'],
      ]);
      expect(mine[1]).toMatchObject({
        kind: 'procedure_deadline',
        client: { id: client.id, displayName: 'Fatima El Amrani' },
        label: 'Wmo-aanvraag: Onderzoek door de gemeente',
        passed: false,
        by: 'office',
        leadSupporter: { id: world.users.supporterNorth.id },
      });
      expect(mine[0]?.passed).toBe(true);
      // The Participatiewet decision is 8 weeks away: beyond 14 days, within 90.
      expect(view.items.some((item) => item.procedureId === later.id)).toBe(false);
      const wide = (await supporter.get('/api/procedures/deadlines?within=90')).body as ProcedureDeadlinesView;
      expect(wide.items.some((item) => item.procedureId === later.id)).toBe(true);
      expect(view.items.some((item) => item.procedureId === theirs.id)).toBe(false);
      const dates = view.items.map((item) => item.date);
      expect(dates).toEqual([...dates].sort());

      const log = await accessLogOf(t.db, world.users.supporterNorth.id, soon.id);
      expect(log.at(-1)).toMatchObject({ action: 'search', entity: 'case_procedure', client_id: client.id });
    });

    it("gives a team lead the team's deadlines, and refuses a team that is not theirs", async () => {
      const lead = await as('teamLeadNorth');
      const procedure = await buildProcedure(await as('supporterNorth'), supportCase.id, {
        dates: { melding: nlDaysFromToday(-36) },
      });
      const team = (await lead.get(`/api/procedures/deadlines?scope=team&teamId=${world.north.id}`))
        .body as ProcedureDeadlinesView;
      expect(team.items.some((item) => item.procedureId === procedure.id)).toBe(true);
      const mine = (await lead.get('/api/procedures/deadlines')).body as ProcedureDeadlinesView;
      expect(mine.items.some((item) => item.procedureId === procedure.id)).toBe(false);

      for (const teamId of [world.south.id, world.teamB.id]) {
        const refused = await lead.get(`/api/procedures/deadlines?scope=team&teamId=${teamId}`);
        expect(refused.status).toBe(400);
        expect(refused.body.details).toEqual([{ field: 'teamId', reason: 'is geen team waar je bij hoort' }]);
      }
      const bad = await lead.get('/api/procedures/deadlines?within=91');
      expect(bad.status).toBe(400);
      expect(bad.body.details[0].field).toBe('within');
      expect((await (await as('volunteerNorth')).get('/api/procedures/deadlines')).status).toBe(403);
    });

    it('drops the deadlines of a withdrawn procedure', async () => {
      const supporter = await as('supporterNorth');
      const own = await freshCase();
      const procedure = await buildProcedure(supporter, own.id, { dates: { melding: nlDaysFromToday(-38) } });
      const before = (await supporter.get('/api/procedures/deadlines')).body as ProcedureDeadlinesView;
      expect(before.items.some((item) => item.procedureId === procedure.id)).toBe(true);
      const withdrawn = await supporter.patch(`${url(own.id)}/${procedure.id}`, {
        version: 1,
        outcome: 'ingetrokken',
        outcomeOn: nlDaysFromToday(0),
      });
      expect(withdrawn.status).toBe(200);
      expect(stepOf(withdrawn.body as ProcedureView, 'onderzoek').deadline?.status).toBe('not_needed');
      const after = (await supporter.get('/api/procedures/deadlines')).body as ProcedureDeadlinesView;
      expect(after.items.some((item) => item.procedureId === procedure.id)).toBe(false);
    });
  });
});
