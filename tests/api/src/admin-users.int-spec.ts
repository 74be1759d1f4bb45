import type { AdminUserView, TeamDetail, TeamView } from '@naast/contracts';
import { buildUser, startTestApp, TEST_PASSWORD, TestClient, type TestApp, buildWorld, type World } from './support';

const fields = (response: { body?: { details?: { field: string }[] } }) =>
  (response.body?.details ?? []).map((d) => d.field);

describe('Admin screens: users and teams', () => {
  let t: TestApp;
  let world: World;
  let admin: TestClient;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    admin = await world.as('adminA');
  });
  afterAll(() => t.close());

  const signIn = async (email: string, password = TEST_PASSWORD) => {
    const client = await new TestClient(t.http).init();
    await client.signIn(email, password);
    return client;
  };
  const userView = async (id: string): Promise<AdminUserView> => {
    const list = (await admin.get('/api/admin/users')).body as AdminUserView[];
    const user = list.find((u) => u.id === id);
    if (!user) throw new Error(`user ${id} not listed`);
    return user;
  };
  const newUser = (role: 'volunteer' | 'supporter' | 'admin' | 'team_lead' = 'volunteer') =>
    buildUser(t.db, { organisationId: world.orgA.id, role, teamIds: role === 'admin' ? [] : [world.north.id] });

  describe('users', () => {
    it('lists name, email, role, teams, active, last sign-in, second factor and version', async () => {
      await world.as('supporterNorth');
      const [{ enrolled }] = (await t.db.query(
        'SELECT totp_enrolled_at IS NOT NULL AS enrolled FROM users WHERE id = $1',
        [world.users.supporterNorth.id],
      )) as { enrolled: boolean }[];
      const user = await userView(world.users.supporterNorth.id);
      expect(user).toEqual({
        id: world.users.supporterNorth.id,
        displayName: world.users.supporterNorth.displayName,
        email: world.users.supporterNorth.email,
        role: 'supporter',
        teams: [{ id: world.north.id, name: 'Noord' }],
        active: true,
        lastLoginAt: expect.any(String),
        secondFactorEnrolled: enrolled,
        version: 1,
      });
    });

    it('creates a user who can sign in with the initial password', async () => {
      const password = 'een beginwachtwoord van formaat';
      const response = await admin.post('/api/admin/users', {
        email: '  Nieuwe.Collega@Test.example ',
        displayName: 'Nieuwe Collega',
        role: 'supporter',
        teamIds: [world.north.id, world.south.id],
        password,
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        email: 'nieuwe.collega@test.example',
        role: 'supporter',
        active: true,
        lastLoginAt: null,
        version: 1,
      });
      expect((response.body as AdminUserView).teams.map((team) => team.name)).toEqual(['Noord', 'Zuid']);
      const client = await new TestClient(t.http).init();
      const login = await client.post('/api/auth/login', { email: 'nieuwe.collega@test.example', password });
      expect(login.status).toBe(200);
    });

    it('answers 409 for an email address in use, in any organisation', async () => {
      const response = await admin.post('/api/admin/users', {
        email: world.users.supporterB.email.toUpperCase(),
        displayName: 'Dubbel',
        role: 'volunteer',
        teamIds: [],
        password: 'een beginwachtwoord van formaat',
      });
      expect(response.status).toBe(409);
      expect(fields(response)).toEqual(['email']);
    });

    it('refuses a bad field, a password the policy refuses and a team of another organisation, naming the field', async () => {
      const valid = {
        email: 'veld@test.example',
        displayName: 'Veld',
        role: 'volunteer',
        teamIds: [],
        password: 'een beginwachtwoord van formaat',
      };
      const cases: [object, string][] = [
        [{ ...valid, email: 'geen-adres' }, 'email'],
        [{ ...valid, displayName: '  ' }, 'displayName'],
        [{ ...valid, role: 'superuser' }, 'role'],
        [{ ...valid, teamIds: ['x'] }, 'teamIds'],
        [{ ...valid, teamIds: [world.teamB.id] }, 'teamIds'],
        [{ ...valid, password: 'kort' }, 'password'],
        [{ ...valid, password: 'p'.repeat(129) }, 'password'],
        [{ ...valid, password: 'FinalFantasy' }, 'password'],
        [{ ...valid, active: false }, 'active'],
      ];
      for (const [body, field] of cases) {
        const response = await admin.post('/api/admin/users', body);
        expect({ field, status: response.status, fields: fields(response) }).toEqual({
          field,
          status: 400,
          fields: [field],
        });
      }
      expect(((await admin.get('/api/admin/users')).body as AdminUserView[]).map((u) => u.email)).not.toContain(
        valid.email,
      );
    });

    it('changes role and teams with the version read; a stale version gets 409 with the current state', async () => {
      const user = await newUser('volunteer');
      const changed = await admin.patch(`/api/admin/users/${user.id}`, {
        version: 1,
        role: 'supporter',
        teamIds: [world.south.id],
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        role: 'supporter',
        teams: [{ id: world.south.id, name: 'Zuid' }],
        version: 2,
      });
      const stale = await admin.patch(`/api/admin/users/${user.id}`, { version: 1, role: 'team_lead' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ role: 'supporter', version: 2 });
      // The user's next request sees the new role and team.
      const me = await (await signIn(user.email)).get('/api/auth/me');
      expect(me.body).toMatchObject({ role: 'supporter', teams: [{ id: world.south.id, name: 'Zuid' }] });
    });

    it('disables a user: every open session stops working at the next request, and sign-in is refused', async () => {
      const user = await newUser('volunteer');
      const sessions = [await signIn(user.email), await signIn(user.email)];
      for (const session of sessions) expect((await session.get('/api/auth/me')).status).toBe(200);
      const response = await admin.post(`/api/admin/users/${user.id}/disable`, { version: 1 });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ active: false, version: 2 });
      for (const session of sessions) expect((await session.get('/api/auth/me')).status).toBe(401);
      const [{ count }] = (await t.db.query('SELECT count(*)::int AS count FROM sessions WHERE user_id = $1', [
        user.id,
      ])) as { count: number }[];
      expect(count).toBe(0);
      const again = await new TestClient(t.http).init();
      expect((await again.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD })).status).toBe(401);

      const enabled = await admin.post(`/api/admin/users/${user.id}/enable`, { version: 2 });
      expect(enabled.status).toBe(200);
      expect(enabled.body).toMatchObject({ active: true, version: 3 });
      await signIn(user.email);
    });

    it('refuses to disable yourself, or to take away the last active admin', async () => {
      const self = await admin.post(`/api/admin/users/${world.users.adminA.id}/disable`, {
        version: (await userView(world.users.adminA.id)).version,
      });
      expect(self.status).toBe(400);
      expect(fields(self)).toEqual(['userId']);

      const demote = await admin.patch(`/api/admin/users/${world.users.adminA.id}`, {
        version: (await userView(world.users.adminA.id)).version,
        role: 'team_lead',
      });
      expect(demote.status).toBe(400);
      expect(fields(demote)).toEqual(['role']);
      expect((await userView(world.users.adminA.id)).role).toBe('admin');

      // With a second active admin, one may step down.
      const second = await newUser('admin');
      const stepDown = await admin.patch(`/api/admin/users/${second.id}`, { version: 1, role: 'supporter' });
      expect(stepDown.status).toBe(200);
    });

    it('refuses a stale disable with 409 and leaves the user active', async () => {
      const user = await newUser('volunteer');
      await admin.patch(`/api/admin/users/${user.id}`, { version: 1, displayName: 'Hernoemd' });
      const response = await admin.post(`/api/admin/users/${user.id}/disable`, { version: 1 });
      expect(response.status).toBe(409);
      expect(response.body.current).toMatchObject({ active: true, version: 2, displayName: 'Hernoemd' });
    });

    it("answers 404 for another organisation's user, exactly as for one that does not exist", async () => {
      const foreign = world.users.volunteerB.id;
      for (const [path, body] of [
        [`/api/admin/users/${foreign}`, { version: 1, role: 'supporter' }],
        [`/api/admin/users/${foreign}/disable`, { version: 1 }],
        [`/api/admin/users/${foreign}/enable`, { version: 1 }],
      ] as const) {
        const response = path.endsWith('able') ? await admin.post(path, body) : await admin.patch(path, body);
        expect(response.status).toBe(404);
      }
      expect((await (await world.as('volunteerB')).get('/api/auth/me')).status).toBe(200);
      // And organisation B's admin cannot touch organisation A's users.
      const adminB = await world.as('adminB');
      const response = await adminB.post(`/api/admin/users/${world.users.volunteerNorth.id}/disable`, { version: 1 });
      expect(response.status).toBe(404);
      expect((await userView(world.users.volunteerNorth.id)).active).toBe(true);
    });

    it('is for administrators only', async () => {
      for (const role of ['supporterNorth', 'volunteerNorth', 'teamLeadNorth'] as const) {
        const client = await world.as(role);
        const target = world.users.volunteerSouth.id;
        expect((await client.post(`/api/admin/users/${target}/disable`, { version: 1 })).status).toBe(403);
        expect((await client.patch(`/api/admin/users/${target}`, { version: 1, role: 'admin' })).status).toBe(403);
        expect((await client.post('/api/admin/teams', { name: 'Stiekem' })).status).toBe(403);
      }
      expect((await userView(world.users.volunteerSouth.id)).active).toBe(true);
    });
  });

  describe('teams', () => {
    it('creates a team; a second with the same name gets 409', async () => {
      const created = await admin.post('/api/admin/teams', { name: ' Oost ' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'Oost', version: 1, members: [] });
      const duplicate = await admin.post('/api/admin/teams', { name: 'Oost' });
      expect(duplicate.status).toBe(409);
      expect(fields(duplicate)).toEqual(['name']);
      // Another organisation may use the same name.
      expect((await (await world.as('adminB')).post('/api/admin/teams', { name: 'Oost' })).status).toBe(201);
    });

    it('renames a team with the version read', async () => {
      const team = (await admin.post('/api/admin/teams', { name: 'West' })).body as TeamDetail;
      const renamed = await admin.patch(`/api/admin/teams/${team.id}`, { version: 1, name: 'West-Utrecht' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: 'West-Utrecht', version: 2 });
      const stale = await admin.patch(`/api/admin/teams/${team.id}`, { version: 1, name: 'Westkant' });
      expect(stale.status).toBe(409);
      expect(stale.body.current).toMatchObject({ name: 'West-Utrecht', version: 2 });
      const taken = await admin.patch(`/api/admin/teams/${team.id}`, { version: 2, name: 'Noord' });
      expect(taken.status).toBe(409);
      expect(fields(taken)).toEqual(['name']);
    });

    it("sets a team's members; members then work in that team", async () => {
      const team = (await admin.post('/api/admin/teams', { name: 'Midden' })).body as TeamDetail;
      const user = await newUser('supporter');
      const response = await admin.put(`/api/admin/teams/${team.id}/members`, { version: 1, userIds: [user.id] });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ version: 2, members: [{ id: user.id, role: 'supporter' }] });
      const me = await (await signIn(user.email)).get('/api/auth/me');
      expect((me.body.teams as { name: string }[]).map((x) => x.name).sort()).toEqual(['Midden', 'Noord']);
      const listed = ((await admin.get('/api/admin/teams')).body as TeamView[]).find((x) => x.id === team.id);
      expect(listed).toMatchObject({ memberCount: 1, version: 2 });
      expect((await userView(user.id)).version).toBe(2);

      const stale = await admin.put(`/api/admin/teams/${team.id}/members`, { version: 1, userIds: [] });
      expect(stale.status).toBe(409);
      const foreign = await admin.put(`/api/admin/teams/${team.id}/members`, {
        version: 2,
        userIds: [world.users.supporterB.id],
      });
      expect(foreign.status).toBe(400);
      expect(fields(foreign)).toEqual(['userIds']);
    });

    it("answers 404 for another organisation's team", async () => {
      expect((await admin.get(`/api/admin/teams/${world.teamB.id}`)).status).toBe(404);
      expect(
        (await admin.patch(`/api/admin/teams/${world.teamB.id}`, { version: 1, name: 'Overgenomen' })).status,
      ).toBe(404);
      expect((await admin.put(`/api/admin/teams/${world.teamB.id}/members`, { version: 1, userIds: [] })).status).toBe(
        404,
      );
    });
  });
});
