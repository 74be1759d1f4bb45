import { CALENDAR_TIME_ZONE } from '@naast/api-core';

/** Calendar arithmetic on YYYY-MM-DD and YYYY-MM strings (the Dutch calendar of `todayIsoDate`). */

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM` moved by `months` (negative goes back). */
export function shiftMonth(month: string, months: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first day of a month and of the month after it, as YYYY-MM-DD. */
export function monthRange(month: string): { start: string; end: string } {
  return { start: `${month}-01`, end: `${shiftMonth(month, 1)}-01` };
}

/** Visits whose moment falls within [start, end) in the Dutch calendar; the two are date parameters. */
export function occurredWithinSql(column: string, startParam: string, endParam: string): string {
  return `${column} >= (${startParam}::date::timestamp AT TIME ZONE '${CALENDAR_TIME_ZONE}')
      AND ${column} < (${endParam}::date::timestamp AT TIME ZONE '${CALENDAR_TIME_ZONE}')`;
}
