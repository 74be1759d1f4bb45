import type { CaseView, ClientView, PlanView, VisitView } from '@naast/contracts';
import { buildCase, buildClient, buildVisit, visitRequest } from '../fixtures/case-work';
import { buildAction, buildGoal } from '../fixtures/plan-work';
import {
  buildWorld,
  FetchSession,
  listenOnLoopback,
  present,
  startTestApp,
  TEST_PASSWORD,
  type RawResponse,
  type TestApp,
  type World,
} from '../support';

/** 1,000 rounds in all, spread over the resources; each round 2–16 writers carrying the same version. */
const TOTAL_ROUNDS = Number(process.env['NAAST_RACE_ROUNDS'] ?? 1000);
const MIN_WRITERS = 2;
const MAX_WRITERS = 16;
/** Objects raced side by side per resource: rounds on different objects may overlap, rounds on one may not. */
const LANES_PER_RESOURCE = 1;
/**
 * How many writers race in each round, in turn: every count from 2 to 16 comes up, small races more
 * often than large ones (as in real use, and to keep the suite quick).
 */
const WRITER_COUNTS = Array.from({ length: MAX_WRITERS - MIN_WRITERS + 1 }, (_, i) => [MIN_WRITERS + i, 2, 2]).flat();
const APPEND_ROUNDS = 8;
const APPENDS_PER_ROUND = 16;

/**
 * A resource that can be edited concurrently: how to make one, how to write it with a version, and
 * how to read back the stored row, its version and the value a write set.
 */
interface RacedResource {
  name: string;
  /** The access-log entity of its writes. */
  entity: string;
  /** Log rows are found by the record's id, or (for a plan, logged without one) by the client it belongs to. */
  logKey?: 'client';
  create(): Promise<{ id: string; version: number; clientId?: string }>;
  write(session: FetchSession, id: string, version: number, marker: string): Promise<RawResponse>;
  stored(id: string): Promise<{ version: number; marker: string }>;
  /** The record's version in an answer (or a 409's `current`): goal and action writes answer with the whole plan. */
  versionIn?(view: unknown, id: string): number | undefined;
  /** What `stored` shows for a written marker, when the field does not hold it verbatim. */
  markerOf?(marker: string): string;
  /** Rows appended per successful write (the amendment history), when there are any. */
  appendedRows?(id: string): Promise<number>;
}

interface Tally {
  rounds: number;
  writes: number;
  successes: number;
  conflicts: number;
}

/** A distinct calendar day per writer marker (the plan's field that a race writes is a date). */
function markerDate(marker: string): string {
  const writer = Number(/(\d+)$/.exec(marker)?.[1] ?? 0);
  const round = Number(/ronde (\d+)/.exec(marker)?.[1] ?? 0);
  return new Date(Date.UTC(2030, 0, 1) + (round * 16 + writer) * 86_400_000).toISOString().slice(0, 10);
}

describe('No lost updates, no lost appends', () => {
  let t: TestApp;
  let world: World;
  /** One session per concurrent writer: all supporterNorth, as colleagues racing on one record would be. */
  const writers: FetchSession[] = [];
  const tallies = new Map<string, Tally>();
  const appendFigures = { visits: 0, amendments: 0 };
  const started = Date.now();

  const count = async (sql: string, params: unknown[]): Promise<number> => {
    const [row] = (await t.db.query(sql, params)) as { n: string }[];
    return Number(present(row, `a count from "${sql}"`).n);
  };
  /** The version and the written field of one raced record. */
  const storedRow = async (sql: string, id: string): Promise<{ version: number; marker: string }> => {
    const [row] = (await t.db.query(sql, [id])) as { version: number; marker: string }[];
    return present(row, `the record ${id} from "${sql}"`);
  };

  const resources = (): RacedResource[] => {
    const supporter = () => world.as('supporterNorth');
    return [
      {
        name: 'client',
        entity: 'client',
        create: async () => buildClient(await supporter(), world.north.id) as Promise<ClientView>,
        write: (s, id, version, marker) =>
          s.send({ method: 'PATCH', path: `/api/clients/${id}`, body: { version, familyName: marker } }),
        stored: (id) => storedRow('SELECT version, family_name AS marker FROM clients WHERE id = $1', id),
      },
      {
        name: 'case',
        entity: 'case',
        create: async () => {
          const client = await buildClient(await supporter(), world.north.id);
          return buildCase(await supporter(), client.id) as Promise<CaseView>;
        },
        write: (s, id, version, marker) =>
          s.send({ method: 'PATCH', path: `/api/cases/${id}`, body: { version, question: marker } }),
        stored: (id) => storedRow('SELECT version, question AS marker FROM cases WHERE id = $1', id),
      },
      {
        name: 'visit amendment',
        entity: 'visit',
        create: async () => {
          const client = await buildClient(await supporter(), world.north.id);
          const supportCase = await buildCase(await supporter(), client.id);
          return buildVisit(await supporter(), supportCase.id) as Promise<VisitView>;
        },
        write: (s, id, version, marker) =>
          s.send({
            method: 'POST',
            path: `/api/visits/${id}/amendments`,
            body: { version, reason: 'Samenvatting aangevuld', summary: marker },
          }),
        stored: (id) => storedRow('SELECT version, summary AS marker FROM visits WHERE id = $1', id),
        appendedRows: (id) => count('SELECT count(*) AS n FROM visit_amendments WHERE visit_id = $1', [id]),
      },
      ...planResources(),
    ];
  };

  /** The plan, a goal and an action of a fresh case of supporterNorth. */
  const planParts = async () => {
    const supporter = await world.as('supporterNorth');
    const client = await buildClient(supporter, world.north.id);
    const supportCase = await buildCase(supporter, client.id);
    const { goal } = await buildGoal(supporter, supportCase.id);
    const { action, plan } = await buildAction(supporter, supportCase.id, goal.id);
    return { caseId: supportCase.id, clientId: client.id, plan, goal, action };
  };
  const cases = new Map<string, string>();
  const planResources = (): RacedResource[] => [
    {
      name: 'plan',
      entity: 'plan',
      logKey: 'client',
      create: async () => {
        const parts = await planParts();
        const id = parts.plan.id;
        if (!id) throw new Error('the plan was not created with its first goal');
        cases.set(id, parts.caseId);
        return { id, version: parts.plan.version, clientId: parts.clientId };
      },
      write: (s, id, version, marker) =>
        s.send({
          method: 'PATCH',
          path: `/api/cases/${cases.get(id)}/plan`,
          body: { version, nextEvaluationOn: markerDate(marker) },
        }),
      stored: (id) =>
        storedRow(`SELECT version, to_char(next_evaluation_on, 'YYYY-MM-DD') AS marker FROM plans WHERE id = $1`, id),
      markerOf: markerDate,
    },
    {
      name: 'goal',
      entity: 'plan_goal',
      versionIn: (view, id) => (view as PlanView | undefined)?.goals.find((g) => g.id === id)?.version,
      create: async () => {
        const parts = await planParts();
        cases.set(parts.goal.id, parts.caseId);
        return parts.goal;
      },
      write: (s, id, version, marker) =>
        s.send({
          method: 'PATCH',
          path: `/api/cases/${cases.get(id)}/plan/goals/${id}`,
          body: { version, title: marker },
        }),
      stored: (id) => storedRow('SELECT version, title AS marker FROM plan_goals WHERE id = $1', id),
    },
    {
      name: 'action',
      entity: 'plan_action',
      versionIn: (view, id) =>
        (view as PlanView | undefined)?.goals.flatMap((g) => g.actions).find((a) => a.id === id)?.version,
      create: async () => {
        const parts = await planParts();
        cases.set(parts.action.id, parts.caseId);
        return parts.action;
      },
      write: (s, id, version, marker) =>
        s.send({
          method: 'PATCH',
          path: `/api/cases/${cases.get(id)}/plan/actions/${id}`,
          body: { version, description: marker },
        }),
      stored: (id) => storedRow('SELECT version, description AS marker FROM plan_actions WHERE id = $1', id),
    },
  ];

  beforeAll(async () => {
    // Up to 48 requests wait for a connection at once here; on a busy test machine the default 1.5 s
    // wait for a pooled connection would turn some into 503s, which is not what this suite is about.
    t = await startTestApp({ DATABASE_POOL_SIZE: '16', DATABASE_CONNECT_TIMEOUT_MS: '15000' });
    const baseUrl = await listenOnLoopback(t);
    world = await buildWorld(t);
    for (let i = 0; i < MAX_WRITERS; i++)
      writers.push(await new FetchSession(baseUrl).signIn(world.users.supporterNorth.email, TEST_PASSWORD));
  });
  afterAll(async () => {
    await t?.close();
    const lines = [...tallies.entries()].map(
      ([name, x]) => `${name}: ${x.rounds} rounds, ${x.writes} writes, ${x.successes} won, ${x.conflicts} × 409`,
    );
    const rounds = [...tallies.values()].reduce((sum, x) => sum + x.rounds, 0);
    process.stdout.write(
      `\n[no lost updates] ${rounds} rounds of ${MIN_WRITERS}–${MAX_WRITERS} concurrent writers in ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s — ${lines.join('; ')}; ` +
        `appends: ${appendFigures.visits} visits and ${appendFigures.amendments} amendments, each with its row and access-log row\n`,
    );
  });

  it('lets exactly one of the writers with the same version win, every round, for every resource', async () => {
    const all = resources();
    const roundsPerLane = Math.ceil(TOTAL_ROUNDS / (all.length * LANES_PER_RESOURCE));
    const problems: string[] = [];
    let roundNumber = 0;

    const lane = async (resource: RacedResource, laneIndex: number) => {
      const tally = tallies.get(resource.name) ?? { rounds: 0, writes: 0, successes: 0, conflicts: 0 };
      tallies.set(resource.name, tally);
      const created = await resource.create();
      const id = created.id;
      const logKey =
        resource.logKey === 'client' ? present(created.clientId, `the client of the ${resource.name}`) : id;
      const keyColumn = resource.logKey === 'client' ? 'client_id::text' : 'entity_id';
      const updateRows = () =>
        count(
          `SELECT count(*) AS n FROM access_log WHERE entity = $1 AND ${keyColumn} = $2 AND action = 'update' AND outcome = 'success'`,
          [resource.entity, logKey],
        );
      const staleRows = () =>
        count(`SELECT count(*) AS n FROM access_log WHERE ${keyColumn} = $1 AND detail = 'stale version'`, [logKey]);
      const logBefore = await updateRows();
      const staleBefore = await staleRows();
      const appendedBefore = (await resource.appendedRows?.(id)) ?? 0;
      let version = (await resource.stored(id)).version;
      let won = 0;
      let lost = 0;
      for (let r = 0; r < roundsPerLane; r++) {
        const round = roundNumber++;
        const n = present(WRITER_COUNTS[(r + laneIndex * 7) % WRITER_COUNTS.length], 'a writer count');
        const markers = Array.from({ length: n }, (_, w) => `${resource.name} ronde ${round} schrijver ${w}`);
        const answers = await Promise.all(
          markers.map((marker, w) => resource.write(present(writers[w], `writer ${w}`), id, version, marker)),
        );
        const winners = answers.flatMap((a, w) => (a.status === 200 || a.status === 201 ? [w] : []));
        const conflicts = answers.filter((a) => a.status === 409);
        tally.rounds++;
        tally.writes += n;
        tally.successes += winners.length;
        tally.conflicts += conflicts.length;
        won += winners.length;
        lost += conflicts.length;
        const where = `${resource.name} round ${round} (${n} writers, version ${version})`;
        if (winners.length !== 1 || conflicts.length !== n - 1) {
          problems.push(`${where}: ${answers.map((a) => a.status).join(',')}`);
          version = (await resource.stored(id)).version;
          continue;
        }
        const stored = await resource.stored(id);
        const versionIn = (view: unknown) =>
          resource.versionIn ? resource.versionIn(view, id) : (view as { version?: number } | undefined)?.version;
        const winner = present(winners[0], 'the winning writer');
        const winnerSaw = versionIn(present(answers[winner], "the winner's answer").json);
        if (stored.version !== version + 1 || winnerSaw !== version + 1)
          problems.push(`${where}: version now ${stored.version}, winner saw ${winnerSaw}`);
        const written = present(markers[winner], "the winner's marker");
        const expected = resource.markerOf ? resource.markerOf(written) : written;
        if (stored.marker !== expected)
          problems.push(`${where}: stored "${stored.marker}", the winner wrote "${expected}"`);
        // Each 409 shows the record as it is now, so the loser can redo their change on top of it.
        for (const conflict of conflicts) {
          const shown = versionIn((conflict.json as { current?: unknown }).current);
          if (shown !== version + 1) problems.push(`${where}: a 409 showed version ${shown}`);
        }
        version = stored.version;
      }
      const logAfter = await updateRows();
      const staleAfter = await staleRows();
      if (logAfter - logBefore !== won)
        problems.push(`${resource.name}: ${logAfter - logBefore} update log rows for ${won} wins`);
      if (staleAfter - staleBefore !== lost)
        problems.push(`${resource.name}: ${staleAfter - staleBefore} stale-read log rows for ${lost} conflicts`);
      if (resource.appendedRows) {
        const appended = (await resource.appendedRows(id)) - appendedBefore;
        if (appended !== won) problems.push(`${resource.name}: ${appended} history rows for ${won} wins`);
      }
    };

    await Promise.all(
      all.flatMap((resource) => Array.from({ length: LANES_PER_RESOURCE }, (_, i) => lane(resource, i))),
    );
    expect(problems.slice(0, 20)).toEqual([]);
    expect([...tallies.values()].reduce((sum, x) => sum + x.rounds, 0)).toBeGreaterThanOrEqual(TOTAL_ROUNDS);
  }, 300_000);

  it('keeps every one of many concurrent visits, each with its access-log row', async () => {
    const supporter = await world.as('supporterNorth');
    const client = await buildClient(supporter, world.north.id);
    const supportCase = await buildCase(supporter, client.id);
    for (let round = 0; round < APPEND_ROUNDS; round++) {
      const before = await count('SELECT count(*) AS n FROM visits WHERE case_id = $1', [supportCase.id]);
      const logBefore = await count(
        `SELECT count(*) AS n FROM access_log a JOIN visits v ON v.id::text = a.entity_id
          WHERE v.case_id = $1 AND a.entity = 'visit' AND a.action = 'create'`,
        [supportCase.id],
      );
      const answers = await Promise.all(
        writers.slice(0, APPENDS_PER_ROUND).map((s, i) =>
          s.send({
            method: 'POST',
            path: `/api/cases/${supportCase.id}/visits`,
            body: visitRequest({ summary: `Gelijktijdig contactmoment ${round}.${i}` }),
          }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(APPENDS_PER_ROUND).fill(201));
      const ids = new Set(answers.map((a) => (a.json as VisitView).id));
      expect(ids.size).toBe(APPENDS_PER_ROUND);
      expect(await count('SELECT count(*) AS n FROM visits WHERE case_id = $1', [supportCase.id])).toBe(
        before + APPENDS_PER_ROUND,
      );
      expect(
        await count(
          `SELECT count(*) AS n FROM access_log a JOIN visits v ON v.id::text = a.entity_id
            WHERE v.case_id = $1 AND a.entity = 'visit' AND a.action = 'create'`,
          [supportCase.id],
        ),
      ).toBe(logBefore + APPENDS_PER_ROUND);
      appendFigures.visits += APPENDS_PER_ROUND;
    }
  });

  it('keeps every one of many concurrent amendments (to different visits), each with its access-log row', async () => {
    const supporter = await world.as('supporterNorth');
    const client = await buildClient(supporter, world.north.id);
    const supportCase = await buildCase(supporter, client.id);
    const visits: VisitView[] = [];
    for (let i = 0; i < APPENDS_PER_ROUND; i++) visits.push(await buildVisit(supporter, supportCase.id));
    for (let round = 0; round < APPEND_ROUNDS / 2; round++) {
      const ids = visits.map((v) => v.id);
      const before = await count('SELECT count(*) AS n FROM visit_amendments WHERE visit_id = ANY($1)', [ids]);
      const logBefore = await count(
        `SELECT count(*) AS n FROM access_log WHERE entity = 'visit' AND entity_id = ANY($1) AND action = 'update'`,
        [ids],
      );
      const answers = await Promise.all(
        visits.map((visit, i) =>
          present(writers[i], `writer ${i}`).send({
            method: 'POST',
            path: `/api/visits/${visit.id}/amendments`,
            body: { version: visit.version, reason: 'Duur gecorrigeerd', minutes: 30 + round },
          }),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(visits.length).fill(201));
      answers.forEach((a, i) => (visits[i] = a.json as VisitView));
      expect(await count('SELECT count(*) AS n FROM visit_amendments WHERE visit_id = ANY($1)', [ids])).toBe(
        before + visits.length,
      );
      expect(
        await count(
          `SELECT count(*) AS n FROM access_log WHERE entity = 'visit' AND entity_id = ANY($1) AND action = 'update'`,
          [ids],
        ),
      ).toBe(logBefore + visits.length);
      appendFigures.amendments += visits.length;
    }
  });
});
