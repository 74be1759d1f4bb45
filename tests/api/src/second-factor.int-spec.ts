import { decryptTotpSecret, MAX_FAILED_CODES, SESSION_COOKIE } from '@naast/api-core';
import type { RecoveryCodes, SecondFactorEnrolment, SessionUser } from '@naast/contracts';
import {
  buildOrganisation,
  buildUser,
  buildWorld,
  present,
  startTestApp,
  TEST_PASSWORD,
  TEST_TOTP_SECRET,
  TestClient,
  testTotpClock,
  type BuiltUser,
  type TestApp,
  type World,
} from './support';

describe('Two-factor sign-in (TOTP)', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  /** The password step alone: the session then owes its second factor. */
  async function passwordOnly(user: BuiltUser): Promise<{ client: TestClient; state: SessionUser['secondFactor'] }> {
    const client = await new TestClient(t.http).init();
    const response = await client.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    return { client, state: (response.body as SessionUser).secondFactor };
  }

  const sessionCookie = (response: { headers: Record<string, unknown> }) =>
    ([] as string[])
      .concat((response.headers['set-cookie'] as string[] | undefined) ?? [])
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`));

  const sessionsOf = async (userId: string) =>
    ((await t.db.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [userId])) as { n: number }[])[0]
      ?.n ?? 0;

  it('asks an enrolled team lead for a code, refuses other routes meanwhile, and signs in with it', async () => {
    const lead = await buildUser(t.db, { organisationId: world.orgA.id, role: 'team_lead', teamIds: [world.north.id] });
    const { client, state } = await passwordOnly(lead);
    expect(state).toBe('code_required');

    const refused = await client.get('/api/cases');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('second_factor_required');
    expect((await client.get('/api/auth/me')).body.secondFactor).toBe('code_required');

    const verified = await client.post('/api/auth/second-factor', { code: testTotpClock.nextCode() });
    expect(verified.status).toBe(200);
    expect(verified.body.secondFactor).toBe('verified');
    // A new session id once the second factor is done (no fixation).
    expect(sessionCookie(verified)).toBeDefined();
    expect((await client.get('/api/cases')).status).toBe(200);
    expect((await client.get('/api/auth/me')).body.secondFactor).toBe('verified');
  });

  it('refuses a code that was already used, and one from before the last used step', async () => {
    const lead = await buildUser(t.db, { organisationId: world.orgA.id, role: 'team_lead', teamIds: [world.north.id] });
    const code = testTotpClock.nextCode();
    const first = await passwordOnly(lead);
    expect((await first.client.post('/api/auth/second-factor', { code })).status).toBe(200);

    const second = await passwordOnly(lead);
    const reused = await second.client.post('/api/auth/second-factor', { code });
    expect(reused.status).toBe(400);
    expect(reused.body.details).toEqual([{ field: 'code', reason: expect.any(String) }]);
    // The previous step's code is within the drift window, but before the step just used.
    testTotpClock.advance(1);
    const following = testTotpClock.code();
    testTotpClock.advance(-1);
    testTotpClock.advance(-1);
    const older = testTotpClock.code();
    testTotpClock.advance(1);
    expect((await second.client.post('/api/auth/second-factor', { code: older })).status).toBe(400);
    expect((await second.client.post('/api/auth/second-factor', { code: following })).status).toBe(200);
  });

  it('locks the code step after five wrong codes (429 second_factor_locked), even for the right code', async () => {
    const lead = await buildUser(t.db, { organisationId: world.orgA.id, role: 'team_lead', teamIds: [world.north.id] });
    const { client } = await passwordOnly(lead);
    const right = testTotpClock.nextCode();
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < MAX_FAILED_CODES; i++) {
      expect((await client.post('/api/auth/second-factor', { code: wrong })).status).toBe(400);
    }
    const locked = await client.post('/api/auth/second-factor', { code: right });
    expect(locked.status).toBe(429);
    expect(locked.body.code).toBe('second_factor_locked');
    expect(locked.body.message).toMatch(/minuten/);
    const [{ failures }] = (await t.db.query(
      'SELECT count(*)::int AS failures FROM second_factor_attempts WHERE user_id = $1 AND NOT succeeded',
      [lead.id],
    )) as { failures: number }[];
    expect(failures).toBe(MAX_FAILED_CODES);
    // Once the failures age out of the 15-minute window, the right code works again.
    await t.db.query(
      "UPDATE second_factor_attempts SET attempted_at = attempted_at - interval '16 minutes' WHERE user_id = $1",
      [lead.id],
    );
    expect((await client.post('/api/auth/second-factor', { code: right })).status).toBe(200);
  });

  it('enrols at first sign-in: QR and secret, confirmed by a code, ten recovery codes that each work once', async () => {
    const orgC = await buildOrganisation(t.db, { secondFactorPolicy: 'admins_and_team_leads' });
    const admin = await buildUser(t.db, { organisationId: orgC.id, role: 'admin', totp: false });
    const { client, state } = await passwordOnly(admin);
    expect(state).toBe('enrolment_required');
    expect((await client.get('/api/admin/users')).body.code).toBe('second_factor_required');
    // No code to give before there is a factor.
    expect((await client.post('/api/auth/second-factor', { code: '123456' })).status).toBe(409);

    const started = await client.post('/api/auth/second-factor/enrolment');
    expect(started.status).toBe(200);
    const enrolment = started.body as SecondFactorEnrolment;
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Naast:/);
    expect(enrolment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

    const wrong = await client.post('/api/auth/second-factor/enrolment/confirm', { code: '000000' });
    expect(wrong.status).toBe(400);
    const confirmed = await client.post('/api/auth/second-factor/enrolment/confirm', {
      code: testTotpClock.nextCode(enrolment.secret),
    });
    expect(confirmed.status).toBe(200);
    const { recoveryCodes } = confirmed.body as RecoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await client.get('/api/admin/users')).status).toBe(200);

    // Stored encrypted, and only hashes of the recovery codes.
    const [row] = (await t.db.query('SELECT totp_secret, totp_enrolled_at FROM users WHERE id = $1', [admin.id])) as {
      totp_secret: string;
      totp_enrolled_at: Date | null;
    }[];
    expect(row?.totp_secret).not.toContain(enrolment.secret);
    expect(decryptTotpSecret(t.config.totpKey, admin.id, present(row, 'the user').totp_secret)).toBe(enrolment.secret);
    expect(row?.totp_enrolled_at).toBeInstanceOf(Date);
    const hashes = (await t.db.query('SELECT code_hash FROM user_recovery_codes WHERE user_id = $1', [admin.id])) as {
      code_hash: string;
    }[];
    expect(hashes).toHaveLength(10);
    expect(hashes.some((h) => recoveryCodes.includes(h.code_hash))).toBe(false);

    // A recovery code signs in once (case and dashes do not matter), never twice.
    const recovery = present(recoveryCodes[0], 'a recovery code');
    const next = await passwordOnly(admin);
    expect(next.state).toBe('code_required');
    const used = await next.client.post('/api/auth/second-factor', {
      recoveryCode: recovery.toUpperCase().replace(/-/g, ' '),
    });
    expect(used.status).toBe(200);
    const again = await passwordOnly(admin);
    const reused = await again.client.post('/api/auth/second-factor', { recoveryCode: recovery });
    expect(reused.status).toBe(400);
    expect(reused.body.details).toEqual([{ field: 'recoveryCode', reason: expect.any(String) }]);
    const status = await next.client.get('/api/auth/second-factor');
    expect(status.body).toMatchObject({ enrolled: true, required: true, unusedRecoveryCodes: 9 });
  });

  it('does not let a session that owes its code replace the factor by enrolling anew', async () => {
    const lead = await buildUser(t.db, { organisationId: world.orgA.id, role: 'team_lead', teamIds: [world.north.id] });
    const { client } = await passwordOnly(lead);
    const refused = await client.post('/api/auth/second-factor/enrolment');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('second_factor_required');
  });

  it('asks every role to enrol under the policy every_role, and no one else under admins_and_team_leads', async () => {
    const strict = await buildOrganisation(t.db, { secondFactorPolicy: 'every_role' });
    const supporter = await buildUser(t.db, { organisationId: strict.id, role: 'supporter' });
    expect((await passwordOnly(supporter)).state).toBe('enrolment_required');
    const lenient = await buildOrganisation(t.db, { secondFactorPolicy: 'admins_and_team_leads' });
    const volunteer = await buildUser(t.db, { organisationId: lenient.id, role: 'volunteer' });
    const { client, state } = await passwordOnly(volunteer);
    expect(state).toBe('not_required');
    expect((await client.get('/api/auth/me')).status).toBe(200);

    // Signing in fully as that supporter enrols them (the test client does what the web app does).
    const signedIn = await new TestClient(t.http).signIn(supporter.email, TEST_PASSWORD);
    expect(signedIn.body.secondFactor).toBe('enrolment_required');
    const [row] = (await t.db.query('SELECT totp_enrolled_at FROM users WHERE id = $1', [supporter.id])) as {
      totp_enrolled_at: Date | null;
    }[];
    expect(row?.totp_enrolled_at).toBeInstanceOf(Date);
  });

  it('lets an admin read and change the policy; admins and team leads need a factor whatever it says', async () => {
    const admin = await world.as('adminA');
    expect((await admin.get('/api/admin/organisation')).body.secondFactorPolicy).toBe('admins_and_team_leads');
    const bad = await admin.patch('/api/admin/organisation', { noContactDays: 30, secondFactorPolicy: 'nobody' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toEqual(['secondFactorPolicy']);
    const changed = await admin.patch('/api/admin/organisation', {
      noContactDays: 30,
      secondFactorPolicy: 'every_role',
    });
    expect(changed.status).toBe(200);
    expect(changed.body.secondFactorPolicy).toBe('every_role');
    const supporter = await buildUser(t.db, { organisationId: world.orgA.id, role: 'supporter' });
    expect((await passwordOnly(supporter)).state).toBe('enrolment_required');
    await admin.patch('/api/admin/organisation', { noContactDays: 30, secondFactorPolicy: 'admins_and_team_leads' });
    const lead = await buildUser(t.db, { organisationId: world.orgA.id, role: 'team_lead', totp: false });
    expect((await passwordOnly(lead)).state).toBe('enrolment_required');
  });

  it('re-enrolling from the account page ends the other sessions and replaces the recovery codes', async () => {
    const lead = await buildUser(t.db, { organisationId: world.orgA.id, role: 'team_lead', teamIds: [world.north.id] });
    const here = new TestClient(t.http);
    await here.signIn(lead.email, TEST_PASSWORD);
    const elsewhere = new TestClient(t.http);
    await elsewhere.signIn(lead.email, TEST_PASSWORD);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(200);

    const started = (await here.post('/api/auth/second-factor/enrolment')).body as SecondFactorEnrolment;
    const confirmed = await here.post('/api/auth/second-factor/enrolment/confirm', {
      code: testTotpClock.nextCode(started.secret),
    });
    expect(confirmed.status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    // The old secret no longer signs in; the new one does.
    const old = await passwordOnly(lead);
    expect(
      (await old.client.post('/api/auth/second-factor', { code: testTotpClock.nextCode(TEST_TOTP_SECRET) })).status,
    ).toBe(400);
    expect(
      (await old.client.post('/api/auth/second-factor', { code: testTotpClock.nextCode(started.secret) })).status,
    ).toBe(200);

    // New recovery codes need a current code, and also end the other sessions.
    expect((await here.post('/api/auth/second-factor/recovery-codes', { code: '000000' })).status).toBe(400);
    const regenerated = await here.post('/api/auth/second-factor/recovery-codes', {
      code: testTotpClock.nextCode(started.secret),
    });
    expect(regenerated.status).toBe(200);
    expect((regenerated.body as RecoveryCodes).recoveryCodes).toHaveLength(10);
    expect((await old.client.get('/api/auth/me')).status).toBe(401);
    const stale = present((confirmed.body as RecoveryCodes).recoveryCodes[0], 'an old recovery code');
    const next = await passwordOnly(lead);
    expect((await next.client.post('/api/auth/second-factor', { recoveryCode: stale })).status).toBe(400);
  });

  it("lets an admin reset a user's second factor: their sessions end and they enrol at the next sign-in", async () => {
    const lead = await buildUser(t.db, { organisationId: world.orgA.id, role: 'team_lead', teamIds: [world.north.id] });
    const session = new TestClient(t.http);
    await session.signIn(lead.email, TEST_PASSWORD);
    expect(await sessionsOf(lead.id)).toBe(1);

    const otherAdmin = await world.as('adminB');
    expect((await otherAdmin.post(`/api/admin/users/${lead.id}/second-factor/reset`)).status).toBe(404);
    const teamLead = await world.as('teamLeadNorth');
    expect((await teamLead.post(`/api/admin/users/${lead.id}/second-factor/reset`)).status).toBe(403);
    expect((await session.get('/api/auth/me')).status).toBe(200);

    const admin = await world.as('adminA');
    expect((await admin.post(`/api/admin/users/${lead.id}/second-factor/reset`)).status).toBe(204);
    expect(await sessionsOf(lead.id)).toBe(0);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    const [row] = (await t.db.query(
      `SELECT totp_secret, totp_enrolled_at, (SELECT count(*)::int FROM user_recovery_codes WHERE user_id = u.id) AS codes
         FROM users u WHERE id = $1`,
      [lead.id],
    )) as { totp_secret: string | null; totp_enrolled_at: Date | null; codes: number }[];
    expect(row).toEqual({ totp_secret: null, totp_enrolled_at: null, codes: 0 });
    expect((await passwordOnly(lead)).state).toBe('enrolment_required');
  });

  it('refuses malformed second-factor requests naming the field', async () => {
    const lead = await buildUser(t.db, { organisationId: world.orgA.id, role: 'team_lead', teamIds: [world.north.id] });
    const { client } = await passwordOnly(lead);
    for (const body of [{ code: '12345' }, { code: 'abcdef' }, {}, { code: '123456', recoveryCode: 'x' }]) {
      const response = await client.post('/api/auth/second-factor', body);
      expect(response.status).toBe(400);
      expect(response.body.details[0].field).toBe('code');
    }
    const extra = await client.post('/api/auth/second-factor', { code: '123456', userId: lead.id });
    expect(extra.status).toBe(400);
    expect(extra.body.details[0].field).toBe('userId');
    expect((await client.post('/api/auth/second-factor/enrolment/confirm', {})).status).toBe(400);
  });
});
