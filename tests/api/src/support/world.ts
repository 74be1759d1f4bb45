import {
  buildOrganisation,
  buildTeam,
  buildUser,
  type BuiltOrganisation,
  type BuiltTeam,
  type BuiltUser,
  TEST_PASSWORD,
} from './factories';
import type { TestApp } from './test-app';
import { TestClient } from './test-client';

export const WORLD_USERS = [
  'supporterNorth',
  'supporterSouth',
  'volunteerNorth',
  'volunteerSouth',
  'teamLeadNorth',
  'teamLeadSouth',
  'adminA',
  'supporterB',
  'volunteerB',
  'teamLeadB',
  'adminB',
] as const;
export type WorldUser = (typeof WORLD_USERS)[number];

/**
 * Two organisations: A with teams North and South, B with one team; an account for every role.
 * Enough to prove the wrong role, the wrong team and the wrong organisation are refused.
 */
export interface World {
  orgA: BuiltOrganisation;
  orgB: BuiltOrganisation;
  north: BuiltTeam;
  south: BuiltTeam;
  teamB: BuiltTeam;
  users: Record<WorldUser, BuiltUser>;
  /** A signed-in client for that user (signed in once, then reused). */
  as(user: WorldUser): Promise<TestClient>;
  /** A client with a CSRF token but no session. */
  anonymous(): Promise<TestClient>;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const orgA = await buildOrganisation(t.db, { name: 'Organisatie A' });
  const orgB = await buildOrganisation(t.db, { name: 'Organisatie B' });
  const north = await buildTeam(t.db, orgA.id, { name: 'Noord' });
  const south = await buildTeam(t.db, orgA.id, { name: 'Zuid' });
  const teamB = await buildTeam(t.db, orgB.id, { name: 'Centrum' });
  const users: Record<WorldUser, BuiltUser> = {
    supporterNorth: await buildUser(t.db, { organisationId: orgA.id, role: 'supporter', teamIds: [north.id] }),
    supporterSouth: await buildUser(t.db, { organisationId: orgA.id, role: 'supporter', teamIds: [south.id] }),
    volunteerNorth: await buildUser(t.db, { organisationId: orgA.id, role: 'volunteer', teamIds: [north.id] }),
    volunteerSouth: await buildUser(t.db, { organisationId: orgA.id, role: 'volunteer', teamIds: [south.id] }),
    teamLeadNorth: await buildUser(t.db, { organisationId: orgA.id, role: 'team_lead', teamIds: [north.id] }),
    teamLeadSouth: await buildUser(t.db, { organisationId: orgA.id, role: 'team_lead', teamIds: [south.id] }),
    adminA: await buildUser(t.db, { organisationId: orgA.id, role: 'admin' }),
    supporterB: await buildUser(t.db, { organisationId: orgB.id, role: 'supporter', teamIds: [teamB.id] }),
    volunteerB: await buildUser(t.db, { organisationId: orgB.id, role: 'volunteer', teamIds: [teamB.id] }),
    teamLeadB: await buildUser(t.db, { organisationId: orgB.id, role: 'team_lead', teamIds: [teamB.id] }),
    adminB: await buildUser(t.db, { organisationId: orgB.id, role: 'admin' }),
  };
  const clients = new Map<WorldUser, Promise<TestClient>>();
  return {
    orgA,
    orgB,
    north,
    south,
    teamB,
    users,
    as(user) {
      let client = clients.get(user);
      if (!client) {
        client = (async () => {
          const c = new TestClient(t.http);
          await c.signIn(users[user].email, TEST_PASSWORD);
          return c;
        })();
        clients.set(user, client);
      }
      return client;
    },
    anonymous: () => new TestClient(t.http).init(),
  };
}
