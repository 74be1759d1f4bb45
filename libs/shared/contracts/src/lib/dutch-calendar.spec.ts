// eslint-disable-next-line @nx/enforce-module-boundaries -- a test-only dependency: the library itself imports nothing
import fc from 'fast-check';
import {
  addCalendarDays,
  atwHolidays,
  atwRestDay,
  calendarDaysBetween,
  easterSunday,
  nextAtwWorkingDay,
  statutoryDeadline,
  weekdayOf,
} from './dutch-calendar';

/** Any calendar day between 1990 and 2100. */
const calendarDay = fc
  .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

describe('easterSunday', () => {
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
  ])('puts Easter %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('always gives a Sunday between 22 March and 25 April', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 4099 }), (year) => {
        const easter = easterSunday(year);
        expect(weekdayOf(easter)).toBe(0);
        expect(easter.slice(0, 4)).toBe(String(year));
        expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
      }),
    );
  });
});

describe('atwHolidays', () => {
  it('lists the holidays of art. 3 Algemene termijnenwet for 2027', () => {
    expect([...atwHolidays(2027).entries()].sort()).toEqual([
      ['2027-01-01', 'nieuwjaarsdag'],
      ['2027-03-28', 'eerste_paasdag'],
      ['2027-03-29', 'tweede_paasdag'],
      ['2027-04-27', 'koningsdag'],
      ['2027-05-05', 'bevrijdingsdag'],
      ['2027-05-06', 'hemelvaartsdag'],
      ['2027-05-16', 'eerste_pinksterdag'],
      ['2027-05-17', 'tweede_pinksterdag'],
      ['2027-12-25', 'eerste_kerstdag'],
      ['2027-12-26', 'tweede_kerstdag'],
    ]);
  });

  it('does not count Goede Vrijdag', () => {
    expect(atwRestDay('2027-03-26')).toBeNull();
  });

  it('moves Koningsdag on a Sunday to the Saturday before', () => {
    // 27 April 2025 was a Sunday.
    expect(atwHolidays(2025).get('2025-04-26')).toBe('koningsdag');
    expect(atwHolidays(2025).has('2025-04-27')).toBe(false);
  });

  it('counts 5 May every year, not only in a jubilee year', () => {
    expect(atwRestDay('2026-05-05')).toBe('bevrijdingsdag');
    expect(atwRestDay('2027-05-05')).toBe('bevrijdingsdag');
  });
});

describe('nextAtwWorkingDay', () => {
  it.each([
    ['a weekday stays', '2026-12-02', '2026-12-02'],
    ['a Saturday moves to Monday', '2026-12-05', '2026-12-07'],
    ['a Sunday moves to Monday', '2026-12-06', '2026-12-07'],
    ['Christmas on a Friday moves past the weekend to Monday', '2026-12-25', '2026-12-28'],
    ['Nieuwjaarsdag on a Friday moves to Monday', '2027-01-01', '2027-01-04'],
    ['Tweede Paasdag moves to Tuesday', '2027-03-29', '2027-03-30'],
    ['Hemelvaartsdag moves to Friday', '2027-05-06', '2027-05-07'],
    ['Bevrijdingsdag on a Wednesday moves to Thursday, then Hemelvaartsdag to Friday', '2027-05-05', '2027-05-07'],
    ['Tweede Pinksterdag moves to Tuesday', '2027-05-17', '2027-05-18'],
  ])('%s', (_, date, expected) => {
    expect(nextAtwWorkingDay(date)).toBe(expected);
  });

  it('always lands on a working day no more than five days later, and never before', () => {
    fc.assert(
      fc.property(calendarDay, (date) => {
        const working = nextAtwWorkingDay(date);
        expect(atwRestDay(working)).toBeNull();
        const moved = calendarDaysBetween(date, working);
        expect(moved).toBeGreaterThanOrEqual(0);
        expect(moved).toBeLessThanOrEqual(5);
        // Every day skipped was a rest day.
        for (let d = date; d < working; d = addCalendarDays(d, 1)) expect(atwRestDay(d)).not.toBeNull();
      }),
    );
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-11-20', 42, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });

  it('is undone by calendarDaysBetween', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: -400, max: 400 }), (date, days) => {
        expect(calendarDaysBetween(date, addCalendarDays(date, days))).toBe(days);
      }),
    );
  });
});

describe('statutoryDeadline', () => {
  it('counts six weeks from the day after the trigger: 42 days later on a working day', () => {
    expect(statutoryDeadline('2026-10-14', 42)).toEqual({
      dueOn: '2026-11-25',
      countedEnd: '2026-11-25',
      movedBecause: null,
    });
  });

  it('moves a term ending on a Sunday to the Monday and says why', () => {
    expect(statutoryDeadline('2026-10-25', 42)).toEqual({
      dueOn: '2026-12-07',
      countedEnd: '2026-12-06',
      movedBecause: 'zondag',
    });
  });

  it('crosses the year end and Christmas', () => {
    // 6 weeks after 13 November 2026 is Friday 25 December: Christmas, then the weekend.
    expect(statutoryDeadline('2026-11-13', 42)).toEqual({
      dueOn: '2026-12-28',
      countedEnd: '2026-12-25',
      movedBecause: 'eerste_kerstdag',
    });
    // 2 weeks after 18 December 2026 is Nieuwjaarsdag (a Friday): Monday 4 January 2027.
    expect(statutoryDeadline('2026-12-18', 14).dueOn).toBe('2027-01-04');
  });

  it('crosses month ends of every length', () => {
    expect(statutoryDeadline('2027-01-31', 14).dueOn).toBe('2027-02-15'); // 14 Feb 2027 is a Sunday
    expect(statutoryDeadline('2028-02-15', 14).dueOn).toBe('2028-02-29'); // leap day, a Tuesday
    expect(statutoryDeadline('2026-04-30', 7).dueOn).toBe('2026-05-07');
  });

  it('never ends before the plain count, nor on a rest day', () => {
    fc.assert(
      fc.property(calendarDay, fc.integer({ min: 1, max: 120 }), (trigger, days) => {
        const { dueOn, countedEnd, movedBecause } = statutoryDeadline(trigger, days);
        expect(countedEnd).toBe(addCalendarDays(trigger, days));
        expect(dueOn >= countedEnd).toBe(true);
        expect(atwRestDay(dueOn)).toBeNull();
        expect(movedBecause === null).toBe(dueOn === countedEnd);
      }),
    );
  });
});
