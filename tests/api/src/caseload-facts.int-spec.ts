import type { CaseView, PlanView, VisitView } from '@naast/contracts';
import { buildCase, buildVisit } from './fixtures/case-work';
import { buildAction, buildGoal, daysFromToday } from './fixtures/plan-work';
import { startPlanSuite, type PlanSuite } from './fixtures/plan-suite';

/**
 * The facts the caseload figures read (`cases.last_visit_on`, `cases.domain_count`,
 * `cases.domain_codes`, `plans.overdue_from`) always equal what the source rows give, whichever way they changed.
 */
describe('Caseload facts kept by the database', () => {
  let suite: PlanSuite;
  let supportCase: CaseView;

  /** Every case and plan whose stored fact differs from the one recomputed from its source rows. */
  const mismatches = async () =>
    suite.t.db.query(`
      SELECT 'case' AS kind, k.id, k.last_visit_on::text AS stored_visit, k.domain_count AS stored_domains
        FROM cases k
       WHERE k.last_visit_on IS DISTINCT FROM
               (SELECT (max(v.occurred_at) AT TIME ZONE 'Europe/Amsterdam')::date FROM visits v WHERE v.case_id = k.id)
          OR k.domain_count <> (SELECT count(*) FROM case_domains cd WHERE cd.case_id = k.id)
          OR k.domain_codes <> ARRAY(SELECT cd.domain_code FROM case_domains cd JOIN domains d ON d.code = cd.domain_code
                                      WHERE cd.case_id = k.id ORDER BY d.position)
      UNION ALL
      SELECT 'plan', p.id, p.overdue_from::text, NULL
        FROM plans p
       WHERE p.overdue_from IS DISTINCT FROM
               (SELECT min(a.due_on) FROM plan_actions a WHERE a.plan_id = p.id AND a.status = 'open')`);
  const facts = async () => {
    const [row] = (await suite.t.db.query(
      `SELECT k.last_visit_on::text AS "lastVisitOn", k.domain_count AS "domainCount", k.domain_codes AS "domainCodes", k.version,
              p.overdue_from::text AS "overdueFrom", p.version AS "planVersion"
         FROM cases k LEFT JOIN plans p ON p.case_id = k.id WHERE k.id = $1`,
      [supportCase.id],
    )) as {
      lastVisitOn: string | null;
      domainCount: number;
      domainCodes: string[];
      version: number;
      overdueFrom: string | null;
      planVersion: number | null;
    }[];
    return row;
  };
  const supporter = () => suite.world.as('supporterNorth');
  const planUrl = () => `/api/cases/${supportCase.id}/plan`;

  beforeAll(async () => {
    suite = await startPlanSuite();
    supportCase = await buildCase(await supporter(), suite.client.id, {
      registeredOn: daysFromToday(-60),
      domains: ['zorg', 'wonen'],
    });
  });
  afterAll(() => suite.t.close());

  it('counts the domains of a new case and follows a change of its domains', async () => {
    expect(await facts()).toMatchObject({
      domainCount: 2,
      domainCodes: ['zorg', 'wonen'],
      lastVisitOn: null,
      overdueFrom: null,
    });
    const changed = await (
      await supporter()
    ).patch(`/api/cases/${supportCase.id}`, {
      version: supportCase.version,
      domains: ['zorg', 'inkomen', 'werk'],
    });
    expect(changed.status).toBe(200);
    supportCase = changed.body as CaseView;
    // In the domains' order, not the order they were given in.
    expect(await facts()).toMatchObject({
      domainCount: 3,
      domainCodes: ['zorg', 'werk', 'inkomen'],
    });
    expect(await mismatches()).toEqual([]);
  });

  it('keeps the day of the latest visit when visits are recorded and their time amended', async () => {
    const older = await buildVisit(await supporter(), supportCase.id, {
      occurredAt: `${daysFromToday(-20)}T10:00:00Z`,
    });
    expect(await facts()).toMatchObject({ lastVisitOn: daysFromToday(-20) });
    const { version } = await facts();
    // 23:30 UTC is the next day in the Netherlands.
    const latest = await buildVisit(await supporter(), supportCase.id, {
      occurredAt: `${daysFromToday(-5)}T23:30:00Z`,
    });
    expect(await facts()).toMatchObject({ lastVisitOn: daysFromToday(-4), version });
    expect(await mismatches()).toEqual([]);

    const amend = async (visit: VisitView, occurredAt: string) => {
      const response = await (
        await supporter()
      ).post(`/api/visits/${visit.id}/amendments`, { version: visit.version, occurredAt, reason: 'Datum verkeerd' });
      expect(response.status).toBe(201);
    };
    await amend(latest, `${daysFromToday(-30)}T10:00:00Z`);
    expect(await facts()).toMatchObject({ lastVisitOn: daysFromToday(-20), version });
    await amend(older, `${daysFromToday(-10)}T10:00:00Z`);
    expect(await facts()).toMatchObject({ lastVisitOn: daysFromToday(-10) });
    expect(await mismatches()).toEqual([]);
  });

  it('keeps the earliest due date of the open actions through creating, changing, ticking off and removing', async () => {
    const as = await supporter();
    const { goal } = await buildGoal(as, supportCase.id);
    expect(await facts()).toMatchObject({ overdueFrom: null });
    const { action: first } = await buildAction(as, supportCase.id, goal.id, { dueOn: daysFromToday(10) });
    expect(await facts()).toMatchObject({ overdueFrom: daysFromToday(10) });
    const { action: second } = await buildAction(as, supportCase.id, goal.id, {
      description: 'Bellen',
      dueOn: daysFromToday(-3),
    });
    expect(await facts()).toMatchObject({ overdueFrom: daysFromToday(-3) });
    expect(await mismatches()).toEqual([]);

    const patch = async (actionId: string, body: object) => {
      const response = await as.patch(`${planUrl()}/actions/${actionId}`, body);
      expect(response.status).toBe(200);
      return (response.body as PlanView).goals.flatMap((g) => g.actions).find((a) => a.id === actionId);
    };
    const moved = await patch(second.id, { version: second.version, dueOn: daysFromToday(-7) });
    expect(await facts()).toMatchObject({ overdueFrom: daysFromToday(-7) });
    const done = await patch(second.id, { version: moved?.version, status: 'done' });
    expect(await facts()).toMatchObject({ overdueFrom: daysFromToday(10) });
    const { planVersion } = await facts();
    const reopened = await patch(second.id, { version: done?.version, status: 'open' });
    const after = await facts();
    expect(after).toMatchObject({ overdueFrom: daysFromToday(-7) });
    // The plan's version moves once for the change itself, not for the fact.
    expect(after.planVersion).toBe((planVersion ?? 0) + 1);
    expect(await mismatches()).toEqual([]);

    expect((await as.delete(`${planUrl()}/actions/${second.id}?version=${reopened?.version}`)).status).toBe(200);
    expect(await facts()).toMatchObject({ overdueFrom: daysFromToday(10) });
    const plan = (await as.get(planUrl())).body as PlanView;
    const current = plan.goals.find((g) => g.id === goal.id);
    expect(current?.actions.map((a) => a.id)).toEqual([first.id]);
    // Removing the goal removes its actions with it.
    expect((await as.delete(`${planUrl()}/goals/${goal.id}?version=${current?.version}`)).status).toBe(200);
    expect(await facts()).toMatchObject({ overdueFrom: null });
    expect(await mismatches()).toEqual([]);
  });

  it('agrees with the source rows for every case and plan of the database', async () => {
    const [counts] = (await suite.t.db.query(
      `SELECT (SELECT count(*) FROM cases WHERE last_visit_on IS NOT NULL)::int AS visited,
              (SELECT count(*) FROM cases WHERE domain_count > 0)::int AS with_domains`,
    )) as { visited: number; with_domains: number }[];
    expect(counts.visited).toBeGreaterThan(0);
    expect(counts.with_domains).toBeGreaterThan(1);
    expect(await mismatches()).toEqual([]);
  });
});
