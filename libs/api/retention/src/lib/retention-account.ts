import type { Actor } from '@naast/api-core';
import type { EntityManager } from 'typeorm';

/** Who the access log names for anonymisations the retention period triggers: no person asked. */
export const RETENTION_ACCOUNT_NAME = 'Bewaartermijn (automatisch)';

/**
 * The organisation's retention account, created on first use: the access log needs a user for every
 * row. It can never sign in: it is inactive and its password hash is no hash at all.
 */
export async function retentionActor(manager: EntityManager, organisationId: string, runId: string): Promise<Actor> {
  const email = `bewaartermijn+${organisationId}@naast.invalid`;
  await manager.query(
    `INSERT INTO users (organisation_id, email, display_name, role, password_hash, active)
     VALUES ($1, $2, $3, 'admin', '!', false) ON CONFLICT (email) DO NOTHING`,
    [organisationId, email, RETENTION_ACCOUNT_NAME],
  );
  const [user] = (await manager.query(`SELECT id FROM users WHERE email = $1 AND organisation_id = $2`, [
    email,
    organisationId,
  ])) as { id: string }[];
  if (!user) throw new Error(`No retention account for organisation ${organisationId}`);
  return {
    userId: user.id,
    organisationId,
    role: 'admin',
    displayName: RETENTION_ACCOUNT_NAME,
    teamIds: [],
    requestId: runId,
    ip: null,
  };
}
