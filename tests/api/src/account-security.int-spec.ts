import { commonPasswordCount, isCommonPassword, passwordProblem } from '@naast/api-core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@naast/contracts';
import { buildUser, startTestApp, TEST_PASSWORD, TestClient, type TestApp, buildWorld, type World } from './support';

const fields = (response: { body?: { details?: { field: string }[] } }) =>
  (response.body?.details ?? []).map((d) => d.field);

describe('Password policy', () => {
  it('bundles at least the 10,000 most common passwords and compares them case-insensitively', () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
    expect(isCommonPassword('qwerty123456')).toBe(true);
    expect(isCommonPassword('Qwerty123456')).toBe(true);
    expect(isCommonPassword('Correct-horse-battery-1')).toBe(false);
  });

  it('takes 12 to 128 characters, counted as people count them, with no composition rules', () => {
    expect(passwordProblem('p', 'a'.repeat(PASSWORD_MIN_LENGTH - 1) + 'b')).toBeNull();
    expect(passwordProblem('p', 'kort-wachtw')?.reason).toMatch(/minstens 12 tekens/);
    expect(passwordProblem('p', 'lange zin zonder cijfers')).toBeNull();
    expect(passwordProblem('p', 'é'.repeat(PASSWORD_MAX_LENGTH))).toBeNull();
    expect(passwordProblem('p', 'x'.repeat(PASSWORD_MAX_LENGTH + 1))).toEqual({
      field: 'p',
      reason: 'mag hoogstens 128 tekens lang zijn',
    });
    expect(passwordProblem('p', 'LeaveMeAlone')?.reason).toMatch(/veelgebruikte wachtwoorden/);
  });
});

describe('Own account: sessions and password', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  const signIn = async (email: string, password = TEST_PASSWORD, userAgent = 'Testbrowser/1.0') => {
    const client = await new TestClient(t.http).init();
    client.agent.set('User-Agent', userAgent);
    await client.signIn(email, password);
    return client;
  };
  const newUser = () =>
    buildUser(t.db, { organisationId: world.orgA.id, role: 'supporter', teamIds: [world.north.id] });

  it('lists my active sessions with browser, address and which one is this one', async () => {
    const user = await newUser();
    const first = await signIn(user.email, TEST_PASSWORD, 'Firefox/140');
    const second = await signIn(user.email, TEST_PASSWORD, 'Safari/18');
    const response = await second.get('/api/account/sessions');
    expect(response.status).toBe(200);
    const sessions = response.body as { userAgent: string; current: boolean; ip: string; id: string }[];
    expect(sessions.map((s) => s.userAgent).sort()).toEqual(['Firefox/140', 'Safari/18']);
    expect(sessions.filter((s) => s.current).map((s) => s.userAgent)).toEqual(['Safari/18']);
    expect(sessions.every((s) => typeof s.ip === 'string' && /^[0-9a-f]{64}$/.test(s.id))).toBe(true);
    // Another user's list never shows these.
    const other = await (await world.as('supporterSouth')).get('/api/account/sessions');
    expect(other.body.map((s: { id: string }) => s.id)).not.toContain(sessions[0]?.id);
    expect((await first.get('/api/auth/me')).status).toBe(200);
  });

  it('ends one other session, which is then signed out; my own stays', async () => {
    const user = await newUser();
    const other = await signIn(user.email);
    const mine = await signIn(user.email);
    const list = (await mine.get('/api/account/sessions')).body as { id: string; current: boolean }[];
    const target = list.find((s) => !s.current);
    expect(target).toBeDefined();
    expect((await mine.post('/api/account/sessions/end', { sessionId: target?.id })).status).toBe(204);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await mine.get('/api/auth/me')).status).toBe(200);
    // Ending it again, or someone else's session, changes nothing and answers the same.
    expect((await mine.post('/api/account/sessions/end', { sessionId: target?.id })).status).toBe(204);
    const stranger = await signIn((await newUser()).email);
    const strangers = (await stranger.get('/api/account/sessions')).body as { id: string }[];
    expect((await mine.post('/api/account/sessions/end', { sessionId: strangers[0]?.id })).status).toBe(204);
    expect((await stranger.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses to end this session through the list (that is signing out)', async () => {
    const user = await newUser();
    const mine = await signIn(user.email);
    const [current] = (await mine.get('/api/account/sessions')).body as { id: string }[];
    const response = await mine.post('/api/account/sessions/end', { sessionId: current?.id });
    expect(response.status).toBe(400);
    expect(fields(response)).toEqual(['sessionId']);
    expect((await mine.get('/api/auth/me')).status).toBe(200);
    const malformed = await mine.post('/api/account/sessions/end', { sessionId: 'abc' });
    expect({ status: malformed.status, fields: fields(malformed) }).toEqual({ status: 400, fields: ['sessionId'] });
  });

  it('ends all my other sessions at once', async () => {
    const user = await newUser();
    const others = [await signIn(user.email), await signIn(user.email)];
    const mine = await signIn(user.email);
    const response = await mine.post('/api/account/sessions/end-others');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ended: 2 });
    for (const other of others) expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await mine.get('/api/account/sessions')).body).toHaveLength(1);
  });

  it('changes the password, which ends my other sessions and retires the old password', async () => {
    const user = await newUser();
    const other = await signIn(user.email);
    const mine = await signIn(user.email);
    const newPassword = 'een lange zin als nieuw wachtwoord';
    const response = await mine.put('/api/account/password', { currentPassword: TEST_PASSWORD, newPassword });
    expect(response.status).toBe(204);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await mine.get('/api/auth/me')).status).toBe(200);
    const old = await new TestClient(t.http).init();
    expect((await old.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(401);
    expect((await signIn(user.email, newPassword)) instanceof TestClient).toBe(true);
  });

  it('refuses a wrong current password and a new password the policy refuses, naming the field', async () => {
    const user = await newUser();
    const mine = await signIn(user.email);
    const cases: [object, string, RegExp][] = [
      [
        { currentPassword: 'not-the-password', newPassword: 'een lange zin als nieuw wachtwoord' },
        'currentPassword',
        /klopt niet/,
      ],
      [{ currentPassword: TEST_PASSWORD, newPassword: 'te kort' }, 'newPassword', /minstens 12/],
      [{ currentPassword: TEST_PASSWORD, newPassword: 'y'.repeat(129) }, 'newPassword', /hoogstens 128/],
      [{ currentPassword: TEST_PASSWORD, newPassword: 'QWERTY123456' }, 'newPassword', /veelgebruikte/],
      [{ currentPassword: TEST_PASSWORD }, 'newPassword', /verplicht/],
      [{ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }, 'newPassword', /anders/],
    ];
    for (const [body, field, reason] of cases) {
      const response = await mine.put('/api/account/password', body);
      expect({ status: response.status, fields: fields(response) }).toEqual({ status: 400, fields: [field] });
      expect(response.body.details[0].reason).toMatch(reason);
    }
    // Nothing changed: the old password still signs in.
    await signIn(user.email);
  });

  it('is for signed-in users only', async () => {
    const anonymous = await world.anonymous();
    expect((await anonymous.get('/api/account/sessions')).status).toBe(401);
    expect((await anonymous.put('/api/account/password', {})).status).toBe(401);
  });
});
