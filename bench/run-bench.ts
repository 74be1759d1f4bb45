/**
 * `npm run bench -- [--only name,name] [--seconds 20] [--warmup 5] [--rate 100]`
 *
 * Starts the production build (dist/, `npm run build` first) against the benchmark database
 * filled by `npm run seed:scale`, drives each scenario at a fixed request rate and reports
 * p50/p95/p99, max, throughput and non-2xx; then measures the case list's capacity against the raw
 * node:http + pg baseline (bench/raw-baseline.ts), with and without the access-log write.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { encodeCursor, findFreePort, useCursorSecret } from '@naast/api-core';
import { SEARCH_HEADER, XSRF_COOKIE, XSRF_HEADER, encodeSearchHeader, type SessionUser } from '@naast/contracts';
import { runMigrations } from '@naast/api-app';
import { BENCH_TOTP_ENCRYPTION_KEY, benchTotpCode, prepareBenchAccounts } from './bench-accounts';
import { BENCH_DATA_DIR, BENCH_PASSWORD, withBenchDatabase } from './bench-database';
import { type LoadRequest, type LoadResult, type RequestFactory, runFixedRate, runSaturated } from './load';
import { startRawBaseline } from './raw-baseline';

const MAIN = 'dist/apps/api/main.js';
const PAGE = 25;
const DEEP_PAGE_DEPTH = 50_000;

interface Session {
  cookie: string;
  csrf: string;
}

interface Fixture {
  supporter: { id: string; email: string; teamId: string; organisationId: string };
  /**
   * Every supporter of that team (the supporter first). Reads are spread over them, as a team's
   * requests are: each user's access-log rows form one hash chain, written one request at a time, so
   * a single user sending a hundred requests a second would measure that queue, not the system.
   */
  colleagues: { id: string; email: string }[];
  /** A team lead of every team of the organisation: the widest case list there is. */
  regionalLead: { id: string; email: string; teamIds: string[]; organisationId: string };
  /** The team lead of the supporter's team (20 supporters at every size). */
  teamLead: { id: string; email: string; teamId: string };
  caseIds: string[];
  deepCursor: string;
  deepDepth: number;
  searchTerms: string[];
  /** Goals the regional lead may edit, each with its current version: one update per goal. */
  goals: { caseId: string; goalId: string; version: number }[];
}

async function waitUntilReady(baseUrl: string, app: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`The API exited with code ${app.exitCode}`);
    const ok = await fetch(`${baseUrl}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The API did not become ready within 2 minutes');
}

function cookieValue(setCookies: string[], name: string): string | undefined {
  return setCookies.find((c) => c.startsWith(`${name}=`))?.split(';')[0];
}

/** Signs in as the web app does, with the second step when the account has two-step verification. */
async function signIn(baseUrl: string, email: string): Promise<Session> {
  const first = await fetch(`${baseUrl}/api/health/live`);
  const xsrf = cookieValue(first.headers.getSetCookie(), XSRF_COOKIE);
  if (!xsrf) throw new Error('No CSRF cookie handed out');
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: xsrf, [XSRF_HEADER]: xsrf.split('=')[1] ?? '' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const signedIn = sessionOf(response, xsrf);
  const user = (await response.json()) as SessionUser;
  if (user.secondFactor !== 'code_required') return signedIn;
  const second = await fetch(`${baseUrl}/api/auth/second-factor`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: signedIn.cookie, [XSRF_HEADER]: signedIn.csrf },
    body: JSON.stringify({ code: benchTotpCode() }),
  });
  if (!second.ok) throw new Error(`Second step of ${email} failed: ${second.status} ${await second.text()}`);
  return sessionOf(second, `${XSRF_COOKIE}=${signedIn.csrf}`, signedIn.cookie);
}

/** The session cookie (new, or else the previous one) and the CSRF token a response leaves. */
function sessionOf(response: Response, xsrf: string, previous?: string): Session {
  const cookies = response.headers.getSetCookie();
  const session = cookies.filter((c) => !c.startsWith(`${XSRF_COOKIE}=`)).map((c) => c.split(';')[0]);
  const newXsrf = cookieValue(cookies, XSRF_COOKIE) ?? xsrf;
  const sessionCookie =
    session.length > 0 ? session : (previous?.split('; ').filter((c) => !c.startsWith(`${XSRF_COOKIE}=`)) ?? []);
  return { cookie: [...sessionCookie, newXsrf].join('; '), csrf: newXsrf.split('=')[1] ?? '' };
}

async function loadFixture(url: string): Promise<Fixture> {
  // The data may predate the newest migrations; apply them first, as the server would at start.
  await runMigrations(url);
  const db = new Client({ connectionString: url });
  await db.connect();
  // A migration's backfill leaves pages that index-only scans must check in the table; autovacuum
  // would settle them on a live server long before anyone measures, so settle them here.
  await db.query('VACUUM (ANALYZE) cases, plans, visits');
  await prepareBenchAccounts(db);
  try {
    const one = async <T extends object>(sql: string, params: unknown[] = []): Promise<T> => {
      const { rows } = await db.query<T>(sql, params);
      if (!rows[0]) throw new Error(`The benchmark database lacks data for: ${sql.trim().split('\n')[0]}`);
      return rows[0];
    };
    // The organisation with the most open cases, and there the supporter leading the most of them.
    const supporter = await one<Fixture['supporter']>(`
      SELECT u.id, u.email, k.team_id AS "teamId", u.organisation_id AS "organisationId"
      FROM cases k JOIN users u ON u.id = k.lead_supporter_id
      WHERE k.status <> 'afgesloten'
        AND k.organisation_id = (SELECT organisation_id FROM cases WHERE status <> 'afgesloten'
                                 GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1)
      GROUP BY u.id, k.team_id ORDER BY count(*) DESC LIMIT 1`);
    const { rows: colleagues } = await db.query<Fixture['colleagues'][number]>(
      `SELECT u.id, u.email FROM users u JOIN team_memberships m ON m.user_id = u.id
       WHERE m.team_id = $1 AND u.role = 'supporter' AND u.active ORDER BY u.id = $2 DESC, u.email`,
      [supporter.teamId, supporter.id],
    );
    const regionalLead = await one<Fixture['regionalLead']>(
      `SELECT u.id, u.email, array_agg(m.team_id) AS "teamIds", u.organisation_id AS "organisationId"
       FROM users u JOIN team_memberships m ON m.user_id = u.id
       WHERE u.role = 'team_lead' AND u.organisation_id = $1
       GROUP BY u.id ORDER BY count(*) DESC, u.email LIMIT 1`,
      [supporter.organisationId],
    );
    const teamLead = await one<Fixture['teamLead']>(
      `SELECT u.id, u.email, m.team_id AS "teamId"
       FROM users u JOIN team_memberships m ON m.user_id = u.id
       WHERE u.role = 'team_lead' AND m.team_id = $1 AND u.id <> $2
       ORDER BY u.email LIMIT 1`,
      [supporter.teamId, regionalLead.id],
    );
    const { rows: cases } = await db.query<{ id: string }>(
      `SELECT id FROM cases WHERE lead_supporter_id = $1 AND status <> 'afgesloten' ORDER BY id LIMIT 200`,
      [supporter.id],
    );
    // The default sort is -registeredOn; a cursor is the (date, id) of the last row before the page.
    const { rows: visible } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM cases WHERE organisation_id = $1 AND (lead_supporter_id = $2 OR team_id = ANY($3))`,
      [regionalLead.organisationId, regionalLead.id, regionalLead.teamIds],
    );
    const deepDepth = Math.max(PAGE, Math.min(DEEP_PAGE_DEPTH, Number(visible[0]?.n ?? 0) - PAGE));
    const before = await one<{ key: string; id: string }>(
      `SELECT to_char(registered_on, 'YYYY-MM-DD') AS key, id FROM cases
       WHERE organisation_id = $1 AND (lead_supporter_id = $2 OR team_id = ANY($3))
       ORDER BY registered_on DESC, id DESC OFFSET $4 LIMIT 1`,
      [regionalLead.organisationId, regionalLead.id, regionalLead.teamIds, deepDepth - 1],
    );
    const { rows: names } = await db.query<{ family_name: string; given_name: string }>(
      `SELECT DISTINCT family_name, given_name FROM clients WHERE organisation_id = $1 LIMIT 40`,
      [supporter.organisationId],
    );
    // Partial names, and names with one letter dropped (a misspelling the trigram match must survive).
    const searchTerms = names.flatMap(({ family_name, given_name }) => [
      family_name.slice(0, 4).toLowerCase(),
      `${given_name} ${family_name}`.replace(/(.{3})./, '$1').toLowerCase(),
    ]);
    const { rows: goals } = await db.query<Fixture['goals'][number]>(
      `SELECT p.case_id AS "caseId", g.id AS "goalId", g.version
       FROM plan_goals g JOIN plans p ON p.id = g.plan_id JOIN cases k ON k.id = p.case_id
       WHERE k.organisation_id = $1 AND k.team_id = ANY($2) AND k.status <> 'afgesloten'
       ORDER BY g.id LIMIT 20000`,
      [regionalLead.organisationId, regionalLead.teamIds],
    );
    return {
      supporter,
      colleagues,
      regionalLead,
      teamLead,
      goals,
      caseIds: cases.map((c) => c.id),
      deepCursor: encodeCursor([before.key, before.id]),
      deepDepth,
      searchTerms,
    };
  } finally {
    await db.end();
  }
}

function scenarios(
  f: Fixture,
  supporter: Session,
  team: Session[],
  lead: Session,
  teamLead: Session,
): Record<string, RequestFactory> {
  const as = (s: Session, req: LoadRequest): LoadRequest => ({
    ...req,
    headers: { ...req.headers, cookie: s.cookie, ...(req.method === 'GET' ? {} : { [XSRF_HEADER]: s.csrf }) },
  });
  const cycle = <T>(list: T[], i: number): T => list[i % list.length] as T;
  const caseListFirst: RequestFactory = (i) =>
    as(cycle(team, i), { method: 'GET', path: `/api/cases?status=actief&status=intake&limit=${PAGE}` });
  const clientSearch: RequestFactory = (i) =>
    as(cycle(team, i), {
      method: 'GET',
      path: `/api/clients?limit=${PAGE}`,
      headers: { [SEARCH_HEADER]: encodeSearchHeader(cycle(f.searchTerms, i)) },
    });
  const caseDetail: RequestFactory = (i) =>
    as(cycle(team, i), { method: 'GET', path: `/api/cases/${cycle(f.caseIds, i)}` });
  const visitCreate: RequestFactory = (i) =>
    as(supporter, {
      method: 'POST',
      path: `/api/cases/${cycle(f.caseIds, i)}/visits`,
      body: {
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        minutes: 45,
        mode: 'home_visit',
        domains: ['inkomen'],
        summary: 'Samen de post doorgenomen en afspraken gemaakt over de betalingsregeling.',
        nextSteps: 'Volgende week bellen met de schuldhulpverlening.',
      },
    });
  const planUpdate: RequestFactory = (i) => {
    const goal = f.goals[i % f.goals.length];
    if (!goal) throw new Error('The benchmark database has no plans: run "npm run seed:scale -- --reset"');
    // Each goal once per run at its current version; a second lap would meet 409s, and show them.
    return as(lead, {
      method: 'PATCH',
      path: `/api/cases/${goal.caseId}/plan/goals/${goal.goalId}`,
      body: { version: goal.version, desiredOutcome: `Bijgewerkt in meting ${i}` },
    });
  };
  return {
    'case list, first page (filtered)': caseListFirst,
    [`case list, keyset page at depth ${f.deepDepth.toLocaleString('en')}`]: () =>
      as(lead, { method: 'GET', path: `/api/cases?limit=${PAGE}&cursor=${encodeURIComponent(f.deepCursor)}` }),
    'case list, first page (same scope as the deep page)': () =>
      as(lead, { method: 'GET', path: `/api/cases?limit=${PAGE}` }),
    'case detail': caseDetail,
    'client search (partial or misspelled name)': clientSearch,
    'supporter start page (Mijn werk)': (i) => as(cycle(team, i), { method: 'GET', path: '/api/workspace/my-work' }),
    'team-lead caseload review (team of 20 supporters)': () =>
      as(teamLead, { method: 'GET', path: `/api/caseload-review?teamId=${f.teamLead.teamId}` }),
    'visit create': visitCreate,
    'plan update (goal)': planUpdate,
    // 60 % lists, 25 % details, 15 % writes, interleaved deterministically.
    mixed: (i) => {
      const slot = i % 20;
      if (slot < 8) return caseListFirst(i);
      if (slot < 12) return clientSearch(i);
      if (slot < 17) return caseDetail(i);
      return visitCreate(i);
    },
  };
}

const fmt = (r: LoadResult) =>
  `${r.latencyMs.p50.toFixed(1).padStart(7)} ${r.latencyMs.p95.toFixed(1).padStart(7)} ${r.latencyMs.p99.toFixed(1).padStart(7)} ` +
  `${r.latencyMs.max.toFixed(0).padStart(6)} ${r.throughput.toFixed(0).padStart(6)} ${String(r.non2xx).padStart(6)}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      seconds: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '5' },
      rate: { type: 'string', default: '100' },
      'mixed-rate': { type: 'string', default: '200' },
      // Writes a V8 CPU profile of the server to the results folder, to see where a request's time goes.
      profile: { type: 'boolean', default: false },
    },
  });
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" first.`);
  const seconds = Number(values.seconds);
  const warmupSeconds = Number(values.warmup);

  // The server seals list cursors with a key from its session secret; the bench makes its deep-page
  // cursor with the same secret.
  const sessionSecret = randomBytes(32).toString('base64');
  useCursorSecret(sessionSecret);
  await withBenchDatabase(async (databaseUrl) => {
    const fixture = await loadFixture(databaseUrl);
    const port = await findFreePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const resultsDir = join(BENCH_DATA_DIR, '..', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${resultsDir}`] : [];
    const app = spawn(process.execPath, [...profile, MAIN], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        HOST: '127.0.0.1',
        SESSION_SECRET: sessionSecret,
        COOKIE_SECURE: 'false',
        DEMO_DATA: 'never',
        // One simulated user sends hundreds of searches a second: raise the limit so none is refused,
        // while the counter is still kept (its cost is part of what is measured).
        RATE_LIMIT_SEARCHES_PER_MINUTE: String(1_000_000_000),
        TOTP_ENCRYPTION_KEY: BENCH_TOTP_ENCRYPTION_KEY,
      },
    });
    const raw = await startRawBaseline(databaseUrl);
    const results: Record<string, LoadResult> = {};
    try {
      await waitUntilReady(baseUrl, app);
      const team: Session[] = [];
      for (const colleague of fixture.colleagues) team.push(await signIn(baseUrl, colleague.email));
      const supporter = team[0] ?? (await signIn(baseUrl, fixture.supporter.email));
      const lead = await signIn(baseUrl, fixture.regionalLead.email);
      const teamLead = await signIn(baseUrl, fixture.teamLead.email);
      const all = scenarios(fixture, supporter, team, lead, teamLead);
      const only = values.only?.split(',');
      console.log(
        `\nFixed rate ${values.rate} req/s (mixed: ${values['mixed-rate']} req/s), ${warmupSeconds} s warm-up, ${seconds} s measured`,
      );
      console.log(`${'scenario'.padEnd(52)}     p50     p95     p99    max  req/s  non2xx   (ms)`);
      for (const [name, next] of Object.entries(all)) {
        if (only && !only.some((o) => name.includes(o))) continue;
        const rate = Number(name === 'mixed' ? values['mixed-rate'] : values.rate);
        const result = await runFixedRate(baseUrl, next, { rate, seconds, warmupSeconds });
        results[name] = result;
        console.log(`${name.padEnd(52)} ${fmt(result)}`);
      }

      if (!only || only.includes('capacity')) {
        console.log('\nCapacity of the case list (closed model, 16 connections), Naast against the raw baseline');
        const capacity = { connections: 16, seconds, warmupSeconds };
        const naast = await runSaturated(
          baseUrl,
          (i) => ({
            method: 'GET',
            path: `/api/cases?status=actief&status=intake&limit=${PAGE}`,
            headers: { cookie: (team[i % team.length] ?? supporter).cookie },
          }),
          capacity,
        );
        const rawPath = (log: boolean, i: number) =>
          `/cases?user=${fixture.colleagues[i % fixture.colleagues.length]?.id ?? fixture.supporter.id}&organisation=${fixture.supporter.organisationId}&team=${fixture.supporter.teamId}&log=${log ? 1 : 0}`;
        const withLog = await runSaturated(raw.url, (i) => ({ method: 'GET', path: rawPath(true, i) }), capacity);
        const withoutLog = await runSaturated(raw.url, (i) => ({ method: 'GET', path: rawPath(false, i) }), capacity);
        results['capacity: naast case list'] = naast;
        results['capacity: raw baseline with access log'] = withLog;
        results['capacity: raw baseline without access log'] = withoutLog;
        for (const [name, r] of Object.entries(results).filter(([n]) => n.startsWith('capacity'))) {
          console.log(`${name.padEnd(52)} ${fmt(r)}`);
        }
        console.log(
          `Naast / raw with access log: ${((naast.throughput / withLog.throughput) * 100).toFixed(0)} %; ` +
            `raw with / without access log: ${((withLog.throughput / withoutLog.throughput) * 100).toFixed(0)} %`,
        );
      }
      const file = join(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
      writeFileSync(file, JSON.stringify({ fixture: { deepDepth: fixture.deepDepth }, results }, null, 2));
      console.log(`\nFigures written to ${file}`);
    } finally {
      app.kill('SIGTERM');
      await raw.close();
      await new Promise((r) => (app.exitCode === null ? app.once('exit', r) : r(undefined)));
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
