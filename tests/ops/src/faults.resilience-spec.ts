import { ApiProcess } from './support/api-process';
import { TestDatabase } from './support/database';
import {
  type Answer,
  DEMO_PASSWORD,
  isCleanApiError,
  newCase,
  newClient,
  request,
  Session,
  staleConnectionRetries,
} from './support/http';
import { Load, ok, rate, type Outcome } from './support/load';
import { percentile, report, sleep } from './support/report';

/** 30 s as the issue asks; shorter only for a quick local try (OUTAGE_SECONDS=5). */
const OUTAGE_MS = Number(process.env['OUTAGE_SECONDS'] ?? 30) * 1000;
// Two sessions of the demo supporter: team leads sign in with a second step, which this test does not exercise.
const SUPPORTERS = ['ondersteuner@utrecht.example', 'ondersteuner@utrecht.example'];

/**
 * Faults against the built API on a real PostgreSQL: database outage, killed connections, SIGTERM
 * under load, kill -9 during writes, and starting before the database. Each prints its figures.
 */
describe('faults', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  const processes: ApiProcess[] = [];
  const allSessions: Session[] = [];
  let teamId: string;
  let readId: string;

  async function startApi(name: string, env: Record<string, string> = {}): Promise<ApiProcess> {
    const p = await ApiProcess.start(name, { databaseUrl: db.url, env });
    processes.push(p);
    return p;
  }

  async function signedIn(base: string, count: number): Promise<Session[]> {
    const sessions: Session[] = [];
    for (let i = 0; i < count; i++) {
      const s = new Session(base);
      allSessions.push(s);
      const answer = await s.signIn(SUPPORTERS[i % SUPPORTERS.length] as string, DEMO_PASSWORD);
      if (answer.status !== 200) throw new Error(`sign-in failed: ${answer.status}`);
      sessions.push(s);
    }
    return sessions;
  }

  /** Three reads to one write: a client read and a new client. Acknowledged writes are remembered. */
  const acknowledged: { id: string; at: number }[] = [];
  async function mixedStep(
    session: Session,
    _worker: number,
    n: number,
  ): Promise<{ kind: 'read' | 'write'; answer: Answer }> {
    if (n % 4 === 3) {
      const answer = await session.send('POST', '/api/clients', newClient(teamId, n));
      if (answer.status === 201) acknowledged.push({ id: (answer.body as { id: string }).id, at: Date.now() });
      return { kind: 'write', answer };
    }
    return { kind: 'read', answer: await session.send('GET', `/api/clients/${readId}`) };
  }

  async function stillStored(ids: string[]): Promise<number> {
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM clients WHERE id = ANY($1::uuid[])', [
      ids,
    ]);
    return row?.n ?? 0;
  }

  beforeAll(async () => {
    db = await TestDatabase.start();
    api = await startApi('api');
    await api.ready();
    const [first] = (await signedIn(api.url, 1)) as [Session];
    const me = await first.send('GET', '/api/auth/me');
    teamId = (me.body as { teams: { id: string }[] }).teams[0]?.id as string;
    readId = ((await first.send('POST', '/api/clients', newClient(teamId, 0))).body as { id: string }).id;
  });

  afterAll(async () => {
    allSessions.forEach((s) => s.close());
    await Promise.all(processes.map((p) => p.stop().catch(() => undefined)));
    await db?.destroy();
  });

  it(`survives the database stopping for ${OUTAGE_MS / 1000} s under a steady load`, async () => {
    const pid = api.pid;
    const load = new Load({ workers: 4, sessions: await signedIn(api.url, 4), step: mixedStep, pauseMs: 20 });
    const probes: { at: number; live: number | string; ready: number | string }[] = [];
    let probing = true;
    const prober = (async () => {
      while (probing) {
        const at = Date.now();
        const [live, ready] = await Promise.all(
          ['live', 'ready'].map((p) =>
            request('GET', `${api.url}/api/health/${p}`, { timeoutMs: 3000 }).then(
              (a) => a.status,
              (e: { code?: string }) => e.code ?? 'error',
            ),
          ),
        );
        probes.push({ at, live: live as number | string, ready: ready as number | string });
        await sleep(100);
      }
    })();

    await sleep(3000);
    const ackBefore = acknowledged.map((a) => a.id);
    const stoppedAt = Date.now();
    await db.halt();
    await sleep(OUTAGE_MS);
    const resumingAt = Date.now();
    await db.resume();
    const backAt = Date.now();
    await sleep(15_000);
    const outcomes = await load.stop();
    probing = false;
    await prober;

    const readyDown = probes.find((p) => p.at >= stoppedAt && p.ready === 503);
    const readyUp = probes.find((p) => p.at >= backAt && p.ready === 200);
    const during = load.between(stoppedAt, resumingAt);
    const firstOk = load.between(backAt).find(ok);
    const firstTenSeconds = load.between(backAt, backAt + 10_000);
    const afterTen = load.between(backAt + 10_000);
    const durations = during.map((o) => o.end - o.start);
    const failures = during.filter((o) => !ok(o));
    const unclean = outcomes.filter(
      (o) => o.status !== null && o.status >= 500 && !isCleanApiError(o.answer as Answer, 503),
    );
    const figures = {
      outageSeconds: OUTAGE_MS / 1000,
      samePid: api.pid === pid && api.alive,
      liveProbes: `${probes.filter((p) => p.live === 200).length}/${probes.length} answered 200`,
      readyTurned503AfterMs: readyDown ? readyDown.at - stoppedAt : null,
      readyBackAfterMs: readyUp ? readyUp.at - backAt : null,
      requestsDuringOutage: during.length,
      failedFastDuringOutage: `${failures.filter((o) => o.status === 503).length} x 503, ${failures.filter((o) => o.status === null).length} without answer`,
      outageLatencyMs: {
        p50: percentile(durations, 50),
        p99: percentile(durations, 99),
        max: Math.max(0, ...durations),
      },
      uncleanErrors: unclean.length,
      firstSuccessAfterReturnMs: firstOk ? firstOk.end - backAt : null,
      successRateFirst10s: `${(rate(firstTenSeconds) * 100).toFixed(1)} % of ${firstTenSeconds.length}`,
      successRateAfter10s: `${(rate(afterTen) * 100).toFixed(1)} % of ${afterTen.length}`,
      writesAcknowledgedBeforeOutage: ackBefore.length,
      ofThoseStillStored: await stillStored(ackBefore),
    };
    report('database outage', figures);

    expect(figures.samePid).toBe(true);
    expect(probes.every((p) => p.live === 200)).toBe(true);
    expect(figures.readyTurned503AfterMs).not.toBeNull();
    expect(figures.readyTurned503AfterMs).toBeLessThanOrEqual(3000);
    expect(during.length).toBeGreaterThan(50);
    expect(failures.every((o) => o.status === 503 && isCleanApiError(o.answer as Answer, 503))).toBe(true);
    expect(figures.outageLatencyMs.max).toBeLessThanOrEqual(2000);
    expect(unclean).toHaveLength(0);
    expect(figures.firstSuccessAfterReturnMs).not.toBeNull();
    expect((firstOk?.end ?? Infinity) - backAt).toBeLessThanOrEqual(10_000);
    expect(rate(afterTen)).toBeGreaterThanOrEqual(0.99);
    expect(ackBefore.length).toBeGreaterThan(0);
    expect(figures.ofThoseStillStored).toBe(ackBefore.length);
    // The outage was logged as such, without stack traces.
    expect(api.rawOutput.some((l) => /database unavailable/.test(l))).toBe(true);
    expect(api.rawOutput.some((l) => /\\n\s+at /.test(l) && /ECONNREFUSED|terminat/.test(l))).toBe(false);
  });

  it("recovers within 2 s each time the API's database connections are killed, five times in a minute", async () => {
    const pid = api.pid;
    const load = new Load({ workers: 4, sessions: await signedIn(api.url, 4), step: mixedStep, pauseMs: 10 });
    await sleep(2000);
    const kills: { at: number; killed: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const at = Date.now();
      const [row] = await db.query<{ killed: number }>(
        `SELECT count(pg_terminate_backend(pid))::int AS killed FROM pg_stat_activity
          WHERE application_name = 'naast' AND pid <> pg_backend_pid()`,
      );
      kills.push({ at, killed: row?.killed ?? 0 });
      await sleep(i < 4 ? 6000 : 4000);
    }
    await load.stop();
    const perKill = kills.map(({ at, killed }) => {
      const window = load.between(at - 200, at + 5000);
      const failed = window.filter((o) => !ok(o));
      const lastFailure = Math.max(at, ...failed.map((o) => o.end));
      return {
        killed,
        failed: failed.length,
        requests: window.length,
        recoveryMs: failed.length ? lastFailure - at : 0,
      };
    });
    const failed = load.outcomes.filter((o) => !ok(o));
    report('killed database connections', {
      kills: kills.length,
      spanSeconds: (((kills[kills.length - 1]?.at ?? 0) - (kills[0]?.at ?? 0)) / 1000).toFixed(0),
      perKill,
      requests: load.outcomes.length,
      failedRequests: failed.length,
      failedStatuses: [...new Set(failed.map((o) => o.status ?? o.error))],
      samePid: api.pid === pid && api.alive,
    });
    expect(api.alive && api.pid === pid).toBe(true);
    expect(kills.every((k) => k.killed > 0)).toBe(true);
    expect(perKill.every((k) => k.recoveryMs <= 2000)).toBe(true);
    expect(failed.every((o) => o.status === 503 && isCleanApiError(o.answer as Answer, 503))).toBe(true);
  });

  it('finishes in-flight requests on SIGTERM under load and exits 0 within 10 s', async () => {
    const p = await startApi('api-sigterm');
    await p.ready();
    const load = new Load({
      workers: 8,
      sessions: await signedIn(p.url, 4),
      step: mixedStep,
      stopOnRefused: true,
    });
    await sleep(2000);
    const retriesBefore = staleConnectionRetries.count;
    const signalledAt = Date.now();
    p.signal('SIGTERM');
    // Readiness probes from the signal on: each one sent after the process took the signal answers 503.
    const probes: { start: number; end: number; answer: number | string }[] = [];
    for (;;) {
      const start = Date.now();
      const answer = await request('GET', `${p.url}/api/health/ready`, { timeoutMs: 2000 }).then(
        (a) => a.status,
        (e: { code?: string }) => e.code ?? 'error',
      );
      probes.push({ start: start - signalledAt, end: Date.now() - signalledAt, answer });
      if (answer !== 200) break;
    }
    const first503 = probes.find((x) => x.answer === 503);
    // A balancer probing every second stops sending within a second of seeing 503, inside the
    // drain window (SHUTDOWN_DRAIN_SECONDS, 2 s by default): no new request meets a closing listener.
    load.cutoff = signalledAt + (first503?.end ?? 0) + 1000;
    const exit = await p.exited;
    const outcomes = await load.stop();
    const answered = outcomes.filter((o) => o.status !== null);
    const refused = outcomes.filter((o) => o.error === 'ECONNREFUSED');
    // Anything else (a reset, a hang-up, a 5xx) is a request the shutdown broke.
    const broken: Outcome[] = outcomes.filter(
      (o) => (o.status !== null && !ok(o)) || (o.error && o.error !== 'ECONNREFUSED'),
    );
    const afterSignal = answered.filter((o) => o.end >= signalledAt);
    const inFlightAtSignal = outcomes.filter((o) => o.start <= signalledAt && o.end >= signalledAt);
    report('SIGTERM under load', {
      readinessProbesAfterSignal: probes.map((x) => `${x.answer} (sent +${x.start} ms, answered +${x.end} ms)`),
      inFlightAtSignal: `${inFlightAtSignal.filter(ok).length}/${inFlightAtSignal.length} succeeded`,
      requestsAnsweredAfterSignal: `${afterSignal.filter(ok).length}/${afterSignal.length} succeeded`,
      failedInFlight: broken.length,
      brokenDetail: broken.map(
        (o) => `${o.status ?? o.error} at +${o.start - signalledAt}..+${o.end - signalledAt} ms`,
      ),
      retriedOnClosedIdleConnection: staleConnectionRetries.count - retriesBefore,
      refusedAfterListenerClosed: refused.length,
      exitCode: exit.code,
      exitAfterMs: exit.at - signalledAt,
    });
    expect(first503).toBeDefined();
    // A probe that went out before Node ran the signal handler may still say 200; none after.
    expect(probes.filter((x) => x.answer === 200 && x.start > 100)).toHaveLength(0);
    expect(first503?.end).toBeLessThan(1000);
    expect(afterSignal.length).toBeGreaterThan(0);
    expect(inFlightAtSignal.length).toBeGreaterThan(0);
    expect(inFlightAtSignal.every(ok)).toBe(true);
    expect(broken).toHaveLength(0);
    expect(exit.code).toBe(0);
    expect(exit.at - signalledAt).toBeLessThan(10_000);
  });

  it('loses no acknowledged write to kill -9 during a write burst, and leaves nothing half-written', async () => {
    const p = await startApi('api-kill9');
    await p.ready();
    const acked: { client: string; case?: string }[] = [];
    const marker = `Kill9-${Date.now()}`;
    const load = new Load({
      workers: 6,
      sessions: await signedIn(p.url, 4),
      step: async (session, worker, n) => {
        // Two writes, each one transaction over several tables: a client, then a case for it.
        const client = await session.send('POST', '/api/clients', {
          ...newClient(teamId, n),
          givenName: `${marker}-${worker}-${n}`,
        });
        if (client.status !== 201) return { kind: 'write', answer: client };
        const entry: { client: string; case?: string } = { client: (client.body as { id: string }).id };
        acked.push(entry);
        const created = await session.send('POST', '/api/cases', newCase(entry.client));
        if (created.status === 201) entry.case = (created.body as { id: string }).id;
        return { kind: 'write', answer: created };
      },
    });
    await sleep(4000);
    p.signal('SIGKILL');
    await p.exited;
    await load.stop();
    const restarted = await startApi('api-after-kill9');
    const restartMs = await restarted.ready();

    const clientIds = acked.map((a) => a.client);
    const caseIds = acked.flatMap((a) => (a.case ? [a.case] : []));
    const [stored] = await db.query<{ clients: number; cases: number }>(
      `SELECT (SELECT count(*)::int FROM clients WHERE id = ANY($1::uuid[])) AS clients,
              (SELECT count(*)::int FROM cases WHERE id = ANY($2::uuid[])) AS cases`,
      [clientIds, caseIds],
    );
    // Every row the burst wrote, acknowledged or not: each has its access-log row and all its parts.
    const [orphans] = await db.query<{
      clients: number;
      cases: number;
      casesWithoutParts: number;
      total: number;
      totalCases: number;
    }>(
      `WITH burst AS (SELECT id FROM clients WHERE given_name LIKE $1 || '-%'),
            burst_cases AS (SELECT c.id FROM cases c JOIN burst b ON b.id = c.client_id)
       SELECT (SELECT count(*)::int FROM burst) AS total,
              (SELECT count(*)::int FROM burst_cases) AS "totalCases",
              (SELECT count(*)::int FROM burst b WHERE NOT EXISTS (
                 SELECT 1 FROM access_log l WHERE l.entity = 'client' AND l.entity_id = b.id::text AND l.action = 'create')) AS clients,
              (SELECT count(*)::int FROM burst_cases k WHERE NOT EXISTS (
                 SELECT 1 FROM access_log l WHERE l.entity = 'case' AND l.entity_id = k.id::text AND l.action = 'create')) AS cases,
              (SELECT count(*)::int FROM burst_cases k WHERE
                 (SELECT count(*) FROM case_domains d WHERE d.case_id = k.id) <> 2
                 OR NOT EXISTS (SELECT 1 FROM case_status_changes s WHERE s.case_id = k.id)) AS "casesWithoutParts"`,
      [marker],
    );
    report('kill -9 during a write burst', {
      acknowledgedClients: clientIds.length,
      acknowledgedCases: caseIds.length,
      storedAfterRestart: stored,
      rowsWrittenByBurst: { clients: orphans?.total, cases: orphans?.totalCases },
      withoutAccessLogRow: { clients: orphans?.clients, cases: orphans?.cases },
      casesMissingParts: orphans?.casesWithoutParts,
      restartReadyMs: restartMs,
    });
    expect(clientIds.length).toBeGreaterThan(10);
    expect(stored).toEqual({ clients: clientIds.length, cases: caseIds.length });
    expect(orphans).toMatchObject({ clients: 0, cases: 0, casesWithoutParts: 0 });
    await restarted.stop();
  });

  it('waits for the database when started before it, and comes up when it does', async () => {
    await api.stop();
    await db.halt();
    const p = await startApi('api-early');
    await p.waitForLog((e) => /Waiting for the database/.test(e.msg ?? ''));
    // It keeps waiting, quietly: no crash, no restart, no line per attempt.
    await sleep(5000);
    const waiting = p.logs.filter((e) => /Waiting for the database/.test(e.msg ?? ''));
    const alive = p.alive;
    const live = await request('GET', `${p.url}/api/health/live`).then(
      (a) => a.status,
      (e: { code?: string }) => e.code,
    );
    const resumedAt = Date.now();
    await db.resume();
    await p.ready();
    const upAfterMs = Date.now() - resumedAt;
    const reachable = p.logs.find((e) => /reachable after/.test(e.msg ?? ''));
    report('start before the database', {
      aliveWhileWaiting: alive,
      waitingLogLines: waiting.map((e) => e.msg),
      listeningWhileWaiting: live,
      readyAfterDatabaseStartMs: upAfterMs,
      logOnArrival: reachable?.msg,
    });
    expect(alive).toBe(true);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]?.msg).toMatch(/127\.0\.0\.1:\d+\/naast/);
    expect(waiting[0]?.msg).not.toMatch(/naast-embedded/); // no password in the log
    expect(live).toBe('ECONNREFUSED');
    expect(upAfterMs).toBeLessThan(15_000);
  });
});
