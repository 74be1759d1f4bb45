import type { DomainCode, VisitDraftFields, VisitMode } from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import { insertedId } from './inserted-id';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const ORGANISATION = 'Cliëntondersteuning Utrecht';
const SUPPORTER = 'ondersteuner@utrecht.example';
const VOLUNTEER = 'vrijwilliger@utrecht.example';
const TEAM_LEAD = 'teamleider@utrecht.example';

interface Report {
  hoursAgo: number;
  minutes: number;
  mode: VisitMode;
  domains: DomainCode[];
  summary: string;
  nextSteps: string | null;
  /** The supporter's comment once acknowledged; undefined leaves the report new. */
  acknowledged?: { comment: string | null; hoursLater: number };
}

const REPORTS: Report[] = [
  {
    hoursAgo: 3,
    minutes: 60,
    mode: 'home_visit',
    domains: ['zorg', 'welzijn'],
    summary: 'Koffie gedronken en samen de post doorgenomen. Mevrouw maakt zich zorgen over de eigen bijdrage.',
    nextSteps: 'Volgende week samen naar het Wmo-loket bellen.',
  },
  {
    hoursAgo: 26,
    minutes: 90,
    mode: 'accompany_keukentafelgesprek',
    domains: ['zorg'],
    summary: 'Meegegaan naar het keukentafelgesprek; meneer kon zijn vraag zelf goed vertellen.',
    nextSteps: 'Wachten op het verslag van de gemeente.',
  },
  {
    hoursAgo: 6 * 24,
    minutes: 45,
    mode: 'phone',
    domains: ['inkomen'],
    summary: 'Gebeld over de brief van de Belastingdienst; de toeslag loopt door.',
    nextSteps: null,
    acknowledged: { comment: 'Dank je wel, Henk. Fijn dat de toeslag doorloopt!', hoursLater: 20 },
  },
  {
    hoursAgo: 12 * 24,
    minutes: 30,
    mode: 'home_visit',
    domains: ['welzijn'],
    summary: 'Samen een wandeling gemaakt naar het buurthuis; mevrouw wil daar vaker heen.',
    nextSteps: 'Rooster van het buurthuis meenemen.',
    acknowledged: { comment: null, hoursLater: 30 },
  },
];

const DRAFTS: VisitDraftFields[] = [
  {
    mode: 'home_visit',
    minutes: 45,
    domains: ['wonen'],
    summary: 'Samen gekeken naar de brief van de woningcorporatie',
  },
  { mode: 'phone', summary: 'Nog afmaken' },
];

async function userId(manager: EntityManager, organisationId: string, email: string): Promise<string> {
  return insertedId(
    (await manager.query('SELECT id FROM users WHERE organisation_id = $1 AND email = $2', [
      organisationId,
      email,
    ])) as {
      id: string;
    }[],
    `user ${email}`,
  );
}

/**
 * The three workspaces' demo: the demo volunteer's reports on the demo supporter's cases (some new,
 * some acknowledged with a comment), two unfinished drafts, earlier volunteer reports acknowledged,
 * and a case the team lead handed to the demo supporter. The random caseload already holds cases
 * without contact and cases waiting for a first contact.
 */
export async function seedDemoWorkspaces(
  manager: EntityManager,
  now = new Date(),
): Promise<{ volunteerReports: number; drafts: number }> {
  const organisationId = insertedId(
    (await manager.query('SELECT id FROM organisations WHERE name = $1', [ORGANISATION])) as { id: string }[],
    'organisation',
  );
  const supporterId = await userId(manager, organisationId, SUPPORTER);
  const volunteerId = await userId(manager, organisationId, VOLUNTEER);
  const teamLeadId = await userId(manager, organisationId, TEAM_LEAD);

  // Earlier volunteer reports have been read: the start page shows only the recent ones as new.
  await manager.query(
    `INSERT INTO visit_acknowledgements (visit_id, organisation_id, acknowledged_by_id, acknowledged_at, comment)
     SELECT v.id, v.organisation_id, k.lead_supporter_id, v.occurred_at + interval '1 day', NULL
       FROM visits v JOIN users u ON u.id = v.author_id AND u.role = 'volunteer'
       JOIN cases k ON k.id = v.case_id
      WHERE v.organisation_id = $1 AND v.occurred_at < $2 AND v.occurred_at + interval '1 day' < $3`,
    [organisationId, new Date(now.getTime() - 3 * DAY), now],
  );

  // The demo volunteer works on three of the demo supporter's open cases.
  const cases = (await manager.query(
    `SELECT k.id, k.registered_on FROM cases k
      WHERE k.organisation_id = $1 AND k.lead_supporter_id = $2 AND k.status IN ('intake', 'actief')
        AND k.registered_on < $3::date
      ORDER BY k.registered_on DESC, k.id LIMIT 3`,
    [organisationId, supporterId, new Date(now.getTime() - 30 * DAY).toISOString().slice(0, 10)],
  )) as { id: string }[];
  for (const { id } of cases) {
    await manager.query(
      `INSERT INTO case_volunteers (case_id, user_id, organisation_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [id, volunteerId, organisationId],
    );
  }
  if (cases.length === 0) return { volunteerReports: 0, drafts: 0 };

  for (const [i, report] of REPORTS.entries()) {
    const caseId = cases[i % cases.length]?.id ?? '';
    const occurredAt = new Date(now.getTime() - report.hoursAgo * HOUR);
    const visitId = insertedId(
      (await manager.query(
        `INSERT INTO visits (organisation_id, case_id, occurred_at, minutes, mode, summary, next_steps, author_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $3, $3) RETURNING id`,
        [
          organisationId,
          caseId,
          occurredAt,
          report.minutes,
          report.mode,
          report.summary,
          report.nextSteps,
          volunteerId,
        ],
      )) as { id: string }[],
      'volunteer report',
    );
    for (const domain of report.domains) {
      await manager.query('INSERT INTO visit_domains (visit_id, domain_code, organisation_id) VALUES ($1, $2, $3)', [
        visitId,
        domain,
        organisationId,
      ]);
    }
    if (report.acknowledged) {
      await manager.query(
        `INSERT INTO visit_acknowledgements (visit_id, organisation_id, acknowledged_by_id, acknowledged_at, comment)
         VALUES ($1, $2, $3, $4, $5)`,
        [
          visitId,
          organisationId,
          supporterId,
          new Date(occurredAt.getTime() + report.acknowledged.hoursLater * HOUR),
          report.acknowledged.comment,
        ],
      );
    }
  }

  for (const [i, fields] of DRAFTS.entries()) {
    await manager.query(
      `INSERT INTO visit_drafts (organisation_id, case_id, author_id, fields, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5)`,
      [
        organisationId,
        cases[i % cases.length]?.id,
        volunteerId,
        JSON.stringify(fields),
        new Date(now.getTime() - (i + 1) * HOUR),
      ],
    );
  }

  // The team lead handed a colleague's case in Team Noord to the demo supporter last week.
  const [handed] = (await manager.query(
    `SELECT k.id, k.lead_supporter_id FROM cases k
       JOIN team_memberships tm ON tm.team_id = k.team_id AND tm.user_id = $2
      WHERE k.organisation_id = $1 AND k.lead_supporter_id <> $2 AND k.status IN ('intake', 'actief')
      ORDER BY k.registered_on DESC, k.id LIMIT 1`,
    [organisationId, supporterId],
  )) as { id: string; lead_supporter_id: string }[];
  if (handed) {
    await manager.query(
      'UPDATE cases SET lead_supporter_id = $2, version = version + 1, updated_at = $3 WHERE id = $1',
      [handed.id, supporterId, new Date(now.getTime() - 7 * DAY)],
    );
    await manager.query(
      `INSERT INTO case_assignment_changes (organisation_id, case_id, from_user_id, to_user_id, changed_by_id, changed_at, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        organisationId,
        handed.id,
        handed.lead_supporter_id,
        supporterId,
        teamLeadId,
        new Date(now.getTime() - 7 * DAY),
        'Verdeling na het teamoverleg: Sanne kent de wijk.',
      ],
    );
  }
  return { volunteerReports: REPORTS.length, drafts: DRAFTS.length };
}
