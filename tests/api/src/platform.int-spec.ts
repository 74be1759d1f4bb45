import request from 'supertest';
import { buildWorld, present, startTestApp, type TestApp, TestClient, type World } from './support';

describe('Platform: errors, limits, health, OpenAPI, access log, admin', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
  });
  afterAll(() => t.close());

  describe('errors', () => {
    it('answers an unknown API route with a JSON 404', async () => {
      const client = await world.as('supporterNorth');
      const response = await client.get('/api/does-not-exist');
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    });

    it('answers malformed JSON with a 400 that says so', async () => {
      const client = await world.anonymous();
      const response = await client.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email":');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js|stack/i);
    });

    it('refuses a body over the size limit with 413', async () => {
      const client = await world.anonymous();
      const response = await client.post('/api/auth/login', { email: 'a@b.example', password: 'x'.repeat(300 * 1024) });
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    });

    it('forbids caching of every API answer, errors included', async () => {
      const client = await world.as('supporterNorth');
      for (const response of [
        await client.get('/api/cases'),
        await client.get('/api/no-such-route'),
        await request(t.http).get('/api/health/live'),
      ]) {
        expect(response.headers['cache-control']).toBe('no-store');
      }
    });

    it('carries a request id on every answer', async () => {
      const response = await (await world.anonymous()).get('/api/health/live');
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });
  });

  describe('health', () => {
    it('reports the process alive and the database ready', async () => {
      const client = await world.anonymous();
      expect((await client.get('/api/health/live')).body).toEqual({ status: 'ok' });
      expect((await client.get('/api/health/ready')).body).toEqual({ status: 'ok', database: 'up' });
    });
  });

  describe('OpenAPI', () => {
    it('documents every route with its responses, at /api/docs-json', async () => {
      const client = await world.anonymous();
      const response = await client.get('/api/docs-json');
      expect(response.status).toBe(200);
      const paths = response.body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
      expect(Object.keys(paths)).toEqual(
        expect.arrayContaining(['/api/auth/login', '/api/auth/logout', '/api/auth/me', '/api/health/ready']),
      );
      for (const [path, operations] of Object.entries(paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          const codes = Object.keys(operation.responses);
          expect({ route: `${method} ${path}`, hasSuccess: codes.some((c) => c.startsWith('2')) }).toEqual({
            route: `${method} ${path}`,
            hasSuccess: true,
          });
        }
      }
    });

    it('serves Swagger UI at /api/docs', async () => {
      const response = await (await world.anonymous()).get('/api/docs/');
      expect(response.status).toBe(200);
      expect(response.text).toContain('swagger');
    });
  });

  describe('access log', () => {
    it('is append-only in the database: UPDATE, DELETE and TRUNCATE are refused', async () => {
      await t.db.query(
        `INSERT INTO access_log (organisation_id, user_id, role, entity, entity_id, action, outcome, request_id)
         VALUES ($1, $2, 'supporter', 'client', 'x', 'read', 'success', 'test')`,
        [world.orgA.id, world.users.supporterNorth.id],
      );
      await expect(t.db.query(`UPDATE access_log SET entity = 'tampered'`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`DELETE FROM access_log`)).rejects.toThrow(/append-only/);
      await expect(t.db.query(`TRUNCATE access_log`)).rejects.toThrow(/append-only/);
      const [row] = (await t.db.query(`SELECT count(*)::int AS n FROM access_log WHERE entity = 'client'`)) as {
        n: number;
      }[];
      expect(present(row, 'the access log count').n).toBeGreaterThanOrEqual(1);
    });
  });

  describe('admin', () => {
    it("lists the users and teams of the admin's own organisation only", async () => {
      const admin = await world.as('adminA');
      const users = await admin.get('/api/admin/users');
      expect(users.status).toBe(200);
      const emails = (users.body as { email: string }[]).map((u) => u.email);
      expect(emails).toContain(world.users.supporterNorth.email);
      expect(emails).not.toContain(world.users.supporterB.email);
      expect(JSON.stringify(users.body)).not.toMatch(/password/i);
      const teams = await admin.get('/api/admin/teams');
      expect((teams.body as { name: string }[]).map((x) => x.name).sort()).toEqual(['Noord', 'Zuid']);
    });

    it.each(['supporterNorth', 'volunteerNorth', 'teamLeadNorth'] as const)('refuses %s with 403', async (user) => {
      const client = await world.as(user);
      expect((await client.get('/api/admin/users')).status).toBe(403);
      expect((await client.get('/api/admin/teams')).status).toBe(403);
    });

    it('logs a refused attempt at client content by the wrong role', async () => {
      const admin = await world.as('adminA');
      expect((await admin.get('/api/clients')).status).toBe(403);
      const rows = (await t.db.query(
        `SELECT entity, action, outcome FROM access_log WHERE user_id = $1 ORDER BY id DESC LIMIT 1`,
        [world.users.adminA.id],
      )) as { entity: string; action: string; outcome: string }[];
      expect(rows[0]).toEqual({ entity: 'route:/api/clients', action: 'read', outcome: 'denied' });
    });

    it('refuses without a session with 401', async () => {
      const client = new TestClient(t.http);
      expect((await client.get('/api/admin/users')).status).toBe(401);
    });
  });
});
