import { formatDutchDate } from './dutch-dates';

describe(formatDutchDate.name, () => {
  it('writes the day without a leading zero and the month in words', () => {
    expect(formatDutchDate('2026-12-03')).toBe('3 december 2026');
    expect(formatDutchDate('2027-01-31')).toBe('31 januari 2027');
    expect(formatDutchDate('2026-03-09')).toBe('9 maart 2026');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDutchDate('2026-13-01')).toThrow();
    expect(() => formatDutchDate('3 december 2026')).toThrow();
  });
});
