import { SUPPRESSED_TEXT, type ReachCount, type ReachRow } from '@naast/contracts';

/** Counts below this are never shown. */
export const SMALL_CELL_THRESHOLD = 5;
/** Every count is published as the band of this width it falls in. */
export const BAND_WIDTH = 5;

/**
 * The published form of a count: "< 5" for 0–4, otherwise the band of five it lies in ("5–9",
 * "10–14"). Bands start at multiples of five, the same grid as "< 5", so subtracting two published
 * counts never gives a narrower range than a band. Zero is not shown as 0: an exact zero is a
 * known value to subtract, and four quarters of "< 5" that add up to "< 5" would each be exactly 1
 * if empty quarters showed 0 (docs/reach-report.md).
 */
export function bandOf(count: number): ReachCount {
  if (count < SMALL_CELL_THRESHOLD) return suppressed();
  const low = Math.floor(count / BAND_WIDTH) * BAND_WIDTH;
  return { low, high: low + BAND_WIDTH - 1, text: `${low}–${low + BAND_WIDTH - 1}` };
}

export function suppressed(): ReachCount {
  return { low: 0, high: SMALL_CELL_THRESHOLD - 1, text: SUPPRESSED_TEXT };
}

export interface RawCell {
  key: string;
  label: string;
  count: number;
}

/**
 * A breakdown over fixed categories, every category always listed. With empty cells shown as
 * "< 5" and bands of five, a breakdown and its total can only give a suppressed cell away when the
 * number of categories is a multiple of five (see `recoverableFromTotal`); the fixed breakdowns of
 * the report have 2, 6, 7 or 8.
 */
export function protectFixedBreakdown(cells: readonly RawCell[]): ReachRow[] {
  return cells.map((c) => ({ key: c.key, label: c.label, count: bandOf(c.count) }));
}

export const OTHER_KEY = 'other';

/**
 * A breakdown over open categories (municipalities, postcode areas, languages): a category with
 * fewer than five is not named at all but counted in one "Overig" row, so a small area or language
 * never appears. The rows are then checked against their total; while some row could be recovered
 * exactly, the smallest named category moves into "Overig" too.
 */
export function protectOpenBreakdown(cells: readonly RawCell[], otherLabel: string): ReachRow[] {
  const named = cells
    .filter((c) => c.count >= SMALL_CELL_THRESHOLD)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
  let other = cells.filter((c) => c.count < SMALL_CELL_THRESHOLD).reduce((sum, c) => sum + c.count, 0);
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  while (named.length > 0 && recoverableFromTotal([...named.map((c) => c.count), other], total)) {
    const smallest = named.pop();
    other += smallest?.count ?? 0;
  }
  return [
    ...named.map((c) => ({ key: c.key, label: c.label, count: bandOf(c.count) })),
    { key: OTHER_KEY, label: otherLabel, count: bandOf(other) },
  ];
}

/**
 * True when the published bands of a partition and of its total leave a suppressed cell only one
 * possible value: that happens exactly when the total's lower bound equals the sum of the cells'
 * upper bounds (every cell must then be at the top of its band).
 */
export function recoverableFromTotal(counts: readonly number[], total: number): boolean {
  const bands = counts.map(bandOf);
  if (!bands.some((b) => b.text === SUPPRESSED_TEXT)) return false;
  return bandOf(total).low >= bands.reduce((sum, b) => sum + b.high, 0);
}
