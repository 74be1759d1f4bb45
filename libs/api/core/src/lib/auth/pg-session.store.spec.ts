import type { SessionData } from 'express-session';
import type { DataSource } from 'typeorm';
import { PgSessionStore, SESSION_TOUCH_INTERVAL_MS } from './pg-session.store';

/** The store's SQL goes to a recording stand-in: what is tested is when it writes, not PostgreSQL. */
function storeWithLog() {
  const statements: { sql: string; params: unknown[] }[] = [];
  const dataSource = {
    query: (sql: string, params: unknown[]) => {
      statements.push({ sql, params });
      return Promise.resolve([]);
    },
  } as unknown as DataSource;
  const store = new PgSessionStore(dataSource, 30 * 60_000);
  const touch = (sid: string) =>
    new Promise<void>((resolve, reject) =>
      store.touch(sid, { cookie: { expires: new Date(Date.now() + 30 * 60_000) } } as SessionData, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
  const updates = () => statements.filter((s) => s.sql.startsWith('UPDATE sessions')).map((s) => s.params[0]);
  return { store, touch, updates };
}

describe('PgSessionStore.touch', () => {
  afterEach(() => jest.useRealTimers());

  it('writes a session’s expiry once per interval, however many answers it gets', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-30T09:00:00Z') });
    const { touch, updates } = storeWithLog();
    await touch('a');
    await touch('a');
    jest.setSystemTime(Date.now() + SESSION_TOUCH_INTERVAL_MS - 1);
    await touch('a');
    expect(updates()).toEqual(['a']);
    jest.setSystemTime(Date.now() + 1);
    await touch('a');
    expect(updates()).toEqual(['a', 'a']);
  });

  it('keeps sessions apart, and writes again at once after a session was destroyed', async () => {
    const { store, touch, updates } = storeWithLog();
    await touch('a');
    await touch('b');
    await new Promise<void>((resolve) => store.destroy('a', () => resolve()));
    await touch('a');
    await touch('b');
    expect(updates()).toEqual(['a', 'b', 'a']);
  });
});
