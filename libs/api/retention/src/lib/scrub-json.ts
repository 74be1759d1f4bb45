import { REMOVED_TEXT } from './anonymisation-registry';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Application codes in snapshots: lower-case words joined by underscores ("open", "werk_en_dagbesteding"). */
const CODE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/** Whether a string in a snapshot is structure (an id, a date, a code) rather than text someone wrote. */
function isStructure(text: string): boolean {
  return UUID.test(text) || DATE_OR_TIME.test(text) || (text.length <= 40 && CODE.test(text));
}

/**
 * A jsonb value with every written text replaced and its shape kept (keys, ids, dates, codes,
 * numbers, booleans), so readers of plan snapshots and visit amendments still find what they expect.
 */
export function scrubJson(value: unknown): unknown {
  if (typeof value === 'string') return isStructure(value) ? value : REMOVED_TEXT;
  if (Array.isArray(value)) return value.map(scrubJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrubJson(inner)]));
  }
  return value;
}
