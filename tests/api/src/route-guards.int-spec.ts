import { randomUUID } from 'node:crypto';
import { buildWorld, startTestApp, TEST_PASSWORD, type TestApp, type TestClient, type World } from './support';

type Operation = { method: string; template: string; path: string; public: boolean };

/** Routes anyone may call; every other route must refuse an anonymous caller. */
const PUBLIC_ROUTES = new Set([
  'post /api/auth/login',
  'post /api/auth/logout',
  'get /api/health/live',
  'get /api/health/ready',
]);
/**
 * Routes about the organisation itself, not about clients: the only ones an admin may call. The
 * reach report is aggregates only, with small cells protected (docs/reach-report.md).
 */
const ADMIN_ROUTES = new Set([
  'get /api/admin/users',
  'get /api/admin/teams',
  'post /api/admin/users',
  'patch /api/admin/users/{userId}',
  'post /api/admin/users/{userId}/disable',
  'post /api/admin/users/{userId}/enable',
  'post /api/admin/teams',
  'get /api/admin/teams/{teamId}',
  'patch /api/admin/teams/{teamId}',
  'put /api/admin/teams/{teamId}/members',
  'get /api/account/sessions',
  'post /api/account/sessions/end',
  'post /api/account/sessions/end-others',
  'put /api/account/password',
  'get /api/admin/organisation',
  'patch /api/admin/organisation',
  // Ids, teams and dates of clients due for anonymisation: no client content.
  'get /api/admin/retention/dry-run',
  'get /api/auth/me',
  'post /api/auth/second-factor',
  'get /api/auth/second-factor',
  'post /api/auth/second-factor/enrolment',
  'post /api/auth/second-factor/enrolment/confirm',
  'post /api/auth/second-factor/recovery-codes',
  'post /api/admin/users/{userId}/second-factor/reset',
  'get /api/domains',
  'get /api/affiliations',
  'get /api/users/{userId}/affiliations',
  'put /api/users/{userId}/affiliations',
  'get /api/role-card-text',
  'put /api/role-card-text',
  'get /api/reach/parties',
  'get /api/reach',
  'get /api/reach/export.csv',
  'get /api/reach/export.pdf',
  // The access log: who accessed which client by id, never a client's name or content.
  'get /api/access-log',
  'get /api/access-log/users/{userId}',
]);

/** What a signed-in session may call before its second factor is done. */
const SECOND_FACTOR_STEP_ROUTES = new Set([
  'get /api/auth/me',
  'post /api/auth/second-factor',
  'post /api/auth/second-factor/enrolment',
  'post /api/auth/second-factor/enrolment/confirm',
]);

/**
 * Driven by the OpenAPI document, so a new route is covered the day it is added:
 * no session → 401, no CSRF token → 403, and an admin never reaches client content.
 */
describe('Every route', () => {
  let t: TestApp;
  let world: World;
  let operations: Operation[];

  beforeAll(async () => {
    t = await startTestApp();
    world = await buildWorld(t);
    const doc = await (await world.anonymous()).get('/api/docs-json');
    const paths = doc.body.paths as Record<string, Record<string, unknown>>;
    operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({
        method,
        template: path,
        // Any well-formed id will do: the guard runs before the lookup.
        path: path.replace(/\{[^}]+\}/g, randomUUID()),
        public: PUBLIC_ROUTES.has(`${method} ${path}`),
      })),
    );
  });
  afterAll(() => t.close());

  const send = (client: TestClient, op: Operation, csrf: boolean) => {
    switch (op.method) {
      case 'get':
        return client.get(op.path);
      case 'post':
        return csrf ? client.post(op.path, {}) : client.postWithoutCsrf(op.path, {});
      case 'patch':
        return csrf ? client.patch(op.path, {}) : client.patchWithoutCsrf(op.path, {});
      case 'put':
        return client.put(op.path, {});
      case 'delete':
        return client.delete(op.path);
      default:
        throw new Error(`unexpected method ${op.method}`);
    }
  };

  it('has more than the platform routes documented', () => {
    expect(operations.length).toBeGreaterThan(8);
  });

  it('answers 401 to a caller without a session, except the public routes', async () => {
    const anonymous = await world.anonymous();
    const failures: string[] = [];
    for (const op of operations.filter((o) => !o.public)) {
      const response = await send(anonymous, op, true);
      if (response.status !== 401) failures.push(`${op.method} ${op.path} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to a state-changing request without the CSRF header', async () => {
    const supporter = await world.as('supporterNorth');
    const failures: string[] = [];
    for (const op of operations.filter((o) => o.method === 'post' || o.method === 'patch')) {
      const response = await send(supporter, op, false);
      if (response.status !== 403) failures.push(`${op.method} ${op.path} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses a session still owing its second factor every route but that step (403 second_factor_required)', async () => {
    // Password only: a team lead is enrolled, so the session waits for a code.
    const pending = await world.anonymous();
    const login = await pending.post('/api/auth/login', {
      email: world.users.teamLeadNorth.email,
      password: TEST_PASSWORD,
    });
    expect(login.body.secondFactor).toBe('code_required');
    const failures: string[] = [];
    for (const op of operations) {
      if (op.public || SECOND_FACTOR_STEP_ROUTES.has(`${op.method} ${op.template}`)) continue;
      const response = await send(pending, op, true);
      if (response.status !== 403 || response.body.code !== 'second_factor_required')
        failures.push(`${op.method} ${op.template} → ${response.status} ${String(response.body.code)}`);
    }
    expect(failures).toEqual([]);
    expect((await pending.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses an admin every route with client content (403)', async () => {
    const admin = await world.as('adminA');
    const failures: string[] = [];
    for (const op of operations) {
      if (op.public || ADMIN_ROUTES.has(`${op.method} ${op.template}`)) continue;
      const response = await send(admin, op, true);
      if (response.status !== 403) failures.push(`${op.method} ${op.template} → ${response.status}`);
    }
    expect(failures).toEqual([]);
  });
});
