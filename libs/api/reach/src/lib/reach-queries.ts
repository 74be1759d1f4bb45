import type { EntityManager } from 'typeorm';
import type { ReachParty, ReachQuery } from '@naast/contracts';

/** One aggregate: which breakdown, which category, how many. Never a row per client or case. */
export interface AggregateRow {
  dimension: string;
  key: string | null;
  label: string | null;
  n: number;
}

/** The cases of the party registered in the period; every query below starts here ($1..$5). */
const PERIOD_CASES = `period_cases AS (
  SELECT k.id, k.client_id, k.referral_source, k.registered_on
    FROM cases k
   WHERE k.organisation_id = $1 AND k.registered_on BETWEEN $2::date AND $3::date
     AND k.commissioning_party_kind = $4::commissioning_party_kind AND k.commissioning_party_name = $5
)`;

const params = (organisationId: string, q: ReachQuery) => [organisationId, q.from, q.to, q.partyKind, q.partyName];

/** New cases by referral source and by domain. */
export function caseAggregates(manager: EntityManager, organisationId: string, q: ReachQuery): Promise<AggregateRow[]> {
  return manager.query<AggregateRow[]>(
    `WITH ${PERIOD_CASES}
     SELECT 'referral' AS dimension, pc.referral_source::text AS key, NULL AS label, count(*)::int AS n
       FROM period_cases pc GROUP BY pc.referral_source
     UNION ALL
     SELECT 'domain', cd.domain_code, NULL, count(*)::int
       FROM period_cases pc JOIN case_domains cd ON cd.case_id = pc.id AND cd.organisation_id = $1
      GROUP BY cd.domain_code
     UNION ALL
     SELECT 'total', 'cases', NULL, count(*)::int FROM period_cases`,
    params(organisationId, q),
  );
}

/**
 * The clients with a case in the period, by where they live, age band (at their first case of the
 * period), language and interpreter need; and how many of them are new to this party.
 */
export function clientAggregates(
  manager: EntityManager,
  organisationId: string,
  q: ReachQuery,
): Promise<AggregateRow[]> {
  return manager.query<AggregateRow[]>(
    `WITH ${PERIOD_CASES},
     reached AS (
       SELECT c.municipality_code, c.municipality_name, substring(c.address_postcode FROM 1 FOR 4) AS pc4,
              c.preferred_language, c.interpreter_needed,
              CASE
                WHEN c.date_of_birth IS NULL THEN 'unknown'
                WHEN date_part('year', age(r.first_on, c.date_of_birth)) < 18 THEN '0-17'
                WHEN date_part('year', age(r.first_on, c.date_of_birth)) < 27 THEN '18-26'
                WHEN date_part('year', age(r.first_on, c.date_of_birth)) < 67 THEN '27-66'
                WHEN date_part('year', age(r.first_on, c.date_of_birth)) < 80 THEN '67-79'
                ELSE '80+'
              END AS age_band,
              NOT EXISTS (
                SELECT 1 FROM cases e
                 WHERE e.organisation_id = $1 AND e.client_id = r.client_id AND e.registered_on < $2::date
                   AND e.commissioning_party_kind = $4::commissioning_party_kind AND e.commissioning_party_name = $5
              ) AS is_new
         FROM (SELECT client_id, min(registered_on) AS first_on FROM period_cases GROUP BY client_id) r
         JOIN clients c ON c.id = r.client_id AND c.organisation_id = $1
     )
     SELECT 'municipality' AS dimension, municipality_code AS key, max(municipality_name) AS label, count(*)::int AS n
       FROM reached GROUP BY municipality_code
     UNION ALL SELECT 'pc4', pc4, NULL, count(*)::int FROM reached GROUP BY pc4
     UNION ALL SELECT 'age', age_band, NULL, count(*)::int FROM reached GROUP BY age_band
     UNION ALL SELECT 'language', preferred_language, NULL, count(*)::int FROM reached GROUP BY preferred_language
     UNION ALL SELECT 'interpreter', interpreter_needed::text, NULL, count(*)::int FROM reached GROUP BY interpreter_needed
     UNION ALL SELECT 'total', 'reached', NULL, count(*)::int FROM reached
     UNION ALL SELECT 'total', 'new', NULL, (count(*) FILTER (WHERE is_new))::int FROM reached`,
    params(organisationId, q),
  );
}

/** Signals that occurred in the period on the party's cases, by category and by what was done. */
export function signalAggregates(
  manager: EntityManager,
  organisationId: string,
  q: ReachQuery,
): Promise<AggregateRow[]> {
  return manager.query<AggregateRow[]>(
    `WITH period_signals AS (
       SELECT s.id, s.category
         FROM case_signals s
         JOIN cases k ON k.id = s.case_id AND k.organisation_id = s.organisation_id
        WHERE s.organisation_id = $1 AND s.occurred_on BETWEEN $2::date AND $3::date
          AND k.commissioning_party_kind = $4::commissioning_party_kind AND k.commissioning_party_name = $5
     )
     SELECT 'category' AS dimension, ps.category::text AS key, NULL AS label, count(*)::int AS n
       FROM period_signals ps GROUP BY ps.category
     UNION ALL
     SELECT 'follow_up', f.kind::text, NULL, count(DISTINCT f.signal_id)::int
       FROM period_signals ps JOIN signal_follow_ups f ON f.signal_id = ps.id AND f.organisation_id = $1
      GROUP BY f.kind
     UNION ALL
     SELECT 'follow_up', 'none', NULL, count(*)::int FROM period_signals ps
      WHERE NOT EXISTS (SELECT 1 FROM signal_follow_ups f WHERE f.signal_id = ps.id)
     UNION ALL SELECT 'total', 'signals', NULL, count(*)::int FROM period_signals`,
    params(organisationId, q),
  );
}

/** The commissioning parties named on the organisation's cases, for choosing a report. */
export function commissioningParties(manager: EntityManager, organisationId: string): Promise<ReachParty[]> {
  return manager.query<ReachParty[]>(
    `SELECT DISTINCT k.commissioning_party_kind::text AS kind, k.commissioning_party_name AS name
       FROM cases k WHERE k.organisation_id = $1
      ORDER BY 1, 2 LIMIT 500`,
    [organisationId],
  );
}
