import { validate } from 'class-validator';
import { IsIsoDate, isIsoDate, todayIsoDate } from './date-only';

class Probe {
  @IsIsoDate({ after: '1900-01-01', notInFuture: true })
  date!: unknown;
}

async function errorsFor(date: unknown) {
  const probe = new Probe();
  probe.date = date;
  return validate(probe);
}

describe('date-only', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('2024-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20240101)).toBe(false);
  });

  it('gives the Dutch calendar day, which can differ from the UTC day', () => {
    expect(todayIsoDate(new Date('2024-06-30T22:30:00Z'))).toBe('2024-07-01');
    expect(todayIsoDate(new Date('2024-12-31T22:59:00Z'))).toBe('2024-12-31');
  });

  it('refuses a date in the future and one before the lower bound, and says why', async () => {
    const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
    const [future] = await errorsFor(tomorrow);
    expect(future?.constraints?.['isIsoDate']).toContain('niet in de toekomst');
    expect(await errorsFor('1900-01-01')).toHaveLength(1);
    expect(await errorsFor('1950-05-17')).toHaveLength(0);
  });
});
