/**
 * The value itself, or an error naming what was missing. Narrows an indexed array element, a row
 * that a query may not have returned or an optional fixture, so a test fails with a readable
 * message instead of a TypeError somewhere further on.
 */
export function present<T>(value: T, what: string): NonNullable<T> {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, but it is missing`);
  return value;
}
