/**
 * Generated data in bulk SQL (INSERT … SELECT over generate_series), never row by row through the
 * API: values derive from row numbers, so a given scale always yields the same shape.
 */
import type { Client } from 'pg';
import { hashPassword } from '@naast/api-core';
import type { Scale } from './scale';

interface Step {
  label: string;
  sql: string;
  /** Rows the step writes, for the progress line. */
  rows?: number;
}

const GIVEN_NAMES = [
  'Fatima',
  'Jan',
  'Maria',
  'Mohamed',
  'Anouk',
  'Kees',
  'Sanne',
  'Ahmed',
  'Els',
  'Daan',
  'Noor',
  'Piet',
  'Yasmina',
  'Henk',
  'Lotte',
  'Mustafa',
  'Ingrid',
  'Bram',
  'Saskia',
  'Joyce',
  'Emre',
  'Wilma',
  'Ruben',
  'Zeynep',
  'Gerrit',
  'Iris',
  'Said',
  'Marieke',
  'Thijs',
  'Aïcha',
  'René',
  'Chantal',
  'Wim',
  'Esra',
  'Hélène',
  'Kevin',
];
const FAMILY_NAMES = [
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
  'Brouwer',
  'El Amrani',
  'Yılmaz',
  'Kaya',
  'Öztürk',
  'Bouzid',
  'Pinas',
  'Wijnhoven',
  'Kuipers',
  'Postma',
  'Koster',
  'Prins',
  'Huisman',
  'Van Dijk',
  'Willems',
  'Schouten',
  'Verbeek',
  'Kramer',
  'Sedney',
  'Nguyen',
  'Kowalski',
];
const PREFIXES = ['', '', '', '', 'de', 'van', 'van der', 'van den', 'ter'];
const MUNICIPALITIES: [code: string, name: string][] = [
  ['GM0344', 'Utrecht'],
  ['GM0599', 'Rotterdam'],
  ['GM0363', 'Amsterdam'],
  ['GM0518', "'s-Gravenhage"],
  ['GM0772', 'Eindhoven'],
  ['GM0014', 'Groningen'],
  ['GM0855', 'Tilburg'],
  ['GM0034', 'Almere'],
  ['GM0758', 'Breda'],
  ['GM0268', 'Nijmegen'],
  ['GM0202', 'Arnhem'],
  ['GM0392', 'Haarlem'],
  ['GM0193', 'Zwolle'],
  ['GM0153', 'Enschede'],
  ['GM0200', 'Apeldoorn'],
  ['GM0935', 'Maastricht'],
  ['GM0080', 'Leeuwarden'],
  ['GM0546', 'Leiden'],
  ['GM0503', 'Delft'],
  ['GM0307', 'Amersfoort'],
];
const QUESTIONS = [
  'Ik heb schulden en weet niet waar ik moet beginnen.',
  'Mijn huis is niet meer geschikt nu ik slecht ter been ben.',
  'Ik wil weer aan het werk maar weet niet hoe.',
  'Ik begrijp de brief van de gemeente over mijn aanvraag niet.',
  'Mijn moeder heeft meer zorg nodig en ik kan het niet meer alleen.',
  'Ik wil graag iemand bij het keukentafelgesprek.',
  'Ik heb een brief van de CIZ gekregen over een indicatie.',
  'Ik voel me eenzaam sinds mijn man is overleden.',
  'Mijn uitkering is gestopt en ik weet niet waarom.',
  'Ik wil bezwaar maken tegen de beschikking.',
];
const SUMMARIES = [
  'Samen de post doorgenomen en de belangrijkste brieven op volgorde gelegd.',
  'Meegegaan naar het keukentafelgesprek; de vraag is goed overgekomen.',
  'Telefonisch afgestemd over de stand van de aanvraag.',
  'Huisbezoek: de situatie thuis besproken en afspraken gemaakt.',
  'Formulier voor bijzondere bijstand samen ingevuld.',
  'Gesproken over wat de cliënt zelf wil en wat het netwerk kan doen.',
];

const GOAL_TITLES = [
  'Ik wil van mijn schulden af.',
  'Ik wil een woning waar ik met mijn rolstoel in kan.',
  'Ik wil weer een paar dagen per week werken.',
  'Ik wil dat mijn moeder de zorg krijgt die ze nodig heeft.',
  'Ik wil mijn post zelf weer kunnen bijhouden.',
  'Ik wil minder alleen zijn.',
  'Ik wil dat de huur elke maand op tijd betaald wordt.',
  'Ik wil weten waar ik recht op heb.',
];
const ACTIONS = [
  'Alle brieven van schuldeisers verzamelen',
  'Aanvraag bijzondere bijstand indienen',
  'Afspraak maken met de schuldhulpverlening',
  'Melding doen bij het Wmo-loket',
  'Mee naar het keukentafelgesprek',
  'Inschrijven als woningzoekende',
  'Bellen met de woningcorporatie over urgentie',
  'Samen het formulier voor de zorgverzekering invullen',
];

const DOMAIN_PICKS = [
  'inkomen',
  'zorg',
  'wonen',
  'werk',
  'inkomen',
  'zorg',
  'welzijn',
  'wonen',
  'maatschappelijke_ondersteuning',
  'preventieve_zorg',
  'zorg',
  'onderwijs',
  'jeugdhulp',
  'inkomen',
];

const sqlText = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(',')}]`;
/** The i-th element of a literal array, cycling (PostgreSQL arrays start at 1). */
const pick = (array: string, index: string) => `(${array})[1 + ((${index}) % cardinality(${array}))]`;
/** A domain for a case's mix number r, slot d: deterministic so visits can reuse their case's first domain. */
const domainOf = (r: string, d: number) => pick(sqlText(DOMAIN_PICKS), `(${r}) / 7 + ${d * 5}`);
/**
 * Rows are dealt round-robin over organisations (row n goes to organisation n % O), so any attribute
 * taken from n modulo a small number would be the same for a whole organisation. Attributes come from
 * this multiplicative hash of n instead (middle bits of Knuth's 2^32 hash: 0 … 1,048,575).
 */
const mix = (n: string) => `((${n})::bigint * 2654435761 % 4294967296 / 4096)::int`;

function steps(scale: Scale, passwordHash: string): Step[] {
  const { organisations: O, teamsPerOrganisation: T, supportersPerTeam: S, volunteersPerTeam: V } = scale;
  const C = scale.clients;
  const N = scale.cases;
  const usersPerTeam = 1 + S + V;
  const municipalities = MUNICIPALITIES.slice(0, Math.max(O, 2));
  return [
    {
      label: 'organisations, teams and users',
      rows: O * (T * usersPerTeam + 1),
      sql: `
        CREATE TEMP TABLE s_org AS
          SELECT o, gen_random_uuid() AS id,
                 ${pick(sqlText(municipalities.map((m) => m[0])), 'o')} AS municipality_code,
                 ${pick(sqlText(municipalities.map((m) => m[1])), 'o')} AS municipality_name
          FROM generate_series(0, ${O - 1}) o;
        INSERT INTO organisations (id, name)
          SELECT id, 'Cliëntondersteuning ' || municipality_name || ' (' || o || ')' FROM s_org;
        CREATE TEMP TABLE s_team AS
          SELECT o * ${T} + k AS t, o, gen_random_uuid() AS id, s_org.id AS org_id
          FROM s_org, generate_series(0, ${T - 1}) k;
        CREATE INDEX ON s_team (t);
        ANALYZE s_org, s_team;
        INSERT INTO teams (id, organisation_id, name) SELECT id, org_id, 'Team ' || (t % ${T} + 1) FROM s_team;
        -- per team: k = 0 the team lead, 1..S supporters, S+1..S+V volunteers
        CREATE TEMP TABLE s_user AS
          SELECT t, k, gen_random_uuid() AS id, org_id, o,
                 (CASE WHEN k = 0 THEN 'team_lead' WHEN k <= ${S} THEN 'supporter' ELSE 'volunteer' END)::user_role AS role
          FROM s_team, generate_series(0, ${usersPerTeam - 1}) k;
        CREATE INDEX ON s_user (t, k);
        ANALYZE s_user;
        INSERT INTO users (id, organisation_id, email, display_name, role, password_hash)
          SELECT id, org_id, role || '-' || t || '-' || k || '@org' || o || '.bench.example',
                 ${pick(sqlText(GIVEN_NAMES), 't * 31 + k')} || ' ' || ${pick(sqlText(FAMILY_NAMES), 't * 17 + k * 3')},
                 role, '${passwordHash}'
          FROM s_user;
        INSERT INTO team_memberships (team_id, user_id, organisation_id)
          SELECT s_team.id, s_user.id, s_user.org_id FROM s_user JOIN s_team USING (t);
        -- the lead of each organisation's first team leads all its teams: the widest case list there is
        INSERT INTO team_memberships (team_id, user_id, organisation_id)
          SELECT other.id, s_user.id, s_user.org_id
          FROM s_user JOIN s_team other ON other.o = s_user.o AND other.t <> s_user.t
          WHERE s_user.k = 0 AND s_user.t % ${T} = 0;
        INSERT INTO users (organisation_id, email, display_name, role, password_hash)
          SELECT id, 'admin@org' || o || '.bench.example', 'Beheerder ' || o, 'admin', '${passwordHash}' FROM s_org;
      `,
    },
    {
      label: 'clients',
      rows: C,
      sql: `
        CREATE TEMP TABLE s_client AS
          SELECT c, gen_random_uuid() AS id, c % ${O} AS o, (c % ${O}) * ${T} + (c / ${O}) % ${T} AS t,
                 c / ${O * T} AS q -- the client's number within its team
          FROM generate_series(0, ${C - 1}) c;
        CREATE INDEX ON s_client (c);
        ANALYZE s_client;
        INSERT INTO clients (id, organisation_id, team_id, given_name, family_name_prefix, family_name,
                             date_of_birth, phone, address_street, address_house_number, address_postcode,
                             address_city, municipality_code, municipality_name, preferred_language,
                             interpreter_needed, created_by_id, created_at, updated_at)
          SELECT s_client.id, s_team.org_id, s_team.id,
                 ${pick(sqlText(GIVEN_NAMES), 'c * 7 + c / 97')},
                 NULLIF(${pick(sqlText(PREFIXES), 'c * 5 + c / 13')}, ''),
                 ${pick(sqlText(FAMILY_NAMES), 'c * 11 + c / 31')},
                 DATE '1935-01-01' + (c::bigint * 7919 % 25000)::int,
                 '06' || lpad((c::bigint * 104729 % 100000000)::text, 8, '0'),
                 'Dorpsstraat', (1 + c % 180)::text,
                 (1000 + c % 9000)::text || ' ' || chr(65 + c % 26) || chr(65 + (c / 26) % 26),
                 s_org.municipality_name, s_org.municipality_code, s_org.municipality_name,
                 ${pick("ARRAY['nl','nl','nl','nl','nl','ar','tr','en','pl','ti']", 'c')},
                 c % 9 = 0, s_user.id, now() - ((c % 1100) || ' days')::interval, now()
          FROM s_client
          JOIN s_team USING (t)
          JOIN s_org ON s_org.o = s_client.o
          JOIN s_user ON s_user.t = s_client.t AND s_user.k = 1 + q % ${S};
      `,
    },
    {
      label: 'cases',
      rows: N,
      sql: `
        -- case n belongs to client n % C; by its mix number r: 10 % aangemeld, 10 % intake, 40 % actief,
        -- 40 % closed, in every organisation and team alike; a client's cases go to different supporters
        CREATE TEMP TABLE s_case AS
          SELECT n, r, gen_random_uuid() AS id, s_client.id AS client_id, s_client.t, s_client.o,
                 CASE WHEN r % 10 = 0 THEN 'aangemeld' WHEN r % 10 = 1 THEN 'intake'
                      WHEN r % 10 < 6 THEN 'actief' ELSE 'afgesloten' END::case_status AS status,
                 current_date - (r % 1095)::int AS registered_on,
                 1 + (s_client.q + n / ${C} * 7) % ${S} AS supporter_k
          FROM (SELECT n, ${mix('n')} AS r FROM generate_series(0, ${N - 1}) n) numbered
          JOIN s_client ON s_client.c = n % ${C};
        CREATE INDEX ON s_case (id);
        ANALYZE s_case;
        INSERT INTO cases (id, organisation_id, client_id, team_id, lead_supporter_id, question, status,
                           legal_frameworks, commissioning_party_kind, commissioning_party_name, referral_source,
                           registered_on, first_contact_on, closed_on, closing_reason, created_by_id,
                           created_at, updated_at)
          SELECT s_case.id, s_team.org_id, client_id, s_team.id, s_user.id,
                 ${pick(sqlText(QUESTIONS), 'r / 11')}, status,
                 CASE WHEN r / 10 % 5 = 0 THEN ARRAY['wlz']::legal_framework[] ELSE ARRAY['wmo']::legal_framework[] END,
                 CASE WHEN r / 10 % 5 = 0 THEN 'zorgkantoor' ELSE 'gemeente' END::commissioning_party_kind,
                 CASE WHEN r / 10 % 5 = 0 THEN 'Zorgkantoor ' ELSE 'Gemeente ' END || s_org.municipality_name,
                 ${pick("ARRAY['self','huisarts','wijkteam','gemeente','zorgkantoor','family','other','self','wijkteam']", 'r / 50')}::referral_source,
                 registered_on,
                 CASE WHEN status = 'aangemeld' THEN NULL ELSE LEAST(registered_on + r / 13 % 21, current_date) END,
                 CASE WHEN status = 'afgesloten' THEN LEAST(registered_on + 30 + r / 17 % 200, current_date) END,
                 CASE WHEN status = 'afgesloten' THEN 'Vraag beantwoord; de cliënt kan verder.' END,
                 s_user.id, registered_on::timestamptz, registered_on::timestamptz + interval '1 day'
          FROM s_case
          JOIN s_team USING (t)
          JOIN s_org ON s_org.o = s_case.o
          JOIN s_user ON s_user.t = s_case.t AND s_user.k = s_case.supporter_k;
        -- one to three domains per case (slot 0 always, 1 when r % 3 > 0, 2 when r % 3 = 2)
        INSERT INTO case_domains (case_id, domain_code, organisation_id)
          SELECT s_case.id, d.code, s_team.org_id
          FROM s_case JOIN s_team USING (t),
               LATERAL (VALUES (0, ${domainOf('r', 0)}), (1, ${domainOf('r', 1)}), (2, ${domainOf('r', 2)})) AS d(slot, code)
          WHERE d.slot <= r / 3 % 3
          ON CONFLICT DO NOTHING;
        -- the maintained facts (migrations CaseloadFacts and CaseDomainCodes; their triggers are off during this load)
        UPDATE cases k SET domain_count = f.n, domain_codes = f.codes
          FROM (SELECT cd.case_id, count(*) AS n, array_agg(cd.domain_code ORDER BY d.position) AS codes
                FROM case_domains cd JOIN s_case ON s_case.id = cd.case_id JOIN domains d ON d.code = cd.domain_code
                GROUP BY cd.case_id) f
          WHERE k.id = f.case_id;
        INSERT INTO case_volunteers (case_id, user_id, organisation_id, linked_at)
          SELECT s_case.id, s_user.id, s_user.org_id, s_case.registered_on::timestamptz
          FROM s_case JOIN s_user ON s_user.t = s_case.t AND s_user.k = ${S + 1} + r / 19 % ${V}
          WHERE r % 10 IN (2, 5, 8);
        INSERT INTO case_status_changes (organisation_id, case_id, from_status, to_status, reason, changed_by_id, changed_at)
          SELECT c.organisation_id, c.id, NULL::case_status, 'aangemeld'::case_status, NULL, c.created_by_id, c.created_at
          FROM cases c
          UNION ALL
          SELECT c.organisation_id, c.id, 'aangemeld', 'intake', NULL, c.lead_supporter_id, c.first_contact_on::timestamptz
          FROM cases c WHERE c.status <> 'aangemeld'
          UNION ALL
          SELECT c.organisation_id, c.id, 'intake', 'actief', NULL, c.lead_supporter_id, c.first_contact_on::timestamptz + interval '2 days'
          FROM cases c WHERE c.status IN ('actief', 'afgesloten')
          UNION ALL
          SELECT c.organisation_id, c.id, 'actief', 'afgesloten', c.closing_reason, c.lead_supporter_id, c.closed_on::timestamptz
          FROM cases c WHERE c.status = 'afgesloten';
      `,
    },
    {
      label: 'visits',
      rows: scale.visits,
      sql: `
        -- visits only on cases with a first contact, spread between that contact and closing (or today)
        CREATE TEMP TABLE s_contact AS
          SELECT row_number() OVER () - 1 AS m, c.id AS case_id, c.organisation_id, c.lead_supporter_id,
                 c.first_contact_on, coalesce(c.closed_on, current_date) AS until, s_case.r
          FROM cases c JOIN s_case ON s_case.id = c.id
          WHERE c.first_contact_on IS NOT NULL;
        CREATE INDEX ON s_contact (m);
        ANALYZE s_contact;
        CREATE TEMP TABLE s_visit AS
          SELECT v, gen_random_uuid() AS id, case_id, organisation_id, lead_supporter_id, r,
                 (first_contact_on + v * 7 % (until - first_contact_on + 1))::timestamptz + interval '10 hours' AS ts
          FROM generate_series(0, ${scale.visits - 1}) v
          JOIN s_contact ON s_contact.m = v % (SELECT count(*) FROM s_contact);
        INSERT INTO visits (id, organisation_id, case_id, occurred_at, minutes, mode, summary, next_steps,
                            author_id, created_at, updated_at)
          SELECT id, organisation_id, case_id, ts, 15 + v % 8 * 15,
                 ${pick("ARRAY['home_visit','phone','office','video','accompany_keukentafelgesprek','home_visit','phone']", 'v')}::visit_mode,
                 ${pick(sqlText(SUMMARIES), 'v')},
                 CASE WHEN v % 3 = 0 THEN 'Volgende keer de reactie van de gemeente bespreken.' END,
                 lead_supporter_id, ts, ts
          FROM s_visit;
        INSERT INTO visit_domains (visit_id, domain_code, organisation_id)
          SELECT id, ${domainOf('r', 0)}, organisation_id FROM s_visit;
        UPDATE cases k SET last_visit_on = f.day
          FROM (SELECT case_id, (max(ts) AT TIME ZONE 'Europe/Amsterdam')::date AS day FROM s_visit GROUP BY case_id) f
          WHERE k.id = f.case_id;
      `,
    },
    {
      label: 'support plans with goals and actions',
      rows: Math.round(N * 0.3) * (1 + 3 + 3 + 6),
      sql: `
        -- 30 % of the cases (active and closed ones) have a plan: three goals, each with its own
        -- domain, the second depending on the first in half of them, two actions per goal
        CREATE TEMP TABLE s_plan AS
          SELECT s_case.r, gen_random_uuid() AS plan_id, c.id AS case_id, c.organisation_id, c.lead_supporter_id,
                 c.first_contact_on, c.status, c.commissioning_party_name
          FROM s_case JOIN cases c ON c.id = s_case.id
          WHERE s_case.r % 10 IN (3, 5, 7);
        INSERT INTO plans (id, organisation_id, case_id, agreed_on, agreement_method, next_evaluation_on,
                           created_by_id, created_at, updated_at)
          SELECT plan_id, organisation_id, case_id, LEAST(first_contact_on + 7, current_date),
                 ${pick("ARRAY['signed','verbal','representative','signed']", 'r / 10')}::plan_agreement_method,
                 CASE WHEN status = 'actief' THEN current_date - 30 + r % 120 END,
                 lead_supporter_id, first_contact_on::timestamptz, now()
          FROM s_plan;
        CREATE TEMP TABLE s_goal AS
          SELECT s_plan.*, g, gen_random_uuid() AS goal_id FROM s_plan, generate_series(0, 2) g;
        CREATE INDEX ON s_goal (plan_id, g);
        ANALYZE s_goal;
        INSERT INTO plan_goals (id, organisation_id, plan_id, position, title, desired_outcome, status, created_at)
          SELECT goal_id, organisation_id, plan_id, g + 1, ${pick(sqlText(GOAL_TITLES), 'r * 3 + g')},
                 'Over een half jaar is dit geregeld.',
                 (CASE WHEN status = 'afgesloten' THEN 'achieved' WHEN g = 0 THEN 'in_progress' ELSE 'open' END)::plan_goal_status,
                 first_contact_on::timestamptz
          FROM s_goal;
        INSERT INTO plan_goal_domains (goal_id, domain_code, organisation_id)
          SELECT goal_id, ${domainOf('r', 0)}, organisation_id FROM s_goal WHERE g = 0
          UNION ALL
          SELECT goal_id, ${pick(sqlText(DOMAIN_PICKS), 'r * 5 + g * 3 + 1')}, organisation_id FROM s_goal WHERE g > 0;
        INSERT INTO plan_goal_dependencies (goal_id, depends_on_id, organisation_id)
          SELECT later.goal_id, first.goal_id, later.organisation_id
          FROM s_goal later JOIN s_goal first ON first.plan_id = later.plan_id AND first.g = 0
          WHERE later.g = 1 AND later.r / 2 % 2 = 0;
        INSERT INTO plan_actions (organisation_id, plan_id, goal_id, description, owner_kind, owner_user_id, owner_name,
                                  due_on, status, done_on)
          SELECT organisation_id, plan_id, goal_id, ${pick(sqlText(ACTIONS), 'r + g * 2 + a')}, kind::plan_action_owner_kind,
                 CASE WHEN kind = 'supporter' THEN lead_supporter_id END,
                 CASE WHEN kind = 'external' THEN commissioning_party_name || ', Wmo-loket'
                      WHEN kind = 'network' THEN 'Zus van de cliënt' END,
                 due_on,
                 (CASE WHEN done THEN 'done' ELSE 'open' END)::plan_action_status,
                 CASE WHEN done THEN due_on END
          FROM (SELECT s_goal.*, a,
                       CASE WHEN a = 0 THEN 'client' WHEN g = 0 THEN 'supporter' WHEN g = 1 THEN 'external' ELSE 'network' END AS kind,
                       first_contact_on + 14 + 14 * g + 7 * a AS due_on,
                       status = 'afgesloten' OR (first_contact_on + 14 + 14 * g + 7 * a < current_date - 10 AND (r + g + a) % 3 <> 0) AS done
                FROM s_goal, generate_series(0, 1) a) planned;
        UPDATE plans p SET overdue_from = f.due
          FROM (SELECT a.plan_id, min(a.due_on) AS due FROM plan_actions a JOIN s_plan USING (plan_id)
                WHERE a.status = 'open' GROUP BY a.plan_id) f
          WHERE p.id = f.plan_id;
      `,
    },
    {
      label: 'access-log history',
      rows: N * 2,
      sql: `
        -- Rows of a user form a hash chain (migration AccessLogChain). The insert trigger would look up
        -- each user's last row per insert; here the chains are computed in one ordered pass instead,
        -- with the same digest function, and the rows inserted with their chain columns filled in.
        CREATE TEMP TABLE s_log AS SELECT * FROM access_log WITH NO DATA;
        INSERT INTO s_log (id, occurred_at, organisation_id, user_id, role, client_id, entity, entity_id, action,
                           outcome, request_id, ip, chain_seq)
          SELECT nextval(pg_get_serial_sequence('access_log', 'id')), at, organisation_id, user_id, 'supporter',
                 client_id, 'case', case_id::text, action::access_action, 'success', 'seed-' || case_id, '127.0.0.1',
                 row_number() OVER (PARTITION BY user_id ORDER BY at, action)
          FROM (SELECT c.created_at + offs.at AS at, c.organisation_id, c.lead_supporter_id AS user_id,
                       c.client_id, c.id AS case_id, offs.action
                FROM cases c,
                     (VALUES (interval '0', 'create'), (interval '1 day', 'read')) AS offs(at, action)) history;
        DO $$
        DECLARE
          r access_log%ROWTYPE;
          current_user_id uuid;
          previous bytea;
          ids bigint[] := '{}';
          prevs bytea[] := '{}';
          hashes bytea[] := '{}';
        BEGIN
          FOR r IN SELECT * FROM s_log ORDER BY user_id, chain_seq LOOP
            IF current_user_id IS DISTINCT FROM r.user_id THEN
              current_user_id := r.user_id;
              previous := ''::bytea;
            END IF;
            r.prev_hash := previous;
            previous := access_log_digest(r);
            ids := ids || r.id;
            prevs := prevs || r.prev_hash;
            hashes := hashes || previous;
          END LOOP;
          UPDATE s_log SET prev_hash = h.prev_hash, hash = h.hash
            FROM unnest(ids, prevs, hashes) AS h(id, prev_hash, hash) WHERE s_log.id = h.id;
        END $$;
        ALTER TABLE access_log DISABLE TRIGGER access_log_chain;
        INSERT INTO access_log OVERRIDING SYSTEM VALUE SELECT * FROM s_log;
        ALTER TABLE access_log ENABLE TRIGGER access_log_chain;
      `,
    },
    {
      label: 'statistics (ANALYZE)',
      sql: 'ANALYZE',
    },
  ];
}

/** Statements end with `;` and a line break, except inside a `$$ … $$` body. */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  sql.split('$$').forEach((part, i) => {
    if (i % 2 === 1) {
      current += `$$${part}$$`;
      return;
    }
    const pieces = part.split(/;\s*\n/);
    current += pieces.shift() ?? '';
    for (const piece of pieces) {
      statements.push(current);
      current = piece;
    }
  });
  statements.push(current);
  return statements.filter((statement) => statement.trim());
}

/**
 * Foreign-key checks fire a trigger per row, which triples the load time at full size. A superuser
 * may switch them off for this session (the generated rows are consistent by construction, and
 * verifyReferences checks them set-wise afterwards); anyone else loads with the checks on.
 */
async function skipRowTriggers(client: Client, log: (line: string) => void): Promise<boolean> {
  try {
    await client.query("SET session_replication_role = 'replica'");
    return true;
  } catch {
    log('Not a superuser: loading with per-row foreign-key checks (slower).');
    return false;
  }
}

/** Every foreign key of the public schema holds, checked with one anti-join per constraint. */
async function verifyReferences(client: Client, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const { rows } = await client.query<{ name: string; child: string; parent: string; cols: string[]; refs: string[] }>(`
    SELECT con.conname AS name, con.conrelid::regclass::text AS child, con.confrelid::regclass::text AS parent,
           array(SELECT attname::text FROM unnest(con.conkey) k JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k) AS cols,
           array(SELECT attname::text FROM unnest(con.confkey) k JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k) AS refs
    FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
    WHERE con.contype = 'f' AND n.nspname = 'public'`);
  for (const fk of rows) {
    const join = fk.cols.map((c, i) => `p."${fk.refs[i]}" = c."${c}"`).join(' AND ');
    const notNull = fk.cols.map((c) => `c."${c}" IS NOT NULL`).join(' AND ');
    const { rows: broken } = await client.query(
      `SELECT 1 FROM ${fk.child} c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE ${join}) LIMIT 1`,
    );
    if (broken.length) throw new Error(`Generated data breaks foreign key ${fk.name} (${fk.child} → ${fk.parent})`);
  }
  log(`All ${rows.length} foreign keys verified in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * Fills an empty, migrated database. `log` receives progress lines; every generated user gets
 * `password`.
 */
export async function generateData(
  client: Client,
  scale: Scale,
  password: string,
  log: (line: string, end?: boolean) => void = () => undefined,
): Promise<void> {
  // Bulk load: no wait for the disk per commit, and more memory for joins and index builds.
  await client.query("SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'");
  const checksSkipped = await skipRowTriggers(client, log);
  const all = steps(scale, await hashPassword(password));
  for (const [i, step] of all.entries()) {
    const started = Date.now();
    log(
      `[${i + 1}/${all.length}] ${step.label}${step.rows ? ` (${step.rows.toLocaleString('en')} rows)` : ''}… `,
      false,
    );
    await client.query('BEGIN');
    for (const statement of splitStatements(step.sql)) await client.query(statement);
    await client.query('COMMIT');
    log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (checksSkipped) {
    await client.query("SET session_replication_role = 'origin'");
    await verifyReferences(client, log);
  }
}
