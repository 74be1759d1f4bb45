import fc from 'fast-check';
import { ScopedObjectFactory, VIEW_USERS, type ScopedObjects, type View } from '../fixtures/scoped-objects';
import { buildScopedIdentity } from '../fixtures/identity-work';
import {
  buildUser,
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
import { AUTHORIZATION_MATRIX, type RouteRule } from './authorization-matrix';
import { badRequests, type BadRequest } from './bad-input';
import { pathParamsFor } from './matrix-requests';
import { documentedRoutes, routeKey, type OpenApiDocument } from './route-inventory';

/** Fixed so a failure can be replayed; override with NAAST_FUZZ_SEED (and NAAST_FUZZ_RUNS per operation). */
const SEED = Number(process.env['NAAST_FUZZ_SEED'] ?? 7513);
/** At least 200 per operation and 10,000 per run. */
const PER_OPERATION = Number(
  process.env['NAAST_FUZZ_RUNS'] ?? Math.max(200, Math.ceil(10_000 / AUTHORIZATION_MATRIX.length)),
);
const CONCURRENCY = 6;
/** What an answer must never show: a stack trace, or SQL and database errors. */
const LEAK =
  /\n\s+at\s|\bat\s+\S+\s\(.*:\d+:\d+\)|node_modules|\.ts:\d+|QueryFailedError|TypeORM|\bSELECT\s.+\sFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+"?\w+"?\s+SET\b|\bDELETE\s+FROM\b|syntax error at|violates \w+(-\w+)? constraint|relation "|column "|invalid input syntax|duplicate key/i;
const REFUSALS = [400, 404, 413, 422];
/** Views tried in this order for a role that may call the operation; anonymous first keeps sessions alive on sign-out. */
const VIEW_PREFERENCE: View[] = ['anonymous', 'supporter', 'team_lead', 'volunteer', 'admin'];

interface Violation {
  operation: string;
  kind: string;
  field: string;
  invalid: boolean;
  status: number;
  problem: string;
  request: string;
  answer: string;
}

const figures = { operations: 0, requests: 0, invalid: 0, statuses: new Map<number, number>(), started: Date.now() };

function viewFor(rule: RouteRule): View {
  // Sign-in and sign-out are for anyone; fuzzed anonymously they end no session and try no real password.
  if (rule.freshSession) return 'anonymous';
  const view = VIEW_PREFERENCE.find((v) => {
    const outcome =
      typeof rule.expect[v] === 'object' ? (rule.expect[v] as Record<string, unknown>)['own'] : rule.expect[v];
    return outcome === 'allowed' || outcome === 'listed';
  });
  if (!view) throw new Error(`${routeKey(rule)}: no view may call it`);
  return view;
}

function problemWith(bad: BadRequest, response: RawResponse): string | null {
  if (response.status >= 500) return 'server error';
  const json = response.json as { statusCode?: number; details?: { field?: unknown }[]; current?: unknown } | undefined;
  // A 409 carries the current record, which may hold what an earlier request wrote.
  const scanned = response.status >= 400 && json ? JSON.stringify({ ...json, current: undefined }) : response.text;
  if (response.status >= 400 && LEAK.test(scanned)) return 'stack trace or SQL in the answer';
  if (response.status >= 400 && json?.statusCode !== response.status) return 'error answer is not an ApiError';
  const fields = (json?.details ?? []).map((d) => d.field).filter((f): f is string => typeof f === 'string');
  if ((response.status === 400 || response.status === 422) && fields.length === 0) return '400 without a field named';
  if (!bad.invalid) return null;
  if (!REFUSALS.includes(response.status)) return `invalid input answered ${response.status}`;
  if ((response.status === 400 || response.status === 422) && bad.field !== '*') {
    const named = fields.some((f) => f === bad.field || f.startsWith(`${bad.field}.`));
    if (!named) return `field ${bad.field} not named (named: ${fields.join(', ')})`;
  }
  return null;
}

/** Sends the items with one worker per sender, each sender in turn taking the next item. */
async function inPool<T, S>(
  items: readonly T[],
  senders: readonly S[],
  work: (item: T, sender: S) => Promise<void>,
): Promise<void> {
  // One iterator shared by all workers: whichever is free takes the next item.
  const queue = items.values();
  await Promise.all(
    senders.map(async (sender) => {
      for (const item of queue) await work(item, sender);
    }),
  );
}

describe('Bad input (OpenAPI-driven fuzzing)', () => {
  let t: TestApp;
  let world: World;
  let objects: ScopedObjectFactory;
  let baseUrl: string;
  let doc: OpenApiDocument;
  const violations: Violation[] = [];
  /**
   * Sessions per view, one per concurrent sender (requests of one session queue on its row), signed in
   * before fuzzing starts (fuzzing sign-in trips the login throttle).
   */
  const sessions = new Map<View, FetchSession[]>();
  const isolatedSessions = new Map<View, FetchSession[]>();

  beforeAll(async () => {
    // Thousands of requests per route: the rate limits (their own suite) would answer 429 first.
    t = await startTestApp({ RATE_LIMIT_SEARCHES_PER_MINUTE: '1000000', RATE_LIMIT_EXPORTS_PER_HOUR: '1000000' });
    baseUrl = await listenOnLoopback(t);
    world = await buildWorld(t);
    objects = await ScopedObjectFactory.create(t, world);
    doc = (await documentedRoutes(await world.anonymous())).document;
    for (const view of new Set(AUTHORIZATION_MATRIX.map(viewFor))) {
      const list: FetchSession[] = [];
      for (let i = 0; i < CONCURRENCY; i++) {
        const session = new FetchSession(baseUrl);
        if (view === 'anonymous') await session.init();
        else await session.signIn(world.users[VIEW_USERS[view]].email, TEST_PASSWORD);
        list.push(session);
      }
      sessions.set(view, list);
    }
    // Routes that change the caller's own account get senders of their own, each a user of its own.
    for (const view of new Set(AUTHORIZATION_MATRIX.filter((r) => r.isolatedUser).map(viewFor))) {
      const list: FetchSession[] = [];
      for (let i = 0; i < CONCURRENCY; i++) {
        const role = view === 'anonymous' ? 'supporter' : view;
        const user = await buildUser(t.db, { organisationId: world.orgA.id, role, teamIds: [world.north.id] });
        const session = new FetchSession(baseUrl);
        await session.signIn(user.email, TEST_PASSWORD);
        list.push(session);
      }
      isolatedSessions.set(view, list);
    }
    // Built (and their makers signed in) before fuzzing sign-in trips the login throttle.
    for (const rule of AUTHORIZATION_MATRIX.filter((r) => r.target)) await objects.shared(viewFor(rule), 'own');
  });
  afterAll(async () => {
    await t?.close();
    const histogram = [...figures.statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
    process.stdout.write(
      `\n[bad input] seed ${SEED}: ${figures.operations} operations, ${figures.requests} requests ` +
        `(${figures.invalid} certainly invalid) in ${((Date.now() - figures.started) / 1000).toFixed(1)} s; ` +
        `statuses ${histogram}; ${violations.length} violations\n`,
    );
  });

  it.each(AUTHORIZATION_MATRIX.map((rule) => [routeKey(rule), rule] as const))(
    '%s: no 5xx, no leaks, invalid input refused naming the field',
    async (key, rule) => {
      const operation = doc.paths[rule.path]?.[rule.method];
      if (!operation) throw new Error(`${key} is not in the OpenAPI document`);
      const view = viewFor(rule);
      const scoped: ScopedObjects = rule.target
        ? rule.freshIdentity
          ? await buildScopedIdentity(t, world, 'own')
          : await objects.shared(view, 'own')
        : { team: { id: world.north.id }, user: { id: world.north.id } };
      const senders = present(
        (rule.isolatedUser ? isolatedSessions : sessions).get(view),
        `the sessions of the ${view} view`,
      );
      const ctx = {
        objects: scoped,
        credentials:
          view === 'anonymous' ? undefined : { email: world.users[VIEW_USERS[view]].email, password: TEST_PASSWORD },
      };
      const seed = SEED + AUTHORIZATION_MATRIX.indexOf(rule);
      const requests = fc.sample(
        badRequests(doc, operation, {
          method: rule.method,
          template: rule.path,
          pathParams: pathParamsFor(rule, scoped),
          query: rule.query?.(ctx) ?? {},
          body: rule.body?.(ctx) as Record<string, unknown> | undefined,
        }),
        { seed, numRuns: PER_OPERATION },
      );
      const found: Violation[] = [];
      await inPool(requests, senders, async (bad, session) => {
        const response = await session.send(bad.request);
        figures.requests++;
        if (bad.invalid) figures.invalid++;
        figures.statuses.set(response.status, (figures.statuses.get(response.status) ?? 0) + 1);
        const problem = problemWith(bad, response);
        if (problem)
          found.push({
            operation: key,
            kind: bad.kind,
            field: bad.field,
            invalid: bad.invalid,
            status: response.status,
            problem,
            request: `${bad.request.method} ${bad.request.path.slice(0, 160)} ${(bad.request.rawBody ?? JSON.stringify(bad.request.body ?? '')).slice(0, 300)}`,
            answer: response.text.slice(0, 300),
          });
      });
      figures.operations++;
      violations.push(...found);
      expect(requests.length).toBeGreaterThanOrEqual(200);
      if (found.length > 0) {
        const distinct = new Map(found.map((v) => [`${v.kind}|${v.field}|${v.problem}`, v]));
        throw new Error(
          `${found.length} bad answers (seed ${seed}; replay with NAAST_FUZZ_SEED=${SEED}):\n` +
            [...distinct.values()]
              .slice(0, 15)
              .map((v) => `- ${v.problem} [${v.kind} @ ${v.field}] → ${v.status}\n  ${v.request}\n  ${v.answer}`)
              .join('\n'),
        );
      }
    },
  );

  it('sends at least 10,000 requests in a run', () => {
    if (process.env['NAAST_FUZZ_RUNS']) return; // a shortened replay
    expect(figures.requests).toBeGreaterThanOrEqual(10_000);
  });
});
