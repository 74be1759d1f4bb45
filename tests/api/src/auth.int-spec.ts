import { SESSION_ABSOLUTE_MS } from '@naast/api-core';
import {
  buildUser,
  present,
  startTestApp,
  TEST_PASSWORD,
  TestClient,
  type TestApp,
  buildWorld,
  type World,
} from './support';

describe('Sign-in, sessions and CSRF', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  const login = (client: TestClient, email: string, password: string) =>
    client.post('/api/auth/login', { email, password });

  it('signs in with email and password and returns the user with organisation and teams', async () => {
    const client = await new TestClient(t.http).init();
    const response = await login(client, world.users.supporterNorth.email.toUpperCase(), TEST_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: world.users.supporterNorth.id,
      email: world.users.supporterNorth.email,
      displayName: world.users.supporterNorth.displayName,
      role: 'supporter',
      organisation: { id: world.orgA.id, name: 'Organisatie A' },
      teams: [{ id: world.north.id, name: 'Noord' }],
      secondFactor: 'not_required',
    });
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(world.users.supporterNorth.id);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and a readable CSRF cookie', async () => {
    const client = await new TestClient(t.http).init();
    const response = await login(client, world.users.volunteerNorth.email, TEST_PASSWORD);
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const session = cookies.find((c) => c.startsWith('naast.sid='));
    const csrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(csrf).not.toMatch(/HttpOnly/i);
  });

  it('gives the same 401 for an unknown email and a wrong password', async () => {
    const client = await new TestClient(t.http).init();
    const unknown = await login(client, 'nobody@test.example', TEST_PASSWORD);
    const wrong = await login(client, world.users.teamLeadSouth.email, 'not-the-password');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('names the invalid fields of a login request', async () => {
    const client = await new TestClient(t.http).init();
    const response = await client.post('/api/auth/login', { email: 'not-an-email', extra: 1 });
    expect(response.status).toBe(400);
    const fields = (response.body.details as { field: string }[]).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'extra']));
  });

  it('regenerates the session id at sign-in (no session fixation)', async () => {
    const client = await new TestClient(t.http).init();
    await login(client, world.users.supporterSouth.email, TEST_PASSWORD);
    const first = client.agent.jar.getCookie('naast.sid', {
      domain: '127.0.0.1',
      path: '/',
      secure: false,
      script: false,
    });
    await login(client, world.users.supporterSouth.email, TEST_PASSWORD);
    const second = client.agent.jar.getCookie('naast.sid', {
      domain: '127.0.0.1',
      path: '/',
      secure: false,
      script: false,
    });
    expect(first?.value).toBeDefined();
    expect(second?.value).not.toBe(first?.value);
  });

  it('answers 401 without a session', async () => {
    const client = await world.anonymous();
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('refuses a state-changing request without the CSRF header with 403', async () => {
    const client = await new TestClient(t.http).init();
    const response = await client.postWithoutCsrf('/api/auth/login', {
      email: world.users.adminA.email,
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/CSRF/);
  });

  it('refuses a forged CSRF token that matches neither cookie nor signature', async () => {
    const client = await new TestClient(t.http).init();
    const response = await client.agent
      .post('/api/auth/login')
      .set('X-XSRF-TOKEN', 'forged.token')
      .send({ email: world.users.adminA.email, password: TEST_PASSWORD });
    expect(response.status).toBe(403);
  });

  it('signs out and destroys the session', async () => {
    const client = await new TestClient(t.http).init();
    await client.signIn(world.users.adminA.email, TEST_PASSWORD);
    const [before] = (await t.db.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [
      world.users.adminA.id,
    ])) as { n: number }[];
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const [after] = (await t.db.query('SELECT count(*)::int AS n FROM sessions WHERE user_id = $1', [
      world.users.adminA.id,
    ])) as { n: number }[];
    expect(present(after, 'the session count after sign-out').n).toBe(
      present(before, 'the session count before sign-out').n - 1,
    );
  });

  it("ends a disabled user's session at their next request", async () => {
    const user = await buildUser(t.db, { organisationId: world.orgA.id, role: 'supporter', teamIds: [world.north.id] });
    const client = new TestClient(t.http);
    await client.signIn(user.email, TEST_PASSWORD);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await t.db.query('UPDATE users SET active = false WHERE id = $1', [user.id]);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    // and a disabled account cannot sign in again
    expect((await client.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(401);
  });

  it('ends a session 12 hours after sign-in, however active', async () => {
    const user = await buildUser(t.db, { organisationId: world.orgA.id, role: 'volunteer', teamIds: [world.north.id] });
    const client = new TestClient(t.http);
    await client.signIn(user.email, TEST_PASSWORD);
    await t.db.query(
      `UPDATE sessions SET data = jsonb_set(data, '{authenticatedAt}', to_jsonb($2::bigint)) WHERE user_id = $1`,
      [user.id, Date.now() - SESSION_ABSOLUTE_MS - 1000],
    );
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('ends a session after 30 idle minutes', async () => {
    const user = await buildUser(t.db, { organisationId: world.orgA.id, role: 'volunteer', teamIds: [world.north.id] });
    const client = new TestClient(t.http);
    await client.signIn(user.email, TEST_PASSWORD);
    await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('throttles after 10 failures for one account within 15 minutes, and lets the account in again once they age', async () => {
    // Every test here signs in from the same address: start from a clean slate.
    await t.db.query('DELETE FROM login_attempts');
    const user = await buildUser(t.db, { organisationId: world.orgA.id, role: 'supporter', teamIds: [world.north.id] });
    const client = await new TestClient(t.http).init();
    for (let i = 0; i < 10; i++) {
      expect((await login(client, user.email, 'wrong-password')).status).toBe(401);
    }
    const blocked = await login(client, user.email, TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Not locked out for good: once the failures are older than the window, sign-in works.
    await t.db.query(`UPDATE login_attempts SET attempted_at = attempted_at - interval '16 minutes' WHERE email = $1`, [
      user.email,
    ]);
    expect((await login(client, user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('throttles after 10 failures from one IP address across accounts', async () => {
    await t.db.query('DELETE FROM login_attempts');
    await t.db.query(
      `INSERT INTO login_attempts (email, ip, succeeded) SELECT 'guess' || g || '@test.example', '10.9.8.7', false FROM generate_series(1, 10) g`,
    );
    const client = await new TestClient(t.http).init();
    const response = await client
      .post('/api/auth/login', { email: world.users.teamLeadNorth.email, password: TEST_PASSWORD })
      .set('X-Forwarded-For', '10.9.8.7');
    // Without a trusted proxy the forwarded address is ignored, so this IP is the test's own.
    expect(response.status).toBe(200);
    await t.db.query(`UPDATE login_attempts SET ip = '127.0.0.1' WHERE ip = '10.9.8.7'`);
    const blocked = await new TestClient(t.http)
      .init()
      .then((c) => login(c, world.users.teamLeadSouth.email, TEST_PASSWORD));
    expect(blocked.status).toBe(429);
    await t.db.query(`DELETE FROM login_attempts`);
  });
});
