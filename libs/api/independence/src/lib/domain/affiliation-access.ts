import type { Actor } from '@naast/api-core';

/**
 * Who sees and changes a person's declared affiliations: the person themselves, a team lead for the
 * members of their teams, an administrator for everyone in the organisation. Affiliations are staff
 * data, not client content, so an administrator may manage them.
 */
export function canManageAffiliationsOf(
  actor: Pick<Actor, 'userId' | 'role' | 'teamIds'>,
  person: { userId: string; teamIds: readonly string[] },
): boolean {
  if (person.userId === actor.userId) return true;
  switch (actor.role) {
    case 'admin':
      return true;
    case 'team_lead':
      return person.teamIds.some((teamId) => actor.teamIds.includes(teamId));
    case 'supporter':
    case 'volunteer':
      return false;
  }
}
