import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import {
  SCOPES,
  ScopedObjectFactory,
  VIEWS,
  VIEW_USERS,
  type Scope,
  type ScopedObjects,
  type View,
} from '../fixtures/scoped-objects';
import { buildScopedIdentity } from '../fixtures/identity-work';
import {
  buildUser,
  listenOnLoopback,
  present,
  startTestApp,
  TEST_PASSWORD,
  TestClient,
  buildWorld,
  type TestApp,
  type World,
} from '../support';
import {
  AUTHORIZATION_MATRIX,
  MASS_ASSIGNMENT_FIELDS,
  PENDING_ROUTES,
  VOLUNTEER_HIDDEN_FIELDS,
  type Outcome,
  type RequestContext,
  type RouteRule,
} from './authorization-matrix';
import { resolvePath } from './matrix-requests';
import { documentedRoutes, mountedRoutes, routeKey, type RouteRef } from './route-inventory';

const figures = {
  routes: AUTHORIZATION_MATRIX.length,
  checks: 0,
  scopeChecks: 0,
  hiddenFieldScans: 0,
  massAssignment: 0,
};

describe('Authorization matrix', () => {
  let t: TestApp;
  let world: World;
  let objects: ScopedObjectFactory;
  /** Ids no answer to organisation A may contain. */
  let foreignIds: string[];
  let documented: RouteRef[];
  let mounted: RouteRef[];

  beforeAll(async () => {
    t = await startTestApp();
    await listenOnLoopback(t);
    world = await buildWorld(t);
    objects = await ScopedObjectFactory.create(t, world);
    const foreign = await objects.shared('supporter', 'otherOrganisation');
    foreignIds = [
      ...objects.otherOrganisationIds(),
      present(foreign.client, "organisation B's client").id,
      present(foreign.case, "organisation B's case").id,
      present(foreign.visit, "organisation B's visit").id,
    ];
    documented = (await documentedRoutes(await world.anonymous())).routes;
    mounted = mountedRoutes(t.app);
  });
  afterAll(async () => {
    await t?.close();
    process.stdout.write(
      `\n[authorization matrix] ${figures.routes} routes × ${VIEWS.length} views; ` +
        `${figures.checks} route×view×scope checks (${figures.scopeChecks} of them on scoped objects), ` +
        `${figures.hiddenFieldScans} volunteer answers scanned for hidden fields, ` +
        `${figures.massAssignment} mass-assignment probes; ${PENDING_ROUTES.length} routes pending\n`,
    );
  });

  describe('covers the running app', () => {
    it('has an entry for every route the app serves, documented or not', () => {
      const inMatrix = new Set([...AUTHORIZATION_MATRIX, ...PENDING_ROUTES].map(routeKey));
      const missing = [...documented, ...mounted].map(routeKey).filter((key) => !inMatrix.has(key));
      expect([...new Set(missing)]).toEqual([]);
    });

    it('lists as pending only routes that are served and have no entry yet', () => {
      const served = new Set(mounted.map(routeKey));
      const inMatrix = new Set(AUTHORIZATION_MATRIX.map(routeKey));
      const wrong = PENDING_ROUTES.map(routeKey).filter((key) => !served.has(key) || inMatrix.has(key));
      expect(wrong).toEqual([]);
    });

    for (const pending of PENDING_ROUTES) it.todo(`${routeKey(pending)}: ${pending.reason}`);

    it('has no entry for a route that no longer exists', () => {
      const served = new Set(mounted.map(routeKey));
      const documentedKeys = new Set(documented.map(routeKey));
      const stale = AUTHORIZATION_MATRIX.map(routeKey).filter((key) => !served.has(key) || !documentedKeys.has(key));
      expect(stale).toEqual([]);
    });

    it('has one entry per route', () => {
      const keys = AUTHORIZATION_MATRIX.map(routeKey);
      expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    });
  });

  const clientFor = async (view: View, rule: RouteRule): Promise<TestClient> => {
    if (rule.isolatedUser && view !== 'anonymous') {
      const user = await buildUser(t.db, { organisationId: world.orgA.id, role: view, teamIds: [world.north.id] });
      const client = await new TestClient(t.http).init();
      await client.signIn(user.email, TEST_PASSWORD);
      return client;
    }
    if (!rule.freshSession) return view === 'anonymous' ? world.anonymous() : world.as(VIEW_USERS[view]);
    const client = await new TestClient(t.http).init();
    // Signing in is itself the request under test for the login route.
    if (view !== 'anonymous' && rule.path !== '/api/auth/login')
      await client.signIn(world.users[VIEW_USERS[view]].email, TEST_PASSWORD);
    return client;
  };

  const contextFor = (view: View, scoped: ScopedObjects): RequestContext => ({
    objects: scoped,
    credentials:
      view === 'anonymous' ? undefined : { email: world.users[VIEW_USERS[view]].email, password: TEST_PASSWORD },
  });

  const objectsFor = async (rule: RouteRule, view: View, scope: Scope): Promise<ScopedObjects> => {
    if (!rule.target) return { team: { id: world.north.id }, user: { id: randomUUID() } };
    if (rule.freshIdentity) return buildScopedIdentity(t, world, scope);
    return rule.writes ? objects.fresh(view, scope, rule.target) : objects.shared(view, scope);
  };

  const send = (client: TestClient, rule: RouteRule, ctx: RequestContext, override?: { id: string }) => {
    const path = resolvePath(rule, ctx.objects, override?.id);
    const query = rule.query ? `?${new URLSearchParams(rule.query(ctx)).toString()}` : '';
    let body = rule.body?.(ctx);
    if (override && rule.referenceField && body) body = { ...body, [rule.referenceField]: override.id };
    const url = path + query;
    const request = (() => {
      switch (rule.method) {
        case 'get':
          return client.get(url);
        case 'post':
          return client.post(url, body ?? {});
        case 'patch':
          return client.patch(url, body ?? {});
        case 'put':
          return client.put(url, body ?? {});
        case 'delete':
          return client.delete(url);
      }
    })();
    return rule.headers ? request.set(rule.headers(ctx)) : request;
  };

  for (const rule of AUTHORIZATION_MATRIX) {
    describe(routeKey(rule), () => {
      for (const view of VIEWS) {
        const viewRule = rule.expect[view];
        const cases: [Scope | undefined, Outcome][] = rule.target
          ? SCOPES.map((scope) => [scope, typeof viewRule === 'object' ? viewRule[scope] : viewRule])
          : [[undefined, viewRule as Outcome]];
        for (const [scope, outcome] of cases) {
          it(`${view}${scope ? ` · ${scope}` : ''} → ${outcome}`, async () => {
            const scoped = await objectsFor(rule, view, scope ?? 'own');
            const client = await clientFor(view, rule);
            const ctx = contextFor(view, scoped);
            if (rule.prepare && view !== 'anonymous') ctx.prepared = await rule.prepare(client);
            const response = await send(client, rule, ctx);
            figures.checks++;
            if (scope) figures.scopeChecks++;
            expectOutcome(response, outcome, rule, scoped);

            if (response.status < 300 && view !== 'anonymous') {
              const text = JSON.stringify(response.body ?? null);
              expect(foreignIds.filter((id) => text.includes(id))).toEqual([]);
            }
            if (view === 'volunteer' && rule.clientContent && response.status < 300) {
              figures.hiddenFieldScans++;
              expect(hiddenFieldsIn(response.body)).toEqual([]);
            }
            if (outcome === 404 || outcome === 'unknown-reference') {
              // Another organisation's object must be indistinguishable from one that does not exist.
              const missing = await send(client, rule, ctx, { id: randomUUID() });
              expect({ status: missing.status, message: missing.body?.message }).toEqual({
                status: response.status,
                message: response.body?.message,
              });
            }
          });
        }
      }

      if (rule.massAssignment) {
        const { as, fields } = rule.massAssignment;
        const all = [...MASS_ASSIGNMENT_FIELDS, ...fields];
        it(`${as} cannot set ${all.join(', ')} (400 naming the field)`, async () => {
          const scoped = await objects.shared(as, 'own');
          const client = await world.as(VIEW_USERS[as]);
          const ctx = contextFor(as, scoped);
          const valid = present(rule.body, 'a request body to add the fields to')(ctx) as Record<string, unknown>;
          const failures: string[] = [];
          for (const field of all) {
            if (field === 'version' && 'version' in valid) throw new Error(`${field} is this route's version check`);
            const body = withField(valid, field, forbiddenValue(field, world));
            const path = resolvePath(rule, scoped);
            const response = await (rule.method === 'patch' ? client.patch(path, body) : client.post(path, body));
            figures.massAssignment++;
            const named = (response.body?.details ?? []).some((d: { field: string }) => d.field === field);
            if (response.status !== 400 || !named)
              failures.push(`${field} → ${response.status} ${JSON.stringify(response.body?.details ?? response.body)}`);
          }
          expect(failures).toEqual([]);
        });
      }
    });
  }
});

function expectOutcome(response: request.Response, outcome: Outcome, rule: RouteRule, scoped: ScopedObjects): void {
  const summary = { status: response.status, body: response.body as unknown };
  switch (outcome) {
    case 'allowed':
      // On failure the status and body are shown.
      expect(response.status >= 200 && response.status < 300 ? 'allowed' : summary).toBe('allowed');
      return;
    case 'listed':
    case 'hidden': {
      expect(response.status).toBe(200);
      const id = targetId(rule, scoped);
      expect({ id, listed: JSON.stringify(response.body).includes(id) }).toEqual({ id, listed: outcome === 'listed' });
      return;
    }
    case 'unknown-reference':
      expect(summary).toEqual({
        status: 400,
        body: expect.objectContaining({
          details: expect.arrayContaining([expect.objectContaining({ field: rule.referenceField })]),
        }),
      });
      return;
    case 401:
    case 403:
    case 404:
      expect(summary).toEqual({ status: outcome, body: expect.objectContaining({ statusCode: outcome }) });
  }
}

function targetId(rule: RouteRule, scoped: ScopedObjects): string {
  const target = (scoped as unknown as Record<string, { id: string } | undefined>)[rule.target ?? ''];
  if (!target) throw new Error(`${routeKey(rule)} has no target object`);
  return target.id;
}

/** Paths of keys a volunteer must not see that carry a value (null and [] are fine). */
function hiddenFieldsIn(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => hiddenFieldsIn(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const here = path ? `${path}.${key}` : key;
    const hidden =
      (VOLUNTEER_HIDDEN_FIELDS as readonly string[]).includes(key) &&
      child !== null &&
      !(Array.isArray(child) && child.length === 0);
    return hidden ? [here] : hiddenFieldsIn(child, here);
  });
}

function withField(body: Record<string, unknown>, field: string, value: unknown): Record<string, unknown> {
  const dot = field.indexOf('.');
  if (dot < 0) return { ...body, [field]: value };
  const head = field.slice(0, dot);
  const inner = body[head];
  return { ...body, [head]: withField((inner ?? {}) as Record<string, unknown>, field.slice(dot + 1), value) };
}

function forbiddenValue(field: string, world: World): unknown {
  const name = field.slice(field.lastIndexOf('.') + 1);
  if (name === 'role') return 'admin';
  if (name === 'version') return 1;
  if (name === 'isAdmin') return true;
  if (name === 'id' || name.endsWith('Id')) return world.users.supporterB.id;
  if (name.endsWith('At') || name.endsWith('On')) return '2020-01-01';
  return 'gezet door de aanvrager';
}
