import type { CaseAttention } from '@naast/contracts';

/**
 * SQL expressions for "today" and "the first day of this month" (Dutch calendar), as the caller binds
 * them; optionally `organisationId`, the bound organisation every case of the query belongs to, so
 * that organisation-wide facts are read once per query instead of once per case.
 */
export interface CalendarSql {
  today: string;
  monthStart: string;
  organisationId?: string;
}

/**
 * The date of a case's last contact: its latest visit (Dutch calendar day) or its first contact,
 * whichever is later; NULL when there has been neither. `last_visit_on` is kept by the database.
 */
export function lastContactSql(alias: string): string {
  return `GREATEST(${alias}.last_visit_on, ${alias}.first_contact_on)`;
}

/** Days since the last contact, or since registration when there has been none. */
export function daysWithoutContactSql(alias: string, calendar: CalendarSql): string {
  return `(${calendar.today} - COALESCE(${lastContactSql(alias)}, ${alias}.registered_on))`;
}

const noContactDaysSql = (alias: string, calendar: CalendarSql) =>
  `(SELECT o.no_contact_days FROM organisations o WHERE o.id = ${calendar.organisationId ?? `${alias}.organisation_id`})`;

/** `plans.overdue_from` is the earliest due date of the plan's open actions, kept by the database. */
function overdueActionsSql(alias: string, calendar: CalendarSql): string {
  // With the organisation bound, the overdue plans are read once (a hashed set), not probed per case.
  if (calendar.organisationId)
    return `${alias}.id IN (SELECT ap.case_id FROM plans ap
          WHERE ap.organisation_id = ${calendar.organisationId} AND ap.overdue_from < ${calendar.today})`;
  return `EXISTS (SELECT 1 FROM plans ap
          WHERE ap.case_id = ${alias}.id AND ap.organisation_id = ${alias}.organisation_id
            AND ap.overdue_from < ${calendar.today})`;
}

/**
 * `CASE_ATTENTIONS` as a WHERE fragment over a `cases` alias: every start-page and caseload figure
 * counts with this same SQL, so a drill-down to the case list shows exactly the cases behind it.
 */
export function caseAttentionSql(attention: CaseAttention, alias: string, calendar: CalendarSql): string {
  const open = `${alias}.status <> 'afgesloten'`;
  switch (attention) {
    case 'no_contact':
      return `(${open} AND ${daysWithoutContactSql(alias, calendar)} > ${noContactDaysSql(alias, calendar)})`;
    case 'overdue_actions':
      return `(${open} AND ${overdueActionsSql(alias, calendar)})`;
    case 'waiting':
      return `(${open} AND ${alias}.first_contact_on IS NULL)`;
    case 'new_this_month':
      return `(${alias}.registered_on >= ${calendar.monthStart})`;
    case 'closed_this_month':
      return `(${alias}.closed_on >= ${calendar.monthStart})`;
  }
}

/** Today and the first of this month in the Dutch calendar, as YYYY-MM-DD. */
export function calendarDates(today: string): { today: string; monthStart: string } {
  return { today, monthStart: `${today.slice(0, 8)}01` };
}
