import { UserEntity } from './user.entity';
import type { UserRef } from '@naast/contracts';
import type { EntityManager } from 'typeorm';

/** Colleagues of one organisation as shown next to records (name and role, no contact details). */
export async function findUserRefs(
  manager: EntityManager,
  organisationId: string,
  ids: readonly string[],
): Promise<Map<string, UserRef>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await manager
    .createQueryBuilder(UserEntity, 'u')
    .select(['u.id', 'u.displayName', 'u.role'])
    .where('u.organisationId = :organisationId AND u.id = ANY(:ids)', { organisationId, ids: unique })
    .getMany();
  return new Map(users.map((u) => [u.id, { id: u.id, displayName: u.displayName, role: u.role }]));
}
