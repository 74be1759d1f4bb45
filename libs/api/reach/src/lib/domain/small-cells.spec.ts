import fc from 'fast-check';
import { MAX_REACH_QUARTERS, type ReachCount } from '@naast/contracts';
import { bandOf, protectFixedBreakdown, protectOpenBreakdown, recoverableFromTotal, type RawCell } from './small-cells';

interface Interval {
  low: number;
  high: number;
}

/**
 * Every period of consecutive quarters up to `maxLength` long, within a window of quarters. The
 * report allows the runs inside one calendar year: a window of four with any length.
 */
function periods(quarters: number, maxLength = MAX_REACH_QUARTERS): [number, number][] {
  const runs: [number, number][] = [];
  for (let from = 0; from < quarters; from++)
    for (let to = from; to < quarters && to - from < maxLength; to++) runs.push([from, to]);
  return runs;
}

const sum = (counts: readonly number[], [from, to]: [number, number]) =>
  counts.slice(from, to + 1).reduce((a, b) => a + b, 0);
const key = ([from, to]: [number, number]) => `${from}-${to}`;

/**
 * A differencing attacker: starts from what every published report says about one cell and
 * tightens the range of each period with every split of a period into two adjacent ones
 * (whole = left + right), until nothing changes. Sound: the true counts always stay inside.
 */
function differencingAttack(
  published: Map<string, ReachCount>,
  quarters: number,
  maxLength = MAX_REACH_QUARTERS,
): Map<string, Interval> {
  const known = new Map<string, Interval>();
  for (const [k, c] of published) known.set(k, { low: c.low, high: c.high });
  const runs = periods(quarters, maxLength);
  let changed = true;
  while (changed) {
    changed = false;
    for (const [from, to] of runs) {
      for (let split = from; split < to; split++) {
        const whole = known.get(key([from, to]));
        const left = known.get(key([from, split]));
        const right = known.get(key([split + 1, to]));
        if (!whole || !left || !right) continue;
        const tighten = (target: Interval, low: number, high: number) => {
          if (low > target.low) {
            target.low = low;
            changed = true;
          }
          if (high < target.high) {
            target.high = high;
            changed = true;
          }
        };
        tighten(whole, left.low + right.low, left.high + right.high);
        tighten(left, whole.low - right.high, whole.high - right.low);
        tighten(right, whole.low - left.high, whole.high - left.low);
      }
    }
  }
  return known;
}

function publishAll(counts: readonly number[], maxLength = MAX_REACH_QUARTERS): Map<string, ReachCount> {
  return new Map(periods(counts.length, maxLength).map((p) => [key(p), bandOf(sum(counts, p))]));
}

describe('small-cell protection', () => {
  it('shows 0 to 4 as "< 5" and larger counts as their band of five', () => {
    expect([0, 1, 2, 3, 4].map((n) => bandOf(n).text)).toEqual(['< 5', '< 5', '< 5', '< 5', '< 5']);
    expect(bandOf(5).text).toBe('5–9');
    expect(bandOf(9).text).toBe('5–9');
    expect(bandOf(10).text).toBe('10–14');
    expect(bandOf(123)).toEqual({ low: 120, high: 124, text: '120–124' });
  });

  it('shows an empty cell like a small one, so a zero cannot be subtracted', () => {
    const rows = protectFixedBreakdown([
      { key: 'a', label: 'A', count: 12 },
      { key: 'b', label: 'B', count: 0 },
      { key: 'c', label: 'C', count: 3 },
    ]);
    expect(rows.map((r) => r.count.text)).toEqual(['10–14', '< 5', '< 5']);
  });

  it('cannot tell four quarters of 1 from one quarter of 4 (an exact 0 would tell them apart)', () => {
    const text = (counts: number[]) => [...publishAll(counts).values()].map((c) => c.text);
    expect(text([1, 1, 1, 1])).toEqual(text([0, 0, 0, 4]));
  });

  it('never names an open category with fewer than five', () => {
    const rows = protectOpenBreakdown(
      [
        { key: '3511', label: '3511', count: 7 },
        { key: '3512', label: '3512', count: 2 },
        { key: '3513', label: '3513', count: 1 },
      ],
      'Overig',
    );
    expect(rows.map((r) => r.key)).toEqual(['3511', 'other']);
    expect(rows.map((r) => r.count.text)).toEqual(['5–9', '< 5']);
  });

  it('no differencing of overlapping periods within a year pins a suppressed count (random data)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 60 }), { minLength: 1, maxLength: MAX_REACH_QUARTERS }), (counts) => {
        const published = publishAll(counts);
        const known = differencingAttack(published, counts.length);
        for (const p of periods(counts.length)) {
          const truth = sum(counts, p);
          const range = known.get(key(p));
          expect(range && range.low <= truth && truth <= range.high).toBe(true);
          if (truth < 5) expect(range && range.high > range.low).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('would give a count away if periods could slide across years (why a period stays inside one)', () => {
    // Runs of up to four quarters over seven quarters: overlapping chains pin the 3.
    const counts = [6, 3, 6, 26, 27, 24, 14];
    const known = differencingAttack(publishAll(counts, 4), counts.length, 4);
    expect(known.get('1-1')).toEqual({ low: 3, high: 3 });
  });

  it('no combination of reports pins a suppressed count (every count vector of one year, exhaustively)', () => {
    // The complete attacker: all quarterly counts 0..11 that publish exactly the same reports.
    const max = 11;
    const quarters = MAX_REACH_QUARTERS;
    const runs = periods(quarters);
    const bySignature = new Map<string, number[][]>();
    const vector = new Array<number>(quarters).fill(0);
    const visit = (i: number): void => {
      if (i === quarters) {
        const signature = runs.map((p) => bandOf(sum(vector, p)).text).join('|');
        const list = bySignature.get(signature) ?? [];
        list.push([...vector]);
        bySignature.set(signature, list);
        return;
      }
      for (let n = 0; n <= max; n++) {
        vector[i] = n;
        visit(i + 1);
      }
    };
    visit(0);
    let pinned = 0;
    for (const alike of bySignature.values()) {
      for (const p of runs) {
        const values = new Set(alike.map((v) => sum(v, p)));
        const suppressedHere = alike.some((v) => sum(v, p) < 5);
        // Counts near the top of the enumerated range have fewer look-alikes only because of the cut-off.
        const inside = alike.every((v) => v.every((n) => n <= max - 5));
        if (suppressedHere && inside && values.size < 2) pinned++;
      }
    }
    expect(pinned).toBe(0);
  });

  const cellsArb = (size: number) =>
    fc
      .array(fc.nat({ max: 25 }), { minLength: size, maxLength: size })
      .map((counts) => counts.map((count, i): RawCell => ({ key: `k${i}`, label: `K${i}`, count })));

  /** Bounds a cell can be given from the other published cells and the published total. */
  function boundsFromTotal(rows: ReachCount[], total: ReachCount, j: number): Interval {
    const others = rows.filter((_, i) => i !== j);
    const row = rows[j] as ReachCount;
    return {
      low: Math.max(row.low, total.low - others.reduce((s, r) => s + r.high, 0)),
      high: Math.min(row.high, total.high - others.reduce((s, r) => s + r.low, 0)),
    };
  }

  it('a fixed breakdown and its total never pin a suppressed cell (2, 6, 7 and 8 categories)', () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 6, 7, 8).chain(cellsArb), (cells) => {
        const rows = protectFixedBreakdown(cells).map((r) => r.count);
        const total = bandOf(cells.reduce((s, c) => s + c.count, 0));
        cells.forEach((cell, j) => {
          if (cell.count < 5) {
            const bounds = boundsFromTotal(rows, total, j);
            expect(bounds.high).toBeGreaterThan(bounds.low);
          }
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('an open breakdown and its total never pin its "Overig" row', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }).chain(cellsArb), (cells) => {
        const rows = protectOpenBreakdown(cells, 'Overig');
        const counts = rows.map((r) => r.count);
        const total = bandOf(cells.reduce((s, c) => s + c.count, 0));
        const other = rows.length - 1;
        const otherTrue =
          cells.reduce((s, c) => s + c.count, 0) -
          rows.slice(0, -1).reduce((s, r) => {
            const cell = cells.find((c) => c.key === r.key);
            return s + (cell?.count ?? 0);
          }, 0);
        if (otherTrue < 5) {
          const bounds = boundsFromTotal(counts, total, other);
          expect(bounds.high).toBeGreaterThan(bounds.low);
        }
        expect(rows.slice(0, -1).every((r) => r.count.low >= 5)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('knows when a partition of five suppressed cells gives them away through its total', () => {
    expect(recoverableFromTotal([4, 4, 4, 4, 4], 20)).toBe(true);
    expect(recoverableFromTotal([4, 4, 4, 4, 3], 19)).toBe(false);
  });
});
