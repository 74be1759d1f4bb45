import type { LoggerService } from '@nestjs/common';
import { type AppConfig, hashPassword } from '@naast/api-core';
import type { DataSource, EntityManager } from 'typeorm';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './demo-accounts';
import { seedDemoCaseload } from './demo-caseload';
import { seedDemoConsent } from './demo-consent';
import { seedDemoIndependence } from './demo-independence';
import { seedDemoPlans } from './demo-plans';
import { seedDemoProcedures } from './demo-procedures';
import { seedDemoSecondFactor } from './demo-second-factor';
import { seedDemoSignals } from './demo-signals';
import { seedDemoWorkspaces } from './demo-workspaces';

/** Ids of what the identity part created, for the caseload part to build on. */
export interface DemoIdentity {
  organisations: {
    key: string;
    id: string;
    teams: Record<string, string>;
    users: { id: string; email: string; role: string; teamIds: string[] }[];
  }[];
}

export function shouldLoadDemoData(config: AppConfig): boolean {
  if (config.demoData === 'never') return false;
  if (config.demoData === 'always') return true;
  return config.nodeEnv !== 'production';
}

async function seedIdentity(manager: EntityManager): Promise<DemoIdentity> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const identity: DemoIdentity = { organisations: [] };
  for (const org of DEMO_ORGANISATIONS) {
    const [{ id: organisationId }] = (await manager.query(
      'INSERT INTO organisations (name, phone, email) VALUES ($1, $2, $3) RETURNING id',
      [org.name, org.phone, org.email],
    )) as { id: string }[];
    const teams: Record<string, string> = {};
    for (const team of org.teams) {
      const [{ id }] = (await manager.query('INSERT INTO teams (organisation_id, name) VALUES ($1, $2) RETURNING id', [
        organisationId,
        team,
      ])) as { id: string }[];
      teams[team] = id;
    }
    const users: DemoIdentity['organisations'][number]['users'] = [];
    for (const account of org.accounts) {
      const [{ id }] = (await manager.query(
        'INSERT INTO users (organisation_id, email, display_name, role, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [organisationId, account.email, account.displayName, account.role, passwordHash],
      )) as { id: string }[];
      const teamIds = account.teams.map((t) => teams[t]).filter((t): t is string => !!t);
      for (const teamId of teamIds) {
        await manager.query('INSERT INTO team_memberships (team_id, user_id, organisation_id) VALUES ($1, $2, $3)', [
          teamId,
          id,
          organisationId,
        ]);
      }
      users.push({ id, email: account.email, role: account.role, teamIds });
    }
    identity.organisations.push({ key: org.key, id: organisationId, teams, users });
  }
  return identity;
}

/**
 * On first start against an empty database (no organisations), loads two demo organisations with
 * their accounts and caseload, in one transaction. Never in production unless DEMO_DATA=always.
 */
export async function loadDemoDataIfEmpty(
  dataSource: DataSource,
  config: AppConfig,
  logger: LoggerService,
): Promise<boolean> {
  if (!shouldLoadDemoData(config)) return false;
  const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM organisations')) as {
    count: number;
  }[];
  if (count > 0) return false;
  const startedAt = Date.now();
  const counts = await dataSource.transaction(async (manager) => {
    const caseload = await seedDemoCaseload(manager, await seedIdentity(manager));
    return {
      ...caseload,
      ...(await seedDemoPlans(manager)),
      ...(await seedDemoIndependence(manager)),
      ...(await seedDemoSignals(manager)),
      ...(await seedDemoWorkspaces(manager)),
      ...(await seedDemoProcedures(manager)),
      ...(await seedDemoConsent(manager)),
      ...(await seedDemoSecondFactor(manager, config)),
    };
  });
  logger.log(
    `Demo data loaded: ${counts.clients} clients, ${counts.cases} cases, ${counts.visits} visits, ${counts.plans} plans in ${Date.now() - startedAt} ms`,
  );
  return true;
}
