import { FieldValidationException } from '../http/api-exceptions';
import { decodeCursor, encodeCursor, useCursorSecret } from './keyset-cursor';

const ID = '6f1c2a4e-8b7d-4c3e-9a2b-1d0e5f6a7b8c';

function reasonFor(raw: string, kinds: Parameters<typeof decodeCursor>[1]) {
  try {
    decodeCursor(raw, kinds);
  } catch (error) {
    return error instanceof FieldValidationException ? error.details : error;
  }
  return null;
}

describe('keyset cursor', () => {
  it('round-trips the sort values of the last row', () => {
    const cursor = encodeCursor(['de vries jan', ID]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, ['string', 'uuid'])).toEqual(['de vries jan', ID]);
  });

  it('keeps a score exactly, so the next page starts where this one ended', () => {
    const score = 1.4285714626312256;
    expect(decodeCursor(encodeCursor([score, 'jansen piet', ID]), ['number', 'string', 'uuid'])[0]).toBe(score);
  });

  it('answers 400 naming `cursor` for text that is not a cursor', () => {
    expect(reasonFor('not a cursor!', ['string', 'uuid'])).toEqual([{ field: 'cursor', reason: expect.any(String) }]);
    expect(reasonFor(Buffer.from('{oops').toString('base64url'), ['string', 'uuid'])).toEqual([
      { field: 'cursor', reason: expect.any(String) },
    ]);
  });

  it('refuses a cursor of another list or sort order', () => {
    const dateCursor = encodeCursor(['2026-11-29', ID]);
    expect(reasonFor(dateCursor, ['number', 'string', 'uuid'])).toEqual([
      { field: 'cursor', reason: expect.stringContaining('sortering') },
    ]);
    expect(reasonFor(encodeCursor(['x', 'not-a-uuid']), ['string', 'uuid'])).toEqual([
      { field: 'cursor', reason: expect.any(String) },
    ]);
  });

  it('refuses a tampered date before it reaches SQL', () => {
    expect(reasonFor(encodeCursor(["2026-11-29'; DROP TABLE cases; --", ID]), ['date', 'uuid'])).toEqual([
      { field: 'cursor', reason: expect.any(String) },
    ]);
  });

  it('refuses a day the calendar does not have, which PostgreSQL would reject', () => {
    for (const day of ['2026-02-30T10:00:00Z', '2026-04-31'])
      expect(reasonFor(encodeCursor([day, ID]), ['date', 'uuid'])).toEqual([
        { field: 'cursor', reason: expect.any(String) },
      ]);
    expect(reasonFor(encodeCursor(['2024-02-29T10:00:00Z', ID]), ['date', 'uuid'])).toBeNull();
  });

  it('keeps the sort values unreadable: a name never shows in a URL', () => {
    const cursor = encodeCursor(['de vries jan', ID]);
    expect(Buffer.from(cursor, 'base64url').toString('latin1')).not.toContain('vries');
    expect(cursor).not.toBe(encodeCursor(['de vries jan', ID]));
  });

  it('refuses a cursor whose bytes were changed, or one readable without the key', () => {
    const bytes = Buffer.from(encodeCursor(['de vries jan', ID]), 'base64url');
    bytes[bytes.length - 1] ^= 1;
    expect(reasonFor(bytes.toString('base64url'), ['string', 'uuid'])).toEqual([
      { field: 'cursor', reason: expect.any(String) },
    ]);
    const plain = Buffer.from(JSON.stringify(['de vries jan', ID])).toString('base64url');
    expect(reasonFor(plain, ['string', 'uuid'])).toEqual([{ field: 'cursor', reason: expect.any(String) }]);
  });

  it('opens in every process that shares the secret, and in no other', () => {
    useCursorSecret('shared secret');
    const cursor = encodeCursor(['de vries jan', ID]);
    useCursorSecret('shared secret');
    expect(decodeCursor(cursor, ['string', 'uuid'])).toEqual(['de vries jan', ID]);
    useCursorSecret('another secret');
    expect(reasonFor(cursor, ['string', 'uuid'])).toEqual([{ field: 'cursor', reason: expect.any(String) }]);
  });
});
