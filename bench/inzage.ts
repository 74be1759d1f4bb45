/**
 * Times the inzage export (JSON and PDF) for one client with a long history: 40 cases, 3,000 visits
 * with amendments, a plan with goals and actions per case, signals, and 6,000 access-log rows.
 * Runs on its own embedded database (or DATABASE_URL) and prints the median of several runs.
 *
 *   npm run bench:inzage            (RUNS=5 by default)
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { naastDataSourceOptions } from '@naast/api-app';
import { AccessLogService, hashPassword, startEmbeddedPostgres, type Actor } from '@naast/api-core';
import { ClientPrivacyAccessService, InzageService, renderInzagePdf } from '@naast/api-privacy';
import { DataSource } from 'typeorm';

const CASES = 40;
const VISITS = 3000;
const LOG_ROWS = 6000;
const RUNS = Number(process.env['RUNS'] ?? 5);

async function seed(db: DataSource): Promise<Actor & { clientId: string }> {
  const hash = await hashPassword('Naast-bench-2026');
  const [ids] = (await db.query(
    `WITH o AS (INSERT INTO organisations (name) VALUES ('Inzage-benchmark') RETURNING id),
          t AS (INSERT INTO teams (organisation_id, name) SELECT id, 'Team Lang' FROM o RETURNING id, organisation_id),
          s AS (INSERT INTO users (organisation_id, email, display_name, role, password_hash)
                SELECT organisation_id, 'ondersteuner@inzage.bench', 'Ondersteuner Lang', 'supporter', $1 FROM t RETURNING id),
          l AS (INSERT INTO users (organisation_id, email, display_name, role, password_hash)
                SELECT organisation_id, 'teamleider@inzage.bench', 'Teamleider Lang', 'team_lead', $1 FROM t RETURNING id)
     SELECT o.id AS org, t.id AS team, s.id AS supporter, l.id AS lead FROM o, t, s, l`,
    [hash],
  )) as { org: string; team: string; supporter: string; lead: string }[];
  if (!ids) throw new Error('seeding failed');
  const { org, team, supporter, lead } = ids;
  await db.query(`INSERT INTO team_memberships (team_id, user_id, organisation_id) VALUES ($1, $2, $4), ($1, $3, $4)`, [
    team,
    supporter,
    lead,
    org,
  ]);
  const [client] = (await db.query(
    `INSERT INTO clients (organisation_id, team_id, given_name, family_name, date_of_birth, phone, municipality_code,
                          municipality_name, preferred_language, created_by_id)
     VALUES ($1, $2, 'Geertruida', 'Langeveld', '1948-03-14', '0612345678', 'GM0344', 'Utrecht', 'nl', $3)
     RETURNING id`,
    [org, team, supporter],
  )) as { id: string }[];
  if (!client) throw new Error('seeding failed');
  const p = [org, team, supporter, client.id];
  await db.query(
    `INSERT INTO cases (organisation_id, client_id, team_id, lead_supporter_id, question, status, legal_frameworks,
                        commissioning_party_kind, commissioning_party_name, referral_source, registered_on,
                        first_contact_on, closed_on, closing_reason, created_by_id)
     SELECT $1, $4, $2, $3, 'Hulp bij de aanvraag nummer ' || n, 'afgesloten', ARRAY['wmo']::legal_framework[],
            'gemeente', 'Gemeente Utrecht', 'self', current_date - 3000 + n * 70, current_date - 2995 + n * 70,
            current_date - 2940 + n * 70, 'Vraag beantwoord.', $3
     FROM generate_series(1, ${CASES}) n`,
    p,
  );
  await db.query(
    `INSERT INTO case_domains (case_id, domain_code, organisation_id)
     SELECT id, 'wonen', organisation_id FROM cases WHERE client_id = $1`,
    [client.id],
  );
  await db.query(
    `INSERT INTO visits (organisation_id, case_id, occurred_at, minutes, mode, summary, next_steps, author_id)
     SELECT k.organisation_id, k.id, k.first_contact_on + (v % 50) + interval '10 hours', 45, 'home_visit',
            'Gesprek aan de keukentafel over de aanvraag; formulieren samen ingevuld en de brief van de gemeente besproken.',
            'Volgende keer de reactie van de gemeente bespreken.', $2
     FROM (SELECT id, organisation_id, first_contact_on, row_number() OVER (ORDER BY registered_on) AS k FROM cases WHERE client_id = $1) k
     JOIN generate_series(0, ${VISITS / CASES - 1}) v ON true`,
    [client.id, supporter],
  );
  await db.query(
    `INSERT INTO visit_domains (visit_id, domain_code, organisation_id)
     SELECT v.id, 'wonen', v.organisation_id FROM visits v JOIN cases k ON k.id = v.case_id WHERE k.client_id = $1`,
    [client.id],
  );
  await db.query(
    `INSERT INTO visit_amendments (organisation_id, visit_id, reason, previous, changed, amended_by_id)
     SELECT v.organisation_id, v.id, 'Tijd verbeterd', '{"minutes": 30}', '{"minutes": 45}', $2
     FROM visits v JOIN cases k ON k.id = v.case_id WHERE k.client_id = $1 AND v.minutes = 45
     ORDER BY v.occurred_at LIMIT 300`,
    [client.id, supporter],
  );
  await db.query(
    `INSERT INTO plans (organisation_id, case_id, agreed_on, agreement_method, created_by_id)
     SELECT organisation_id, id, first_contact_on + 7, 'signed', $2 FROM cases WHERE client_id = $1`,
    [client.id, supporter],
  );
  await db.query(
    `INSERT INTO plan_goals (organisation_id, plan_id, position, title, desired_outcome, status)
     SELECT p.organisation_id, p.id, g, 'Doel ' || g, 'Over een half jaar is dit geregeld.', 'achieved'
     FROM plans p JOIN cases k ON k.id = p.case_id JOIN generate_series(1, 3) g ON true WHERE k.client_id = $1`,
    [client.id],
  );
  await db.query(
    `INSERT INTO plan_goal_domains (goal_id, domain_code, organisation_id)
     SELECT g.id, 'wonen', g.organisation_id FROM plan_goals g JOIN plans p ON p.id = g.plan_id
     JOIN cases k ON k.id = p.case_id WHERE k.client_id = $1`,
    [client.id],
  );
  await db.query(
    `INSERT INTO plan_actions (organisation_id, plan_id, goal_id, description, owner_kind, owner_user_id, due_on, status, done_on)
     SELECT g.organisation_id, g.plan_id, g.id, 'Actie ' || a || ' bij ' || g.title, 'supporter', $2,
            k.first_contact_on + 14 * a, 'done', k.first_contact_on + 14 * a
     FROM plan_goals g JOIN plans p ON p.id = g.plan_id JOIN cases k ON k.id = p.case_id
     JOIN generate_series(1, 2) a ON true WHERE k.client_id = $1`,
    [client.id, supporter],
  );
  await db.query(
    `INSERT INTO case_signals (organisation_id, case_id, category, description, occurred_on, recorded_by_id)
     SELECT organisation_id, id, 'digital', 'De aanvraag kon alleen met DigiD.', first_contact_on, $2
     FROM cases WHERE client_id = $1`,
    [client.id, supporter],
  );
  await db.query(
    `INSERT INTO access_log (organisation_id, user_id, role, client_id, entity, entity_id, action, outcome, request_id)
     SELECT $1, $2, 'supporter', $3, 'visit', v.id::text, 'read', 'success', 'bench-' || n
     FROM generate_series(1, ${LOG_ROWS}) n
     JOIN LATERAL (SELECT id FROM visits WHERE case_id IN (SELECT id FROM cases WHERE client_id = $3) OFFSET n % 100 LIMIT 1) v ON true`,
    [org, supporter, client.id],
  );
  await db.query('ANALYZE');
  return {
    userId: lead,
    organisationId: org,
    role: 'team_lead',
    displayName: 'Teamleider Lang',
    teamIds: [team],
    requestId: 'bench-inzage',
    ip: null,
    clientId: client.id,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function main(): Promise<void> {
  const external = process.env['DATABASE_URL'];
  const embedded = external
    ? null
    : await startEmbeddedPostgres({
        dir: join(process.env['DATA_DIR'] ?? '.data', 'bench-inzage', 'pg'),
        database: 'naast_bench_inzage',
        persistent: false,
        unsafeFast: true,
      });
  const db = new DataSource(naastDataSourceOptions(external ?? embedded?.url ?? ''));
  try {
    await db.initialize();
    await db.runMigrations();
    process.stdout.write('Seeding one client with a long history… ');
    const actor = await seed(db);
    const [counts] = (await db.query(
      `SELECT (SELECT count(*)::int FROM cases WHERE client_id = $1) AS cases,
              (SELECT count(*)::int FROM visits v JOIN cases k ON k.id = v.case_id WHERE k.client_id = $1) AS visits,
              (SELECT count(*)::int FROM access_log WHERE client_id = $1) AS log`,
      [actor.clientId],
    )) as { cases: number; visits: number; log: number }[];
    console.log(`${counts?.cases} cases, ${counts?.visits} visits, ${counts?.log} access-log rows.`);
    const accessLog = new AccessLogService(db);
    // The service's collaborators are plain classes; Nest is not needed to time the export.
    const inzage = new InzageService(db, accessLog, new ClientPrivacyAccessService(accessLog));
    const json: number[] = [];
    const pdf: number[] = [];
    // CPU seconds of this process too: on a shared, busy machine wall time says more about the neighbours.
    const pdfCpu: number[] = [];
    let jsonBytes = 0;
    let pdfBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      let started = performance.now();
      const data = await inzage.export(actor, actor.clientId, 'json');
      jsonBytes = Buffer.byteLength(JSON.stringify(data));
      json.push((performance.now() - started) / 1000);
      started = performance.now();
      const cpu = process.cpuUsage();
      const file = await renderInzagePdf(await inzage.export(actor, actor.clientId, 'pdf'));
      const used = process.cpuUsage(cpu);
      pdfBytes = file.length;
      pdf.push((performance.now() - started) / 1000);
      pdfCpu.push((used.user + used.system) / 1e6);
    }
    console.log(
      `inzage JSON: median ${median(json).toFixed(2)} s over ${RUNS} runs (${(jsonBytes / 1e6).toFixed(1)} MB)`,
    );
    console.log(
      `inzage PDF:  median ${median(pdf).toFixed(2)} s over ${RUNS} runs, ${median(pdfCpu).toFixed(2)} s CPU (${(pdfBytes / 1e6).toFixed(1)} MB)`,
    );
    console.log(
      `load average: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    if (db.isInitialized) await db.destroy();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
