import type { ClientView, ReachBreakdown, ReachCount, ReachParty, ReachReport, ReferralSource } from '@naast/contracts';
import { accessLogOf, buildCase, buildClient } from './fixtures/case-work';
import { buildWorld, startTestApp, type TestApp, type TestClient, type World, type WorldUser } from './support';

const PARTY = { kind: 'gemeente', name: 'Gemeente Utrecht' } as const;
const Q1 = { from: '2026-01-01', to: '2026-03-31' };
const Q2 = { from: '2026-04-01', to: '2026-06-30' };
const H1 = { from: '2026-01-01', to: '2026-06-30' };

const query = (period: { from: string; to: string }, party: { kind: string; name: string } = PARTY) =>
  new URLSearchParams({ partyKind: party.kind, partyName: party.name, ...period }).toString();

const rowOf = (breakdown: ReachBreakdown, key: string): ReachCount => {
  const row = breakdown.rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key} in ${JSON.stringify(breakdown.rows)}`);
  return row.count;
};

describe('Reach report: aggregates for a commissioning party with small-cell protection', () => {
  let t: TestApp;
  let world: World;
  const clientIds: string[] = [];

  const as = (user: WorldUser) => world.as(user);
  const report = async (user: WorldUser, period: { from: string; to: string }) => {
    const response = await (await as(user)).get(`/api/reach?${query(period)}`);
    if (response.status !== 200) throw new Error(`report failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as ReachReport;
  };

  /** `count` cases of the party registered on `registeredOn`, each for a new client of team North. */
  async function cases(
    supporter: TestClient,
    count: number,
    registeredOn: string,
    referralSource: ReferralSource,
    client: Partial<Parameters<typeof buildClient>[2]> = {},
  ) {
    for (let i = 0; i < count; i++) {
      const built: ClientView = await buildClient(supporter, world.north.id, client);
      clientIds.push(built.id);
      await buildCase(supporter, built.id, { registeredOn, referralSource, domains: ['zorg', 'wonen'] });
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    const supporter = await as('supporterNorth');
    // Q1: 7 by the GP, 2 by the wijkteam (Arabic speakers needing an interpreter, another postcode area).
    await cases(supporter, 7, '2026-02-10', 'huisarts');
    await cases(supporter, 2, '2026-03-05', 'wijkteam', {
      preferredLanguage: 'ar',
      interpreterNeeded: true,
      address: { street: 'Kanaalstraat', houseNumber: '3', postcode: '3531 CD', city: 'Utrecht' },
    });
    // Q2: 1 by the GP, 6 on their own initiative.
    await cases(supporter, 1, '2026-04-20', 'huisarts');
    await cases(supporter, 6, '2026-05-12', 'self', { dateOfBirth: '1940-01-01' });
    // Another party's case and another organisation's case do not count.
    const other = await buildClient(supporter, world.north.id);
    await buildCase(supporter, other.id, {
      registeredOn: '2026-02-11',
      commissioningParty: { kind: 'zorgkantoor', name: 'Zorgkantoor Utrecht' },
    });
    const foreign = await buildClient(await as('supporterB'), world.teamB.id);
    await buildCase(await as('supporterB'), foreign.id, { registeredOn: '2026-02-11', referralSource: 'wijkteam' });
    // Signals in Q1 on the party's cases: 6 digital ones with a follow-up, 1 language one.
    const caseWithSignals = await buildCase(supporter, clientIds[0] as string, { registeredOn: '2026-02-10' });
    for (let i = 0; i < 6; i++) {
      const signal = await supporter.post(`/api/cases/${caseWithSignals.id}/signals`, {
        category: 'digital',
        description: 'Alleen online aan te vragen.',
        occurredOn: '2026-03-01',
      });
      await supporter.post(`/api/signals/${(signal.body as { id: string }).id}/follow-ups`, {
        version: 1,
        kind: 'gemeente',
        doneOn: '2026-03-02',
      });
    }
    await supporter.post(`/api/cases/${caseWithSignals.id}/signals`, {
      category: 'language',
      description: 'Geen tolk bij het keukentafelgesprek.',
      occurredOn: '2026-03-03',
    });
  });
  afterAll(() => t.close());

  it('shows a team lead the counts as bands, with "< 5" for small referral sources', async () => {
    const q1 = await report('teamLeadNorth', Q1);
    // 9 cases in Q1 plus the one that carries the signals.
    expect(q1.newCases.text).toBe('10–14');
    expect(q1.newClients.text).toBe('5–9');
    expect(rowOf(q1.byReferralSource, 'huisarts').text).toBe('5–9');
    expect(rowOf(q1.byReferralSource, 'wijkteam').text).toBe('< 5');
    expect(rowOf(q1.byReferralSource, 'self').text).toBe('< 5');
    expect(rowOf(q1.byDomain, 'wonen').text).toBe('5–9');
    expect(rowOf(q1.byInterpreterNeed, 'true').text).toBe('< 5');
    expect(rowOf(q1.signalsByCategory, 'digital').text).toBe('5–9');
    expect(rowOf(q1.signalsByCategory, 'language').text).toBe('< 5');
    expect(rowOf(q1.signalsByFollowUp, 'gemeente').text).toBe('5–9');
    expect(q1.period.label).toBe('2026 K1');
  });

  it('never names a postcode area, municipality or language with fewer than five', async () => {
    const q1 = await report('teamLeadNorth', Q1);
    expect(q1.byPostcodeArea.rows.map((r) => r.key)).toEqual(['3511', 'other']);
    expect(rowOf(q1.byPostcodeArea, 'other').text).toBe('< 5');
    expect(q1.byLanguage.rows.map((r) => r.label)).toEqual(['Nederlands', 'Overige talen']);
    const h1 = await report('teamLeadNorth', H1);
    expect(rowOf(h1.byAgeBand, '80+').text).toBe('5–9');
  });

  it('answers in aggregates only: no client id or name in the report', async () => {
    const body = JSON.stringify(await report('teamLeadNorth', H1));
    for (const id of clientIds) expect(body).not.toContain(id);
    expect(body).not.toContain('Vries');
  });

  it('cannot be undone by differencing two overlapping reports', async () => {
    const [h1, q1, q2] = [
      await report('teamLeadNorth', H1),
      await report('teamLeadNorth', Q1),
      await report('teamLeadNorth', Q2),
    ];
    let checked = 0;
    for (const section of ['byReferralSource', 'byAgeBand', 'byInterpreterNeed', 'signalsByCategory'] as const) {
      for (const row of h1[section].rows) {
        const whole = row.count;
        const first = rowOf(q1[section], row.key);
        const second = rowOf(q2[section], row.key);
        // What subtraction tells about each quarter, intersected with what its own report says.
        const q2Range = {
          low: Math.max(second.low, whole.low - first.high),
          high: Math.min(second.high, whole.high - first.low),
        };
        const q1Range = {
          low: Math.max(first.low, whole.low - second.high),
          high: Math.min(first.high, whole.high - second.low),
        };
        if (second.text === '< 5')
          expect({ section, key: row.key, open: q2Range.high > q2Range.low }).toEqual({
            section,
            key: row.key,
            open: true,
          });
        if (first.text === '< 5')
          expect({ section, key: row.key, open: q1Range.high > q1Range.low }).toEqual({
            section,
            key: row.key,
            open: true,
          });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
    // The GP: 7 in Q1 and 1 in Q2 would give the 1 away if counts were exact (8 − 7).
    expect([rowOf(h1.byReferralSource, 'huisarts').text, rowOf(q2.byReferralSource, 'huisarts').text]).toEqual([
      '5–9',
      '< 5',
    ]);
  });

  it('lets an administrator see the aggregates; refuses supporters and volunteers (403) and anonymous (401)', async () => {
    expect((await report('adminA', Q1)).newCases.text).toBe('10–14');
    for (const user of ['supporterNorth', 'volunteerNorth'] as const)
      expect({ user, status: (await (await as(user)).get(`/api/reach?${query(Q1)}`)).status }).toEqual({
        user,
        status: 403,
      });
    expect((await (await world.anonymous()).get(`/api/reach?${query(Q1)}`)).status).toBe(401);
  });

  it('counts only the own organisation: another organisation’s team lead sees nothing of it', async () => {
    const theirs = await report('teamLeadB', Q1);
    expect(theirs.newCases.text).toBe('< 5');
    expect(rowOf(theirs.byReferralSource, 'huisarts').text).toBe('< 5');
    const parties = (await (await as('teamLeadB')).get('/api/reach/parties')).body as ReachParty[];
    expect(parties).toEqual([{ kind: 'gemeente', name: 'Gemeente Utrecht' }]);
  });

  it('lists the commissioning parties of the organisation’s cases', async () => {
    const parties = (await (await as('teamLeadNorth')).get('/api/reach/parties')).body as ReachParty[];
    expect(parties).toEqual([
      { kind: 'gemeente', name: 'Gemeente Utrecht' },
      { kind: 'zorgkantoor', name: 'Zorgkantoor Utrecht' },
    ]);
    expect((await (await as('supporterNorth')).get('/api/reach/parties')).status).toBe(403);
  });

  it('names the field of a period that is not whole quarters of one year, and of a bad party', async () => {
    const lead = await as('teamLeadNorth');
    const fields = async (params: Record<string, string>) => {
      const response = await lead.get(`/api/reach?${new URLSearchParams(params).toString()}`);
      expect(response.status).toBe(400);
      return (response.body as { details: { field: string }[] }).details.map((d) => d.field).sort();
    };
    const base = { partyKind: 'gemeente', partyName: 'Gemeente Utrecht' };
    expect(await fields({ ...base, from: '2026-01-15', to: '2026-03-31' })).toEqual(['from']);
    expect(await fields({ ...base, from: '2025-10-01', to: '2026-03-31' })).toEqual(['to']);
    expect(await fields({ ...base, from: '2026-01-01', to: '2026-02-30' })).toEqual(['to']);
    expect(new Set(await fields({ partyKind: 'provincie', from: '2026-01-01', to: '2026-03-31' }))).toEqual(
      new Set(['partyKind', 'partyName']),
    );
  });

  it('logs every report and export, aggregate-only, with the party and the period', async () => {
    const lead = await as('teamLeadNorth');
    const csv = await lead.get(`/api/reach/export.csv?${query(Q1)}`).buffer(true);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = csv.text;
    expect(text).toContain('Huisarts;huisarts;5–9');
    expect(text).toContain('Wijkteam;wijkteam;< 5');
    const pdf = await lead
      .get(`/api/reach/export.pdf?${query(Q1)}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const log = (await accessLogOf(t.db, world.users.teamLeadNorth.id)).filter((r) => r.entity === 'reach_report');
    expect(log.map((r) => r.action)).toEqual(expect.arrayContaining(['read', 'export']));
    const exports = log.filter((r) => r.action === 'export');
    expect(exports).toHaveLength(2);
    expect(exports.every((r) => r.client_id === null && r.detail?.includes('Gemeente Utrecht'))).toBe(true);
    expect(exports.map((r) => JSON.parse(r.detail ?? '{}').format)).toEqual(['csv', 'pdf']);
    const badExport = await lead.get(`/api/reach/export.csv?${query({ from: '2026-01-01', to: '2027-03-31' })}`);
    expect(badExport.status).toBe(400);
  });
});
