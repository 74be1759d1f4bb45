import { SEARCH_HEADER } from '@naast/contracts';
import { verifyAccessLogChain, type ChainVerification } from '@naast/api-core';
import { verifyAccessLogCommand } from '@naast/api-app';
import { Client } from 'pg';
import { buildWorld, startTestApp, type TestApp, type World } from './support';

/**
 * The access log is tamper-evident: each user's rows form a hash chain the database fills in. The
 * check runs on its own connection, as the `verify-access-log` command does.
 */
describe('Access log hash chain', () => {
  let t: TestApp;
  let world: World;
  let admin: Client;

  const verify = (): Promise<ChainVerification> =>
    verifyAccessLogChain(async (sql, params) => (await admin.query(sql, params)).rows);

  /** As someone with direct database access would: past the append-only trigger. */
  async function tamper(sql: string, params: unknown[]): Promise<void> {
    await admin.query('BEGIN');
    await admin.query('ALTER TABLE access_log DISABLE TRIGGER access_log_no_update_delete');
    await admin.query(sql, params);
    await admin.query('ALTER TABLE access_log ENABLE TRIGGER access_log_no_update_delete');
    await admin.query('COMMIT');
  }

  async function chainOf(userId: string) {
    const { rows } = await admin.query<{ id: string; chain_seq: string; prev_hash: Buffer; hash: Buffer }>(
      'SELECT id::text, chain_seq::text, prev_hash, hash FROM access_log a WHERE user_id = $1 ORDER BY a.chain_seq',
      [userId],
    );
    return rows;
  }

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    admin = new Client({ connectionString: t.databaseUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await t.close();
  });

  it('numbers and links every row of a user, also when their requests run at the same time', async () => {
    const supporter = await world.as('supporterNorth');
    await Promise.all(Array.from({ length: 12 }, () => supporter.get('/api/clients').set(SEARCH_HEADER, 'jans')));
    await Promise.all(Array.from({ length: 6 }, () => supporter.get('/api/cases')));

    const chain = await chainOf(world.users.supporterNorth.id);
    expect(chain.length).toBeGreaterThan(12);
    chain.forEach((row, i) => {
      expect(row.chain_seq).toBe(String(i + 1));
      expect(row.prev_hash.equals(i === 0 ? Buffer.alloc(0) : (chain[i - 1]?.hash ?? Buffer.alloc(1)))).toBe(true);
      expect(row.hash).toHaveLength(32);
    });
    const result = await verify();
    expect(result.breaks).toEqual([]);
    expect(result.chains).toBeGreaterThanOrEqual(1);
    expect(result.headsDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('finds a changed row, and the row after one whose hash was forged to match', async () => {
    await (await world.as('teamLeadNorth')).get('/api/cases');
    await (await world.as('teamLeadNorth')).get('/api/cases');
    const [first, second] = await chainOf(world.users.teamLeadNorth.id);
    if (!first || !second) throw new Error('expected two rows of the team lead');

    await tamper(`UPDATE access_log SET detail = 'niets gezien' WHERE id = $1`, [first.id]);
    expect((await verify()).breaks).toEqual([
      { id: first.id, userId: world.users.teamLeadNorth.id, chainSeq: first.chain_seq, problem: 'content' },
    ]);

    // Forging the changed row's hash moves the break to the next row, whose link no longer fits.
    await tamper(`UPDATE access_log a SET hash = access_log_digest(a) WHERE id = $1`, [first.id]);
    expect((await verify()).breaks).toEqual([
      { id: second.id, userId: world.users.teamLeadNorth.id, chainSeq: second.chain_seq, problem: 'link' },
    ]);
  });

  it('finds a removed row by the gap it leaves', async () => {
    const volunteer = await world.as('volunteerNorth');
    for (let i = 0; i < 3; i++) await volunteer.get('/api/cases?mine=true');
    const chain = await chainOf(world.users.volunteerNorth.id);
    const [, middle, after] = chain;
    if (!middle || !after) throw new Error('expected three rows of the volunteer');

    await tamper('DELETE FROM access_log WHERE id = $1', [middle.id]);
    expect((await verify()).breaks).toContainEqual({
      id: after.id,
      userId: world.users.volunteerNorth.id,
      chainSeq: after.chain_seq,
      problem: 'gap',
    });
  });

  it('changes the chain-head digest when a chain grows, so a removed tail shows against a kept digest', async () => {
    const before = (await verify()).headsDigest;
    await (await world.as('supporterSouth')).get('/api/cases');
    expect((await verify()).headsDigest).not.toBe(before);
  });

  it('reports breaks through the verify-access-log command with exit code 1', async () => {
    const lines: string[] = [];
    const code = await verifyAccessLogCommand(t.databaseUrl, (line) => lines.push(line));
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/does not match its hash|numbering skips|does not link/);
    expect(lines.join('\n')).toMatch(/Chain-head digest: [0-9a-f]{64}/);
  });
});
