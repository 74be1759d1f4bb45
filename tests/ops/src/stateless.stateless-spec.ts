import { SEARCH_HEADER } from '@naast/contracts';
import { ApiProcess } from './support/api-process';
import { TestDatabase } from './support/database';
import { DEMO_PASSWORD, newClient, request, Session } from './support/http';
import { RoundRobinProxy } from './support/proxy';
import { report, sleep } from './support/report';

/**
 * Stateless proof: two API processes on one PostgreSQL behind a round-robin proxy. Whatever one
 * process knows (session, CSRF, login failures, scheduled job runs), the other knows too.
 */
describe('two API processes on one database', () => {
  let db: TestDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  let proxy: RoundRobinProxy;
  const sessions: Session[] = [];
  const session = (base: string) => {
    const s = new Session(base);
    sessions.push(s);
    return s;
  };

  beforeAll(async () => {
    db = await TestDatabase.start();
    const env = { JOBS_CHECK_SECONDS: '1', LOG_LEVEL: 'debug', TRUST_PROXY_HOPS: '1' };
    // Started together: the start-up lock lets one migrate and load the demo data, the other wait.
    [a, b] = await Promise.all([
      ApiProcess.start('api-a', { databaseUrl: db.url, env }),
      ApiProcess.start('api-b', { databaseUrl: db.url, env }),
    ]);
    const startMs = await Promise.all([a.ready(), b.ready()]);
    proxy = await RoundRobinProxy.start([a.url, b.url]);
    report('stateless: start-up', { processes: 2, readyAfterMs: startMs });
  });

  afterAll(async () => {
    sessions.forEach((s) => s.close());
    await proxy?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.destroy();
  });

  it('migrated once although both processes started at the same time', async () => {
    const migrations = await db.query<{ name: string; n: number }>(
      'SELECT name, count(*)::int AS n FROM migrations GROUP BY name',
    );
    expect(migrations.length).toBeGreaterThan(0);
    expect(migrations.every((m) => m.n === 1)).toBe(true);
    const [orgs] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM organisations');
    expect(orgs?.n).toBe(2); // the demo data, loaded once
  });

  it('signs in through one process and works through the other (session and CSRF in PostgreSQL)', async () => {
    const user = session(a.url);
    const signIn = await user.signIn('ondersteuner@utrecht.example', DEMO_PASSWORD);
    expect(signIn.status).toBe(200);

    user.base = b.url;
    const me = await user.send('GET', '/api/auth/me');
    expect(me.status).toBe(200);
    const teamId = (me.body as { teams: { id: string }[] }).teams[0]?.id as string;
    // A write on B with the CSRF token A handed out.
    const created = await user.send('POST', '/api/clients', newClient(teamId, 1), {
      'x-request-id': 'stateless-create-0001',
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;

    user.base = a.url;
    expect((await user.send('GET', `/api/clients/${id}`)).status).toBe(200);

    // The request id of the write is in B's request log and in the access log.
    const logged = await b.waitForLog((e) => e['requestId'] === 'stateless-create-0001');
    expect(logged).toMatchObject({ req: { method: 'POST', path: '/api/clients' }, res: { statusCode: 201 } });
    const [row] = await db.query<{ request_id: string }>(
      `SELECT request_id FROM access_log WHERE entity = 'client' AND entity_id = $1 AND action = 'create'`,
      [id],
    );
    expect(row?.request_id).toBe('stateless-create-0001');

    // Through the proxy, alternate requests land on alternate processes and all succeed.
    user.base = proxy.url;
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await user.send('GET', `/api/clients/${id}`)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect([...proxy.served.values()]).toEqual([5, 5]);

    // Sign out on one process ends the session on both.
    user.base = b.url;
    expect((await user.send('POST', '/api/auth/logout')).status).toBeLessThan(300);
    user.base = a.url;
    expect((await user.send('GET', '/api/auth/me')).status).toBe(401);
  });

  it('logs no personal data: no query strings, cookies or bodies', async () => {
    const user = session(a.url);
    await user.signIn('ondersteuner@utrecht.example', DEMO_PASSWORD);
    // A name search: the text travels in its header and must not reach the log either.
    const search = await user.send('GET', '/api/clients?limit=5', undefined, { [SEARCH_HEADER]: 'Belasting' });
    expect(search.status).toBe(200);
    await sleep(200);
    const output = [...a.rawOutput, ...b.rawOutput].join('\n');
    expect(output).not.toMatch(/Belasting|Proef1|naast\.sid=|XSRF-TOKEN=|Naast-demo-2026|ondersteuner@utrecht/);
    expect(a.logs.some((e) => (e['req'] as { path?: string } | undefined)?.path === '/api/clients')).toBe(true);
  });

  it('counts failed logins across both processes (throttle in PostgreSQL)', async () => {
    const email = 'vrijwilliger.zuid@utrecht.example';
    const statuses: number[] = [];
    // Ten failures, alternating between the processes through the proxy.
    const guesser = session(proxy.url);
    for (let i = 0; i < 10; i++) statuses.push((await guesser.signIn(email, `wrong-${i}`)).status);
    expect(statuses).toEqual(Array(10).fill(401));
    // The eleventh, even with the right password, is refused by either process.
    const onA = await session(a.url).signIn(email, DEMO_PASSWORD);
    const onB = await session(b.url).signIn(email, DEMO_PASSWORD);
    expect([onA.status, onB.status]).toEqual([429, 429]);
    report('stateless: login throttle', {
      failuresSpreadOver: 2,
      thenRefusedOnA: onA.status,
      thenRefusedOnB: onB.status,
    });
  });

  it('runs a scheduled job exactly once per period, whichever process gets there first', async () => {
    const rounds = 5;
    const ranLines = () =>
      [a, b].map((p) => p.logs.filter((e) => e['context'] === 'Jobs' && /^housekeeping ran/.test(e.msg ?? '')).length);
    await db.query(`SELECT 1`);
    // The first period ran at start-up, by one of the two.
    await a.waitForLog(() => ranLines().reduce((x, y) => x + y, 0) >= 1, 15_000);
    const before = ranLines();
    for (let round = 0; round < rounds; round++) {
      // A new period, as far as the job table knows, with work waiting.
      await db.query(
        `INSERT INTO sessions (sid, data, expires_at) SELECT 'expired-' || $1 || '-' || g, '{}', now() - interval '1 minute' FROM generate_series(1, 3) g`,
        [round],
      );
      await db.query(`INSERT INTO login_attempts (email, ip, succeeded, attempted_at)
                      VALUES ('oud@example.invalid', NULL, false, now() - interval '2 days')`);
      // The earlier tests' searches left rate-limit windows that may pass at any moment: none waiting.
      await db.query(`DELETE FROM rate_limit_counters`);
      await db.query(`DELETE FROM job_runs WHERE job = 'housekeeping'`);
      const started = Date.now();
      let runs: { ran_by: string; result: Record<string, number> }[] = [];
      while (runs.length === 0 && Date.now() - started < 10_000) {
        await sleep(200);
        runs = await db.query(`SELECT ran_by, result FROM job_runs WHERE job = 'housekeeping'`);
      }
      expect(runs).toHaveLength(1);
      expect(runs[0]?.result).toEqual({
        expiredSessions: 3,
        oldLoginAttempts: 1,
        oldSecondFactorAttempts: 0,
        pastRateLimitWindows: 0,
      });
      // Both keep checking every second; give the other process time to (not) run it again.
      await sleep(2500);
      expect(await db.query(`SELECT 1 FROM job_runs WHERE job = 'housekeeping'`)).toHaveLength(1);
    }
    const after = ranLines();
    const perProcess = after.map((n, i) => n - (before[i] ?? 0));
    expect(perProcess.reduce((x, y) => x + y, 0)).toBe(rounds);
    // Both processes did check: each logged its skips.
    const skips = [a, b].map(
      (p) => p.logs.filter((e) => e['context'] === 'Jobs' && /already|elsewhere/.test(e.msg ?? '')).length,
    );
    expect(skips.every((n) => n > 0)).toBe(true);
    report('stateless: scheduled job', { rounds, runsPerProcess: perProcess, skippedChecksPerProcess: skips });
  });

  it('both processes stop cleanly on SIGTERM', async () => {
    const exits = await Promise.all(
      [a, b].map(async (p) => {
        p.signal('SIGTERM');
        return (await p.exited).code;
      }),
    );
    expect(exits).toEqual([0, 0]);
    expect(await request('GET', `${a.url}/api/health/live`).catch((e: { code?: string }) => e.code)).toBe(
      'ECONNREFUSED',
    );
  });
});
