import { FieldValidationException } from '../http/api-exceptions';
import { isIsoDate } from '../validation/date-only';

/** One position in a keyset-ordered list: the sort values of the last row, ending with its id. */
export type CursorValue = string | number | null;

const CURSOR_MAX_LENGTH = 1024;

/** Opaque to clients: base64url of the JSON array of sort values. */
export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

const badCursor = (reason: string) => new FieldValidationException([{ field: 'cursor', reason }]);

/**
 * Decodes a cursor and checks every value against the kinds the list expects,
 * so a tampered cursor answers 400 instead of reaching SQL.
 */
export function decodeCursor(
  raw: string,
  kinds: readonly ('string' | 'number' | 'uuid' | 'date' | 'nullable-string')[],
): CursorValue[] {
  if (raw.length === 0 || raw.length > CURSOR_MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) {
    throw badCursor('is geen geldige cursor');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('is geen geldige cursor');
  }
  if (!Array.isArray(parsed) || parsed.length !== kinds.length) {
    throw badCursor('hoort niet bij deze lijst of sortering');
  }
  kinds.forEach((kind, i) => {
    if (!matchesKind(parsed[i], kind)) throw badCursor('hoort niet bij deze lijst of sortering');
  });
  return parsed as CursorValue[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2}))?$/;

function matchesKind(value: unknown, kind: 'string' | 'number' | 'uuid' | 'date' | 'nullable-string'): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string' && value.length <= 500;
    case 'nullable-string':
      return value === null || (typeof value === 'string' && value.length <= 500);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'date':
      // Date.parse accepts 30 February; PostgreSQL does not, so the calendar day is checked too.
      return (
        typeof value === 'string' &&
        ISO_DATE_OR_TIME.test(value) &&
        isIsoDate(value.slice(0, 10)) &&
        !Number.isNaN(Date.parse(value))
      );
  }
}
