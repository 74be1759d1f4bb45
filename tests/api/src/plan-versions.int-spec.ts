import type { CaseView, ClientView, PlanDiff, PlanVersionSummary, PlanVersionView, PlanView } from '@naast/contracts';
import { accessLogOf } from './fixtures/case-work';
import { buildAction, buildGoal, daysFromToday, goalOf, goalRequest } from './fixtures/plan-work';
import { freshPlanCase, startPlanSuite } from './fixtures/plan-suite';
import { type BuiltUser, type TestApp, type TestClient, type World, type WorldUser } from './support';

describe('Support plans: versions, evaluations, scope and print', () => {
  let t: TestApp;
  let world: World;
  let client: ClientView;
  /** Led by supporterNorth, volunteerNorth linked. */
  let supportCase: CaseView;
  /** A supporter of team North who does not lead the case. */
  let colleague: BuiltUser;
  let colleagueClient: TestClient;

  const as = (user: WorldUser) => world.as(user);
  const planUrl = (caseId = supportCase.id) => `/api/cases/${caseId}/plan`;
  const freshCase = () => freshPlanCase({ world, client });

  beforeAll(async () => {
    ({ t, world, client, supportCase, colleague, colleagueClient } = await startPlanSuite());
  });
  afterAll(() => t.close());

  describe('plan fields, fixing and versions', () => {
    it('sets the agreement and next evaluation, requiring how the client agreed', async () => {
      const supporter = await as('supporterNorth');
      const own = await freshCase();
      const half = await supporter.patch(planUrl(own.id), { version: 0, agreedOn: daysFromToday(-1) });
      expect(half.status).toBe(400);
      expect(half.body.details).toEqual([expect.objectContaining({ field: 'agreementMethod' })]);
      const future = await supporter.patch(planUrl(own.id), {
        version: 0,
        agreedOn: daysFromToday(3),
        agreementMethod: 'verbal',
      });
      expect(future.body.details).toEqual([expect.objectContaining({ field: 'agreedOn' })]);
      const created = await supporter.patch(planUrl(own.id), {
        version: 0,
        agreedOn: '2026-11-02',
        agreementMethod: 'signed',
        nextEvaluationOn: '2027-03-01',
      });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({
        agreedOn: '2026-11-02',
        agreementMethod: 'signed',
        nextEvaluationOn: '2027-03-01',
        version: 2,
      });
      const again = await supporter.patch(planUrl(own.id), { version: 0, nextEvaluationOn: '2027-04-01' });
      expect(again.status).toBe(409);
      expect(again.body.current).toMatchObject({ nextEvaluationOn: '2027-03-01', version: 2 });
    });

    it('refuses a stale plan write after someone changed a goal, with the current plan', async () => {
      const supporter = await as('supporterNorth');
      const own = await freshCase();
      const { plan } = await buildGoal(supporter, own.id);
      await buildGoal(await as('teamLeadNorth'), own.id, { title: 'Ik wil weer werken.', domains: ['werk'] });
      const stale = await supporter.patch(planUrl(own.id), { version: plan.version, nextEvaluationOn: '2027-01-15' });
      expect(stale.status).toBe(409);
      expect((stale.body.current as PlanView).goals).toHaveLength(2);
    });

    it('fixes versions that stay readable, and shows what changed between them and the living plan', async () => {
      const supporter = await as('supporterNorth');
      const own = await freshCase();
      const debts = await buildGoal(supporter, own.id, { title: 'Schulden', domains: ['inkomen'] });
      const { plan } = await buildAction(supporter, own.id, debts.goal.id, {
        description: 'Aanmelden bij schuldhulp',
        owner: { kind: 'external', name: 'Gemeente Utrecht, Wmo-loket' },
      });
      const stale = await supporter.post(`${planUrl(own.id)}/versions`, { version: plan.version - 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ version: plan.version });

      const first = await supporter.post(`${planUrl(own.id)}/versions`, {
        version: plan.version,
        note: 'Samen opgesteld',
      });
      expect(first.status).toBe(201);
      const v1 = first.body as PlanVersionView;
      expect(v1).toMatchObject({
        number: 1,
        note: 'Samen opgesteld',
        fixedBy: { id: world.users.supporterNorth.id },
        snapshot: {
          goals: [expect.objectContaining({ id: debts.goal.id, title: 'Schulden', domains: ['inkomen'] })],
          actions: [
            expect.objectContaining({
              description: 'Aanmelden bij schuldhulp',
              owner: { kind: 'external', user: null, name: 'Gemeente Utrecht, Wmo-loket' },
            }),
          ],
        },
      });
      const afterFix = (await supporter.get(planUrl(own.id))).body as PlanView;
      expect(afterFix.changedSinceLastVersion).toBe(false);

      await supporter.patch(`${planUrl(own.id)}/goals/${debts.goal.id}`, { version: 1, title: 'Schuldenvrij worden' });
      const housing = await buildGoal(supporter, own.id, { title: 'Huis', domains: ['wonen'] });
      expect(housing.plan.changedSinceLastVersion).toBe(true);
      const second = await supporter.post(`${planUrl(own.id)}/versions`, { version: housing.plan.version });
      expect(second.body).toMatchObject({ number: 2 });
      await supporter.patch(planUrl(own.id), { version: housing.plan.version + 1, nextEvaluationOn: '2027-05-01' });

      const list = await supporter.get(`${planUrl(own.id)}/versions`);
      expect((list.body as PlanVersionSummary[]).map((v) => v.number)).toEqual([1, 2]);
      const readV1 = await supporter.get(`${planUrl(own.id)}/versions/1`);
      expect(readV1.status).toBe(200);
      expect(readV1.body.snapshot.goals[0].title).toBe('Schulden');
      const readLog = await accessLogOf(t.db, world.users.supporterNorth.id);
      expect(readLog.at(-1)).toMatchObject({ action: 'read', entity: 'plan_version' });

      const diff = (await supporter.get(`${planUrl(own.id)}/diff?from=1&to=2`)).body as PlanDiff;
      expect(diff).toMatchObject({ from: 1, to: 2, plan: [] });
      expect(diff.entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            kind: 'goal',
            id: debts.goal.id,
            change: 'changed',
            fields: [{ field: 'title', before: 'Schulden', after: 'Schuldenvrij worden' }],
          }),
          expect.objectContaining({ kind: 'goal', id: housing.goal.id, change: 'added' }),
        ]),
      );
      const toCurrent = (await supporter.get(`${planUrl(own.id)}/diff?from=2&to=current`)).body as PlanDiff;
      expect(toCurrent).toMatchObject({
        to: 'current',
        entries: [],
        plan: [{ field: 'nextEvaluationOn', before: null, after: '2027-05-01' }],
      });
      const missing = await supporter.get(`${planUrl(own.id)}/diff?from=9&to=abc`);
      expect(missing.status).toBe(400);
      expect(missing.body.details).toEqual([expect.objectContaining({ field: 'to' })]);
      const unknown = await supporter.get(`${planUrl(own.id)}/diff?from=9&to=1`);
      expect(unknown.body.details).toEqual([expect.objectContaining({ field: 'from' })]);
      expect((await supporter.get(`${planUrl(own.id)}/versions/3`)).status).toBe(404);
      expect((await supporter.get(`${planUrl(own.id)}/versions/x`)).status).toBe(400);

      // What the client agreed to never changes, whatever the application tries.
      await expect(t.db.query(`UPDATE plan_versions SET note = 'anders' WHERE number = 1`)).rejects.toThrow(
        /append-only/,
      );
      await expect(t.db.query('DELETE FROM plan_versions WHERE number = 1')).rejects.toThrow(/append-only/);
    });

    it('refuses to fix a plan without goals, naming goals', async () => {
      const supporter = await as('supporterNorth');
      const own = await freshCase();
      const created = await supporter.patch(planUrl(own.id), { version: 0, nextEvaluationOn: '2027-01-01' });
      const response = await supporter.post(`${planUrl(own.id)}/versions`, { version: created.body.version });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([expect.objectContaining({ field: 'goals' })]);
    });
  });

  describe('evaluations', () => {
    it('records progress per goal, marks achieved goals and sets the next evaluation date', async () => {
      const supporter = await as('supporterNorth');
      const own = await freshCase();
      const a = await buildGoal(supporter, own.id, { title: 'Schulden' });
      const b = await buildGoal(supporter, own.id, { title: 'Huis', domains: ['wonen'] });
      const url = `${planUrl(own.id)}/evaluations`;
      const evaluation = {
        version: b.plan.version,
        evaluatedOn: daysFromToday(0),
        summary: 'Goed gesprek aan de keukentafel.',
        goals: [
          { goalId: a.goal.id, progress: 'achieved', note: 'Regeling is rond.' },
          { goalId: b.goal.id, progress: 'no_change' },
        ],
        nextEvaluationOn: daysFromToday(90),
      };
      const tooEarly = await supporter.post(url, { ...evaluation, nextEvaluationOn: daysFromToday(-5) });
      expect(tooEarly.body.details).toEqual([expect.objectContaining({ field: 'nextEvaluationOn' })]);
      // Leaving the next date out is a mistake; null says on purpose that there is none yet.
      const { nextEvaluationOn: _left, ...withoutNextDate } = evaluation;
      const missing = await supporter.post(url, withoutNextDate);
      expect(missing.status).toBe(400);
      expect(missing.body.details).toContainEqual({
        field: 'nextEvaluationOn',
        reason: expect.stringContaining('ontbreekt') as string,
      });
      const unknownGoal = await supporter.post(url, {
        ...evaluation,
        goals: [{ goalId: '00000000-0000-4000-8000-000000000000', progress: 'progress' }],
      });
      expect(unknownGoal.body.details).toEqual([expect.objectContaining({ field: 'goals.0.goalId' })]);
      const badProgress = await supporter.post(url, {
        ...evaluation,
        goals: [{ goalId: a.goal.id, progress: 'great' }],
      });
      expect(badProgress.body.details).toEqual([expect.objectContaining({ field: 'goals.0.progress' })]);

      const response = await supporter.post(url, evaluation);
      expect(response.status).toBe(201);
      const plan = response.body as PlanView;
      expect(plan.nextEvaluationOn).toBe(daysFromToday(90));
      expect(goalOf(plan, a.goal.id).status).toBe('achieved');
      expect(goalOf(plan, b.goal.id).status).toBe('open');
      expect(plan.evaluations).toEqual([
        expect.objectContaining({
          summary: 'Goed gesprek aan de keukentafel.',
          evaluatedBy: expect.objectContaining({ id: world.users.supporterNorth.id }),
          goals: [
            { goalId: a.goal.id, goalTitle: 'Schulden', progress: 'achieved', note: 'Regeling is rond.' },
            { goalId: b.goal.id, goalTitle: 'Huis', progress: 'no_change', note: null },
          ],
        }),
      ]);
      const log = await accessLogOf(t.db, world.users.supporterNorth.id, plan.evaluations[0]?.id);
      expect(log).toEqual([expect.objectContaining({ action: 'create', entity: 'plan_evaluation' })]);
      const stale = await supporter.post(url, evaluation);
      expect(stale.status).toBe(409);
    });
  });

  describe('scope', () => {
    it('lets a team supporter who does not lead the case read the plan, not change it', async () => {
      const read = await colleagueClient.get(planUrl());
      expect(read.status).toBe(200);
      expect(read.body.permissions).toEqual({ edit: false, fix: false, evaluate: false });
      const write = await colleagueClient.post(`${planUrl()}/goals`, goalRequest());
      expect(write.status).toBe(403);
      const log = await accessLogOf(t.db, colleague.id);
      expect(log.at(-1)).toMatchObject({ outcome: 'denied', entity: 'plan_goal', client_id: client.id });
    });

    it('refuses admins (403), another team (403, logged) and another organisation (404, logged)', async () => {
      expect((await (await as('adminA')).get(planUrl())).status).toBe(403);
      expect((await (await as('adminA')).get(`${planUrl()}/print.pdf`)).status).toBe(403);
      expect((await (await as('supporterSouth')).get(planUrl())).status).toBe(403);
      expect((await (await as('supporterSouth')).post(`${planUrl()}/goals`, goalRequest())).status).toBe(403);
      const south = await accessLogOf(t.db, world.users.supporterSouth.id);
      expect(south.at(-1)).toMatchObject({ outcome: 'denied', client_id: client.id });
      for (const user of ['teamLeadB', 'supporterB', 'volunteerB'] as const) {
        expect((await (await as(user)).get(planUrl())).status).toBe(404);
      }
      const other = await (await as('supporterB')).post(`${planUrl()}/goals`, goalRequest());
      expect(other.status).toBe(404);
      const b = await accessLogOf(t.db, world.users.supporterB.id);
      expect(b.at(-1)).toMatchObject({ outcome: 'not_found', client_id: null });
      expect((await (await as('supporterNorth')).get('/api/cases/123/plan')).body.details).toEqual([
        expect.objectContaining({ field: 'caseId' }),
      ]);
    });

    it('answers 404 for a goal or action of another plan', async () => {
      const supporter = await as('supporterNorth');
      const own = await freshCase();
      const { goal } = await buildGoal(supporter, own.id);
      const { action } = await buildAction(supporter, own.id, goal.id);
      expect((await supporter.patch(`${planUrl()}/goals/${goal.id}`, { version: 1, title: 'x' })).status).toBe(404);
      expect((await supporter.patch(`${planUrl()}/actions/${action.id}`, { version: 1, status: 'done' })).status).toBe(
        404,
      );
      expect(
        (await supporter.post(`${planUrl()}/goals/${goal.id}/actions`, { description: 'x', owner: { kind: 'client' } }))
          .status,
      ).toBe(404);
    });
  });

  describe('GET /api/cases/:caseId/plan/print.pdf', () => {
    it('gives the client’s summary as a PDF download without personal data in the file name, and logs it', async () => {
      const supporter = await as('supporterNorth');
      for (const query of ['', '?largePrint=true']) {
        const response = await supporter.get(`${planUrl()}/print.pdf${query}`).responseType('blob');
        expect(response.status).toBe(200);
        expect(response.headers['content-type']).toBe('application/pdf');
        expect(response.headers['content-disposition']).toBe('attachment; filename="ondersteuningsplan.pdf"');
        expect((response.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      }
      const log = await accessLogOf(t.db, world.users.supporterNorth.id);
      expect(log.at(-1)).toMatchObject({ action: 'read', entity: 'plan', detail: 'print, large' });
      const bad = await supporter.get(`${planUrl()}/print.pdf?largePrint=misschien`);
      expect(bad.status).toBe(400);
      expect(bad.body.details).toEqual([expect.objectContaining({ field: 'largePrint' })]);
    });

    it('is also available to the linked volunteer, for the client', async () => {
      const response = await (await as('volunteerNorth')).get(`${planUrl()}/print.pdf`).responseType('blob');
      expect(response.status).toBe(200);
    });
  });
});
