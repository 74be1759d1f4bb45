/**
 * Calendar days as `YYYY-MM-DD` strings and the Algemene termijnenwet (Atw), shared by the API and
 * the browser so both count a statutory deadline the same way. All arithmetic is on UTC midnights:
 * a calendar day has no time zone.
 */

const MS_PER_DAY = 86_400_000;

function toUtc(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar day `days` after `date` (negative: before); month and year ends roll over. */
export function addCalendarDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm of Meeus/Jones/Butcher),
 * as `YYYY-MM-DD`. Second Easter Day, Ascension Day and Whit Monday follow from it.
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromUtc(Date.UTC(year, month - 1, day));
}

/**
 * The "algemeen erkende feestdagen" of art. 3 lid 1 Algemene termijnenwet: Nieuwjaarsdag, Eerste
 * en Tweede Paasdag, Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag, the
 * day the King's birthday is celebrated, and 5 May (every year, unlike many collective agreements).
 * Goede Vrijdag is not one of them.
 */
export const ATW_HOLIDAYS = [
  'nieuwjaarsdag',
  'eerste_paasdag',
  'tweede_paasdag',
  'koningsdag',
  'bevrijdingsdag',
  'hemelvaartsdag',
  'eerste_pinksterdag',
  'tweede_pinksterdag',
  'eerste_kerstdag',
  'tweede_kerstdag',
] as const;
export type AtwHoliday = (typeof ATW_HOLIDAYS)[number];

export const ATW_HOLIDAY_LABELS: Record<AtwHoliday, { nl: string; en: string }> = {
  nieuwjaarsdag: { nl: 'Nieuwjaarsdag', en: "New Year's Day" },
  eerste_paasdag: { nl: 'Eerste Paasdag', en: 'Easter Sunday' },
  tweede_paasdag: { nl: 'Tweede Paasdag', en: 'Easter Monday' },
  koningsdag: { nl: 'Koningsdag', en: "King's Day" },
  bevrijdingsdag: { nl: 'Bevrijdingsdag', en: 'Liberation Day' },
  hemelvaartsdag: { nl: 'Hemelvaartsdag', en: 'Ascension Day' },
  eerste_pinksterdag: { nl: 'Eerste Pinksterdag', en: 'Whit Sunday' },
  tweede_pinksterdag: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' },
  eerste_kerstdag: { nl: 'Eerste Kerstdag', en: 'Christmas Day' },
  tweede_kerstdag: { nl: 'Tweede Kerstdag', en: 'Boxing Day' },
};

/** The day the monarch's birthday is celebrated: a Sunday moves to the Saturday before. */
function kingsDay(year: number): string {
  // Koningsdag (27 April) since 2014; Koninginnedag (30 April) before.
  const day = year >= 2014 ? 27 : 30;
  const date = fromUtc(Date.UTC(year, 3, day));
  return weekdayOf(date) === 0 ? addCalendarDays(date, -1) : date;
}

/** The Atw holidays of one year, by date. */
export function atwHolidays(year: number): Map<string, AtwHoliday> {
  const easter = easterSunday(year);
  const pad = (n: number) => String(n).padStart(4, '0');
  return new Map<string, AtwHoliday>([
    [`${pad(year)}-01-01`, 'nieuwjaarsdag'],
    [easter, 'eerste_paasdag'],
    [addCalendarDays(easter, 1), 'tweede_paasdag'],
    [kingsDay(year), 'koningsdag'],
    [`${pad(year)}-05-05`, 'bevrijdingsdag'],
    [addCalendarDays(easter, 39), 'hemelvaartsdag'],
    [addCalendarDays(easter, 49), 'eerste_pinksterdag'],
    [addCalendarDays(easter, 50), 'tweede_pinksterdag'],
    [`${pad(year)}-12-25`, 'eerste_kerstdag'],
    [`${pad(year)}-12-26`, 'tweede_kerstdag'],
  ]);
}

/** Why a day is not one on which a statutory term may end: a holiday's name, or the weekend day. */
export type AtwRestDay = AtwHoliday | 'zaterdag' | 'zondag';

export function atwRestDay(date: string): AtwRestDay | null {
  const holiday = atwHolidays(Number(date.slice(0, 4))).get(date);
  if (holiday) return holiday;
  const weekday = weekdayOf(date);
  if (weekday === 6) return 'zaterdag';
  if (weekday === 0) return 'zondag';
  return null;
}

/**
 * Art. 1 lid 1 Atw: a statutory term that ends on a Saturday, Sunday or generally recognised
 * holiday is extended to the next day that is none of these. Returns `date` itself when it is such
 * a working day. (Art. 2, "at least two working days in a term of three days or more", never bites
 * on the terms of a week or longer that procedures use.)
 */
export function nextAtwWorkingDay(date: string): string {
  let day = date;
  while (atwRestDay(day) !== null) day = addCalendarDays(day, 1);
  return day;
}

/**
 * The last day of a statutory term of `days` days that starts the day after `trigger` (art. 1
 * Atw and the usual Dutch counting: a term "within six weeks after" a date ends 42 days later),
 * moved past a weekend or holiday. `countedEnd` is the plain count's end; `movedBecause` says why it moved.
 */
export function statutoryDeadline(
  trigger: string,
  days: number,
): { dueOn: string; countedEnd: string; movedBecause: AtwRestDay | null } {
  const countedEnd = addCalendarDays(trigger, days);
  const dueOn = nextAtwWorkingDay(countedEnd);
  return { dueOn, countedEnd, movedBecause: dueOn === countedEnd ? null : atwRestDay(countedEnd) };
}
