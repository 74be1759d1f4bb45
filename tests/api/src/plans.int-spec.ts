import type { CaseView, ClientView, PlanView } from '@naast/contracts';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { accessLogOf } from './fixtures/case-work';
import { actionOf, buildAction, buildGoal, daysFromToday, goalOf, goalRequest } from './fixtures/plan-work';
import { freshPlanCase, startPlanSuite } from './fixtures/plan-suite';
import { type BuiltUser, type TestApp, type World, type WorldUser } from './support';

describe('Support plans: goals, dependencies and actions', () => {
  let t: TestApp;
  let world: World;
  let client: ClientView;
  /** Led by supporterNorth, volunteerNorth linked. */
  let supportCase: CaseView;
  /** A supporter of team North who does not lead the case. */
  let colleague: BuiltUser;

  const as = (user: WorldUser) => world.as(user);
  const planUrl = (caseId = supportCase.id) => `/api/cases/${caseId}/plan`;
  const freshCase = () => freshPlanCase({ world, client });

  beforeAll(async () => {
    ({ t, world, client, supportCase, colleague } = await startPlanSuite());
  });
  afterAll(() => t.close());

  describe('GET /api/cases/:caseId/plan', () => {
    it('answers an empty plan with version 0 before anything is written, with the contact, and logs the read', async () => {
      const response = await (await as('supporterNorth')).get(planUrl());
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        id: null,
        caseId: supportCase.id,
        version: 0,
        goals: [],
        evaluations: [],
        versions: [],
        changedSinceLastVersion: false,
        permissions: { edit: true, fix: true, evaluate: true },
        contact: {
          supporter: { id: world.users.supporterNorth.id },
          organisation: { name: world.orgA.name, phone: '030 765 43 21', email: 'info@a.example' },
        },
      });
      const log = await accessLogOf(t.db, world.users.supporterNorth.id);
      expect(log.at(-1)).toMatchObject({ action: 'read', entity: 'plan', client_id: client.id, outcome: 'success' });
    });

    it('reads a plan with the same number of queries whatever the number of goals and actions', async () => {
      const supporter = await as('supporterNorth');
      const small = await freshCase();
      const large = await freshCase();
      const first = await buildGoal(supporter, small.id, { title: 'Eén doel' });
      await buildAction(supporter, small.id, first.goal.id);
      for (let i = 0; i < 8; i++) {
        const { goal } = await buildGoal(supporter, large.id, { title: `Doel ${i}`, domains: ['wonen', 'inkomen'] });
        await buildAction(supporter, large.id, goal.id, { description: `Actie ${i}` });
        await buildAction(supporter, large.id, goal.id, {
          description: `Actie ${i}b`,
          owner: { kind: 'volunteer', userId: world.users.volunteerNorth.id },
        });
      }
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const count = async (caseId: string) => {
          spy.mockClear();
          expect((await supporter.get(planUrl(caseId))).status).toBe(200);
          return spy.mock.calls.length;
        };
        const few = await count(small.id);
        const many = await count(large.id);
        expect(few).toBeGreaterThan(3);
        expect(many).toBe(few);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe('goals', () => {
    it('adds goals across several domains, creating the plan on the first write, and logs both', async () => {
      const supporter = await as('supporterNorth');
      const supportCase = await freshCase();
      const debts = await buildGoal(supporter, supportCase.id, { domains: ['inkomen', 'welzijn'] });
      expect(debts.plan).toMatchObject({ version: 2, changedSinceLastVersion: true });
      expect(debts.goal).toMatchObject({
        title: 'Ik wil van mijn schulden af.',
        desiredOutcome: 'Een betalingsregeling met alle schuldeisers.',
        domains: ['inkomen', 'welzijn'],
        status: 'open',
        stoppedReason: null,
        dependsOn: [],
        position: 1,
        version: 1,
      });
      const housing = await buildGoal(supporter, supportCase.id, {
        title: 'Ik wil weer een eigen huis.',
        domains: ['wonen'],
        dependsOn: [debts.goal.id],
      });
      expect(housing.goal).toMatchObject({ position: 2, dependsOn: [debts.goal.id] });
      const log = await accessLogOf(t.db, world.users.supporterNorth.id);
      const about = (id: string | null) => log.filter((r) => r.entity_id === id);
      expect(about(debts.goal.id)).toEqual([expect.objectContaining({ action: 'create', entity: 'plan_goal' })]);
      expect(about(housing.goal.id)).toEqual([expect.objectContaining({ action: 'create', entity: 'plan_goal' })]);
      expect(about(housing.plan.id)).toEqual([
        expect.objectContaining({ action: 'create', entity: 'plan', client_id: client.id }),
      ]);
    });

    it('names each bad field of a goal', async () => {
      const supporter = await as('supporterNorth');
      const noDomain = await supporter.post(`${planUrl()}/goals`, goalRequest({ domains: [] }));
      expect(noDomain.status).toBe(400);
      expect(noDomain.body.details).toEqual([expect.objectContaining({ field: 'domains' })]);
      const bad = await supporter.post(`${planUrl()}/goals`, {
        ...goalRequest(),
        title: '  ',
        domains: ['geld'],
        extra: 1,
      });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(
        expect.arrayContaining(['title', 'domains', 'extra']),
      );
    });

    it('requires a reason to stop a goal and drops it when the goal resumes', async () => {
      const supporter = await as('supporterNorth');
      const { goal } = await buildGoal(supporter, supportCase.id, {
        title: 'Ik wil gaan sporten.',
        domains: ['welzijn'],
      });
      const url = `${planUrl()}/goals/${goal.id}`;
      const missing = await supporter.patch(url, { version: goal.version, status: 'stopped' });
      expect(missing.status).toBe(400);
      expect(missing.body.details).toEqual([expect.objectContaining({ field: 'stoppedReason' })]);
      const stopped = await supporter.patch(url, {
        version: goal.version,
        status: 'stopped',
        stoppedReason: 'Eerst rust na de operatie.',
      });
      expect(stopped.status).toBe(200);
      expect(goalOf(stopped.body, goal.id)).toMatchObject({
        status: 'stopped',
        stoppedReason: 'Eerst rust na de operatie.',
        version: 2,
      });
      const resumed = await supporter.patch(url, { version: 2, status: 'in_progress' });
      expect(goalOf(resumed.body, goal.id)).toMatchObject({ status: 'in_progress', stoppedReason: null });
    });

    it('refuses a stale goal write with 409 and the current plan, losing nothing', async () => {
      const supporter = await as('supporterNorth');
      const lead = await as('teamLeadNorth');
      const { goal } = await buildGoal(supporter, supportCase.id, { title: 'Ik wil meer rust in huis.' });
      const url = `${planUrl()}/goals/${goal.id}`;
      const first = await lead.patch(url, { version: goal.version, title: 'Ik wil rust in mijn hoofd.' });
      expect(first.status).toBe(200);
      const second = await supporter.patch(url, { version: goal.version, title: 'Ik wil een rustig huis.' });
      expect(second.status).toBe(409);
      expect(goalOf(second.body.current as PlanView, goal.id)).toMatchObject({
        title: 'Ik wil rust in mijn hoofd.',
        version: 2,
      });
      const log = await accessLogOf(t.db, world.users.supporterNorth.id, goal.id);
      expect(log.at(-1)).toMatchObject({ action: 'read', detail: 'stale version' });
    });

    it('removes a goal with its actions and the dependencies on it, by version', async () => {
      const supporter = await as('supporterNorth');
      const own = await freshCase();
      const a = await buildGoal(supporter, own.id, { title: 'Schulden' });
      await buildAction(supporter, own.id, a.goal.id, { description: 'Brieven ordenen' });
      const b = await buildGoal(supporter, own.id, { title: 'Huis', dependsOn: [a.goal.id] });
      const noVersion = await supporter.delete(`${planUrl(own.id)}/goals/${a.goal.id}`);
      expect(noVersion.status).toBe(400);
      expect(new Set(noVersion.body.details.map((d: { field: string }) => d.field))).toEqual(new Set(['version']));
      const stale = await supporter.delete(`${planUrl(own.id)}/goals/${a.goal.id}?version=7`);
      expect(stale.status).toBe(409);
      const removed = await supporter.delete(`${planUrl(own.id)}/goals/${a.goal.id}?version=1`);
      expect(removed.status).toBe(200);
      expect((removed.body as PlanView).goals.map((g) => g.id)).toEqual([b.goal.id]);
      expect(goalOf(removed.body, b.goal.id).dependsOn).toEqual([]);
      const [{ n }] = (await t.db.query('SELECT count(*)::int AS n FROM plan_actions WHERE goal_id = $1', [
        a.goal.id,
      ])) as { n: number }[];
      expect(n).toBe(0);
    });
  });

  describe('dependencies', () => {
    let plan: PlanView;
    let a: string;
    let b: string;
    let c: string;
    let caseId: string;

    beforeAll(async () => {
      const supporter = await as('supporterNorth');
      caseId = (await freshCase()).id;
      a = (await buildGoal(supporter, caseId, { title: 'Schulden regelen', domains: ['inkomen'] })).goal.id;
      b = (await buildGoal(supporter, caseId, { title: 'Woning vinden', domains: ['wonen'], dependsOn: [a] })).goal.id;
      const work = await buildGoal(supporter, caseId, { title: 'Werk zoeken', domains: ['werk'], dependsOn: [b] });
      plan = work.plan;
      c = work.goal.id;
    });

    const patchDependsOn = async (goalId: string, dependsOn: string[]) => {
      const current = (await (await as('supporterNorth')).get(planUrl(caseId))).body as PlanView;
      return (await as('supporterNorth')).patch(`${planUrl(caseId)}/goals/${goalId}`, {
        version: goalOf(current, goalId).version,
        dependsOn,
      });
    };

    it('keeps a chain, shown on each goal', () => {
      expect(goalOf(plan, b).dependsOn).toEqual([a]);
      expect(goalOf(plan, c).dependsOn).toEqual([b]);
    });

    it('refuses a goal that depends on itself, naming dependsOn', async () => {
      const response = await patchDependsOn(a, [a]);
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([{ field: 'dependsOn', reason: expect.stringContaining('zichzelf') }]);
    });

    it('refuses a direct cycle and names both goals', async () => {
      const response = await patchDependsOn(a, [b]);
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([
        {
          field: 'dependsOn',
          reason: 'zou een kring maken: "Schulden regelen" → "Woning vinden" → "Schulden regelen"',
        },
      ]);
    });

    it('refuses a longer cycle A → C → B → A and names every goal on it', async () => {
      const response = await patchDependsOn(a, [c]);
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([
        {
          field: 'dependsOn',
          reason: 'zou een kring maken: "Schulden regelen" → "Werk zoeken" → "Woning vinden" → "Schulden regelen"',
        },
      ]);
      const after = (await (await as('supporterNorth')).get(planUrl(caseId))).body as PlanView;
      expect(goalOf(after, a).dependsOn).toEqual([]);
    });

    it('refuses a goal of another plan or an unknown one, naming dependsOn', async () => {
      const other = await buildGoal(await as('supporterNorth'), supportCase.id, { title: 'Ander plan' });
      for (const id of [other.goal.id, '00000000-0000-4000-8000-000000000000']) {
        const response = await patchDependsOn(c, [id]);
        expect(response.status).toBe(400);
        expect(response.body.details).toEqual([expect.objectContaining({ field: 'dependsOn' })]);
      }
      const create = await (
        await as('supporterNorth')
      ).post(`${planUrl(caseId)}/goals`, goalRequest({ dependsOn: [other.goal.id] }));
      expect(create.status).toBe(400);
      expect(create.body.details).toEqual([expect.objectContaining({ field: 'dependsOn' })]);
    });
  });

  describe('actions', () => {
    let goalId: string;

    beforeAll(async () => {
      goalId = (await buildGoal(await as('supporterNorth'), supportCase.id, { title: 'Ik wil mijn post op orde.' }))
        .goal.id;
    });

    it('gives an action to each kind of owner', async () => {
      const supporter = await as('supporterNorth');
      const owners = [
        { kind: 'client' },
        { kind: 'supporter', userId: world.users.supporterNorth.id },
        { kind: 'supporter', userId: colleague.id },
        { kind: 'volunteer', userId: world.users.volunteerNorth.id },
        { kind: 'network', name: 'Dochter Lisa' },
        { kind: 'external', name: 'Gemeente Utrecht, Wmo-loket' },
      ] as const;
      for (const [i, owner] of owners.entries()) {
        const { action } = await buildAction(supporter, supportCase.id, goalId, {
          description: `Eigenaar ${i}`,
          owner,
          dueOn: daysFromToday(14),
        });
        expect(action.owner.kind).toBe(owner.kind);
        if ('userId' in owner) expect(action.owner).toMatchObject({ user: { id: owner.userId }, name: null });
        if ('name' in owner) expect(action.owner).toEqual({ kind: owner.kind, user: null, name: owner.name });
        expect(action).toMatchObject({ status: 'open', doneOn: null, overdue: false, version: 1 });
      }
      const log = await accessLogOf(t.db, world.users.supporterNorth.id);
      expect(log.at(-1)).toMatchObject({ action: 'create', entity: 'plan_action', client_id: client.id });
    });

    it('refuses an owner who does not work on the case, naming the owner field', async () => {
      const supporter = await as('supporterNorth');
      const url = `${planUrl()}/goals/${goalId}/actions`;
      const refusals = [
        [{ kind: 'supporter', userId: world.users.supporterSouth.id }, 'owner.userId'],
        [{ kind: 'supporter' }, 'owner.userId'],
        [{ kind: 'volunteer', userId: world.users.volunteerSouth.id }, 'owner.userId'],
        [{ kind: 'volunteer', userId: world.users.supporterNorth.id }, 'owner.userId'],
        [{ kind: 'external' }, 'owner.name'],
        [{ kind: 'client', userId: world.users.supporterNorth.id }, 'owner.userId'],
        [{ kind: 'client', name: 'Iemand' }, 'owner.name'],
        [{ kind: 'buurman' }, 'owner.kind'],
      ] as const;
      for (const [owner, field] of refusals) {
        const response = await supporter.post(url, { description: 'Iets', owner });
        expect({ owner, status: response.status }).toEqual({ owner, status: 400 });
        expect(response.body.details).toEqual([expect.objectContaining({ field })]);
      }
      const badDate = await supporter.post(url, {
        description: 'Iets',
        owner: { kind: 'client' },
        dueOn: '2026-02-30',
      });
      expect(badDate.body.details).toEqual([expect.objectContaining({ field: 'dueOn' })]);
    });

    it('marks an open action past its due date as overdue, and ticks it off with today as done date', async () => {
      const supporter = await as('supporterNorth');
      const { action } = await buildAction(supporter, supportCase.id, goalId, {
        description: 'Huurachterstand melden',
        dueOn: daysFromToday(-3),
      });
      expect(action.overdue).toBe(true);
      const done = await supporter.patch(`${planUrl()}/actions/${action.id}`, { version: 1, status: 'done' });
      expect(done.status).toBe(200);
      expect(actionOf(done.body, action.id)).toMatchObject({ status: 'done', overdue: false, version: 2 });
      expect(actionOf(done.body, action.id).doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const reopened = await supporter.patch(`${planUrl()}/actions/${action.id}`, { version: 2, status: 'open' });
      expect(actionOf(reopened.body, action.id)).toMatchObject({ status: 'open', doneOn: null, overdue: true });
      const doneOnOpen = await supporter.patch(`${planUrl()}/actions/${action.id}`, {
        version: 3,
        doneOn: daysFromToday(-1),
      });
      expect(doneOnOpen.body.details).toEqual([expect.objectContaining({ field: 'doneOn' })]);
    });

    it('refuses a stale action write with 409 and the current plan', async () => {
      const supporter = await as('supporterNorth');
      const { action } = await buildAction(supporter, supportCase.id, goalId, { description: 'Formulier invullen' });
      const url = `${planUrl()}/actions/${action.id}`;
      expect((await supporter.patch(url, { version: 1, description: 'Formulier samen invullen' })).status).toBe(200);
      const stale = await (await as('teamLeadNorth')).patch(url, { version: 1, dueOn: daysFromToday(5) });
      expect(stale.status).toBe(409);
      expect(actionOf(stale.body.current as PlanView, action.id)).toMatchObject({
        description: 'Formulier samen invullen',
        dueOn: null,
        version: 2,
      });
      const staleDelete = await supporter.delete(`${url}?version=1`);
      expect(staleDelete.status).toBe(409);
      expect((await supporter.delete(`${url}?version=2`)).status).toBe(200);
    });

    describe('a linked volunteer', () => {
      let own: string;
      let clients: string;

      beforeAll(async () => {
        const supporter = await as('supporterNorth');
        own = (
          await buildAction(supporter, supportCase.id, goalId, {
            description: 'Samen naar het Wmo-loket',
            owner: { kind: 'volunteer', userId: world.users.volunteerNorth.id },
            dueOn: daysFromToday(7),
          })
        ).action.id;
        clients = (await buildAction(supporter, supportCase.id, goalId, { description: 'Bank bellen' })).action.id;
      });

      it('reads the plan with permission to tick off only their own action', async () => {
        const response = await (await as('volunteerNorth')).get(planUrl());
        expect(response.status).toBe(200);
        expect(response.body.permissions).toEqual({ edit: false, fix: false, evaluate: false });
        expect(actionOf(response.body, own).permissions).toEqual({ edit: false, complete: true });
        expect(actionOf(response.body, clients).permissions).toEqual({ edit: false, complete: false });
      });

      it('sees their open actions under “my actions”, with the client and the goal', async () => {
        const response = await (await as('volunteerNorth')).get('/api/plan-actions/mine');
        expect(response.status).toBe(200);
        expect(response.body).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              id: own,
              caseId: supportCase.id,
              clientName: 'Zoë van Dam',
              goalTitle: 'Ik wil mijn post op orde.',
              permissions: { edit: false, complete: true },
            }),
          ]),
        );
        expect((response.body as { id: string }[]).some((a) => a.id === clients)).toBe(false);
        const log = await accessLogOf(t.db, world.users.volunteerNorth.id, own);
        expect(log.at(-1)).toMatchObject({ action: 'search', entity: 'plan_action', client_id: client.id });
      });

      it('ticks off their own action, and nothing else', async () => {
        const volunteer = await as('volunteerNorth');
        const done = await volunteer.patch(`${planUrl()}/actions/${own}`, { version: 1, status: 'done' });
        expect(done.status).toBe(200);
        expect(actionOf(done.body, own)).toMatchObject({ status: 'done', version: 2 });
        const log = await accessLogOf(t.db, world.users.volunteerNorth.id, own);
        expect(log.at(-1)).toMatchObject({ action: 'update', entity: 'plan_action', outcome: 'success' });

        const rename = await volunteer.patch(`${planUrl()}/actions/${own}`, { version: 2, description: 'Anders' });
        expect(rename.status).toBe(403);
        const cancel = await volunteer.patch(`${planUrl()}/actions/${own}`, { version: 2, status: 'cancelled' });
        expect(cancel.status).toBe(403);
        const others = await volunteer.patch(`${planUrl()}/actions/${clients}`, { version: 1, status: 'done' });
        expect(others.status).toBe(403);
        const denied = await accessLogOf(t.db, world.users.volunteerNorth.id, clients);
        expect(denied.at(-1)).toMatchObject({ outcome: 'denied' });
        expect((await volunteer.post(`${planUrl()}/goals`, goalRequest())).status).toBe(403);
        expect((await volunteer.patch(planUrl(), { version: 1 })).status).toBe(403);
      });

      it('is refused by an unlinked volunteer', async () => {
        const response = await (
          await as('volunteerSouth')
        ).patch(`${planUrl()}/actions/${own}`, {
          version: 2,
          status: 'open',
        });
        expect(response.status).toBe(403);
      });
    });
  });
});
