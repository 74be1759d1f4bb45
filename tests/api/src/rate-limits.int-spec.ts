import { SEARCH_HEADER } from '@naast/contracts';
import { buildWorld, startTestApp, type TestApp, type World } from './support';

/**
 * Searching by name and exporting are limited per user, with counters in PostgreSQL so the limit
 * holds across API processes. Low limits here, so a handful of requests reaches them.
 */
describe('Rate limits on search and export', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_SEARCHES_PER_MINUTE: '3', RATE_LIMIT_EXPORTS_PER_HOUR: '2' });
    world = await buildWorld(t);
  });

  afterAll(() => t?.close());

  /** Counters are per window: start each test in a clean one. */
  beforeEach(() => t.db.query('DELETE FROM rate_limit_counters'));

  it('answers 429 with Retry-After once a user searches more often than the limit, and names the wait', async () => {
    const supporter = await world.as('supporterNorth');
    for (const text of ['jan', 'piet', 'kees'])
      expect((await supporter.get('/api/clients').set(SEARCH_HEADER, text)).status).toBe(200);
    const refused = await supporter.get('/api/cases').set(SEARCH_HEADER, 'klaas');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused.body.message).toMatch(/te veel zoekopdrachten.*Probeer het over \d+ seconden opnieuw/);
  });

  it('does not count paging through a list without a search text, nor another user’s searches', async () => {
    const supporter = await world.as('supporterNorth');
    for (let i = 0; i < 5; i++) expect((await supporter.get('/api/clients?limit=5')).status).toBe(200);
    for (const text of ['jan', 'piet', 'kees'])
      expect((await supporter.get('/api/clients').set(SEARCH_HEADER, text)).status).toBe(200);
    const colleague = await world.as('teamLeadNorth');
    expect((await colleague.get('/api/clients').set(SEARCH_HEADER, 'jan')).status).toBe(200);
    expect((await supporter.get('/api/clients').set(SEARCH_HEADER, 'henk')).status).toBe(429);
  });

  it('limits exports per user per hour', async () => {
    const lead = await world.as('teamLeadNorth');
    const path = `/api/caseload-review/export?teamId=${world.north.id}&format=csv`;
    expect((await lead.get(path)).status).toBe(200);
    expect((await lead.get(path)).status).toBe(200);
    const refused = await lead.get(path);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(/te veel exports/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(60);
  });

  it('counts in the database, so every API process sees the same count', async () => {
    const supporter = await world.as('supporterNorth');
    await supporter.get('/api/clients').set(SEARCH_HEADER, 'jan');
    const rows = await t.db.query<{ key: string; hits: number }[]>('SELECT key, hits FROM rate_limit_counters');
    expect(rows).toEqual([{ key: `search:${world.users.supporterNorth.id}`, hits: 1 }]);
  });
});
