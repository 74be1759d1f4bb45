import type { CaseSubject } from '@naast/api-cases';
import type { CaseAccessFacts } from '@naast/api-cases';
import type { Role } from '@naast/contracts';

/**
 * A volunteer's report is acknowledged once, by the case's lead supporter or a team lead of the
 * case's team; a professional's own visit needs no acknowledgement.
 */
export function canAcknowledgeVisit(
  actor: CaseSubject,
  facts: CaseAccessFacts,
  authorRole: Role,
  alreadyAcknowledged: boolean,
): boolean {
  if (authorRole !== 'volunteer' || alreadyAcknowledged) return false;
  if (actor.role === 'supporter') return facts.leadSupporterId === actor.userId;
  if (actor.role === 'team_lead') return facts.leadSupporterId === actor.userId || actor.teamIds.includes(facts.teamId);
  return false;
}
