import { quarterOf } from '@naast/contracts';
import { quarterBounds } from './quarter-bounds';

describe('quarterBounds', () => {
  it('gives the first and last day of whole quarters, as the API requires', () => {
    expect(quarterBounds(2026, 1, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterBounds(2026, 2, 4)).toEqual({ from: '2026-04-01', to: '2026-12-31' });
    expect(quarterBounds(2024, 3, 3)).toEqual({ from: '2024-07-01', to: '2024-09-30' });
  });

  it('agrees with the contract’s quarters for every quarter of a leap and a common year', () => {
    for (const year of [2024, 2026])
      for (const q of [1, 2, 3, 4]) {
        const bounds = quarterBounds(year, q, q);
        expect(quarterOf(bounds.from)).toEqual(bounds);
        expect(quarterOf(bounds.to)).toEqual(bounds);
      }
  });
});
