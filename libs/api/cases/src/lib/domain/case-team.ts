import type { CaseSubject } from './case-access';

export type CaseTeamChoice =
  | { ok: true; teamId: string }
  | { ok: false; reason: 'only_team_lead_chooses' | 'not_own_team' | 'no_team' };

/**
 * The team a new case belongs to: the client's team when the creator is a member of it, else the
 * creator's first team. A team lead may instead choose any of their own teams.
 */
export function chooseCaseTeam(
  actor: CaseSubject,
  clientTeamId: string,
  requestedTeamId: string | undefined,
): CaseTeamChoice {
  if (requestedTeamId !== undefined) {
    if (actor.role !== 'team_lead') return { ok: false, reason: 'only_team_lead_chooses' };
    if (!actor.teamIds.includes(requestedTeamId)) return { ok: false, reason: 'not_own_team' };
    return { ok: true, teamId: requestedTeamId };
  }
  if (actor.teamIds.includes(clientTeamId)) return { ok: true, teamId: clientTeamId };
  const first = actor.teamIds[0];
  return first ? { ok: true, teamId: first } : { ok: false, reason: 'no_team' };
}
