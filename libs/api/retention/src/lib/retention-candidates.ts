import type { RetentionCandidate } from '@naast/contracts';

/** Runs one SQL statement: a TypeORM manager, or a plain pg client for the command line. */
export type SqlQuery = (sql: string, params: unknown[]) => Promise<unknown[]>;

export interface RetentionCandidateRow extends RetentionCandidate {
  organisationId: string;
  retentionMonths: number;
}

/**
 * Clients whose retention period has passed: not anonymised, at least one case, every case closed,
 * and the last one closed more than the organisation's `retention_months` ago (Dutch calendar days).
 * Ids and dates only. Without an organisation: every organisation (the nightly job, the command line).
 */
export async function findRetentionCandidates(
  query: SqlQuery,
  options: { organisationId?: string; limit?: number } = {},
): Promise<RetentionCandidateRow[]> {
  const rows = (await query(
    `SELECT c.id AS client_id, c.organisation_id, c.team_id, t.name AS team_name, o.retention_months,
            to_char(k.last_closed_on, 'YYYY-MM-DD') AS last_closed_on,
            to_char((k.last_closed_on + make_interval(months => o.retention_months))::date, 'YYYY-MM-DD') AS due_since
       FROM clients c
       JOIN organisations o ON o.id = c.organisation_id
       JOIN teams t ON t.id = c.team_id
       JOIN LATERAL (
         SELECT max(ca.closed_on) AS last_closed_on, bool_and(ca.status = 'afgesloten') AS all_closed
           FROM cases ca WHERE ca.client_id = c.id AND ca.organisation_id = c.organisation_id
       ) k ON k.all_closed
      WHERE c.anonymised_at IS NULL
        AND ($1::uuid IS NULL OR c.organisation_id = $1)
        AND (k.last_closed_on + make_interval(months => o.retention_months))::date
            < (now() AT TIME ZONE 'Europe/Amsterdam')::date
      ORDER BY k.last_closed_on, c.id
      LIMIT $2`,
    [options.organisationId ?? null, options.limit ?? 10_000],
  )) as {
    client_id: string;
    organisation_id: string;
    team_id: string;
    team_name: string;
    retention_months: number;
    last_closed_on: string;
    due_since: string;
  }[];
  return rows.map((r) => ({
    clientId: r.client_id,
    organisationId: r.organisation_id,
    teamId: r.team_id,
    teamName: r.team_name,
    retentionMonths: r.retention_months,
    lastClosedOn: r.last_closed_on,
    dueSince: r.due_since,
  }));
}
