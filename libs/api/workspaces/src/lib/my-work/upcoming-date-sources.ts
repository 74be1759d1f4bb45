import { PASSED_DEADLINE_SHOWN_DAYS, type UpcomingDateKind } from '@naast/contracts';

/**
 * One arm of the "coming up" widget. Each arm selects `kind, case_id, date, label` from the CTE
 * `my_cases (id, organisation_id)` (the open cases the user leads), with `$1` the organisation,
 * `$3` today and `$4` the last day looked ahead to. It returns dates up to `$4`, including passed
 * ones whose step is not done yet; the widget unions all arms, marks `date < today` as passed,
 * sorts and bounds them in one query.
 *
 * Procedure deadlines come from `case_procedure_deadlines`: api-procedures keeps there the open
 * deadlines of each procedure (steps not done, Algemene termijnenwet applied) with every change.
 */
export interface UpcomingDateSource {
  kind: UpcomingDateKind;
  sql: string;
}

export const UPCOMING_DATE_SOURCES: readonly UpcomingDateSource[] = [
  {
    kind: 'evaluation',
    sql: `SELECT 'evaluation'::text AS kind, mc.id AS case_id, p.next_evaluation_on AS date, ''::text AS label
            FROM my_cases mc JOIN plans p ON p.case_id = mc.id AND p.organisation_id = mc.organisation_id
           WHERE p.organisation_id = $1 AND p.next_evaluation_on <= $4::date`,
  },
  {
    // Open procedure deadlines (kept by api-procedures); a passed one shows for PASSED_DEADLINE_SHOWN_DAYS.
    kind: 'procedure_deadline',
    sql: `SELECT 'procedure_deadline'::text AS kind, mc.id AS case_id, d.due_on AS date, d.label
            FROM my_cases mc
            JOIN case_procedure_deadlines d ON d.case_id = mc.id AND d.organisation_id = mc.organisation_id
           WHERE d.organisation_id = $1 AND d.due_on <= $4::date
             AND d.due_on >= $3::date - ${PASSED_DEADLINE_SHOWN_DAYS}`,
  },
];
