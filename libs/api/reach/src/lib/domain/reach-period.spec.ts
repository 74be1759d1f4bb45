import { reachPeriodProblems } from './reach-period';

describe('reachPeriodProblems', () => {
  const today = '2026-11-29';

  it('allows one quarter and consecutive quarters of one year', () => {
    expect(reachPeriodProblems('2026-01-01', '2026-03-31', today)).toEqual([]);
    expect(reachPeriodProblems('2025-01-01', '2025-12-31', today)).toEqual([]);
    expect(reachPeriodProblems('2026-04-01', '2026-09-30', today)).toEqual([]);
  });

  it('refuses dates that are not quarter boundaries, naming the field', () => {
    expect(reachPeriodProblems('2026-01-02', '2026-03-31', today).map((p) => p.field)).toEqual(['from']);
    expect(reachPeriodProblems('2026-01-01', '2026-03-30', today).map((p) => p.field)).toEqual(['to']);
  });

  it('refuses a period across a year boundary, a reversed one and one in the future', () => {
    expect(reachPeriodProblems('2025-10-01', '2026-03-31', today).map((p) => p.field)).toEqual(['to']);
    expect(reachPeriodProblems('2026-04-01', '2026-03-31', today).map((p) => p.field)).toEqual(['to']);
    expect(reachPeriodProblems('2027-01-01', '2027-03-31', today).map((p) => p.field)).toEqual(['from']);
  });
});
