import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { FieldValidationException } from '../http/api-exceptions';
import { isIsoDate } from '../validation/date-only';

/** One position in a keyset-ordered list: the sort values of the last row, ending with its id. */
export type CursorValue = string | number | null;

const CURSOR_MAX_LENGTH = 1024;

/*
 * A cursor holds the sort values of a row, which can be a client's name; cursors travel in URLs
 * (`?cursor=`), so they are sealed (AES-256-GCM): unreadable in logs and browser history, and a
 * tampered one fails to open. Every API process derives the same key from the session secret, so a
 * cursor from one process opens in another.
 */
let cursorKey: Buffer = randomBytes(32);

/** Called once at start-up with the secret all API processes share. */
export function useCursorSecret(secret: string): void {
  cursorKey = createHash('sha256').update(`naast-keyset-cursor\0${secret}`).digest();
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Opaque to clients: the sealed JSON array of sort values, base64url. */
export function encodeCursor(values: readonly CursorValue[]): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', cursorKey, iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

function openCursor(raw: string): string {
  const bytes = Buffer.from(raw, 'base64url');
  if (bytes.length <= IV_BYTES + TAG_BYTES) throw badCursor('is geen geldige cursor');
  const decipher = createDecipheriv('aes-256-gcm', cursorKey, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw badCursor('is geen geldige cursor');
  }
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
    parsed = JSON.parse(openCursor(raw));
  } catch (error) {
    if (error instanceof FieldValidationException) throw error;
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
