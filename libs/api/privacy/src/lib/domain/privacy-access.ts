import type { Actor } from '@naast/api-core';

type Subject = Pick<Actor, 'userId' | 'role' | 'teamIds'>;

/** What decides who may see a client's access log or export their file. */
export interface ClientPrivacyFacts {
  teamId: string;
  /** Lead supporters of the client's cases. */
  caseLeadIds: readonly string[];
}

/**
 * The client's view of the access log (NEN 7513 ch. 9) is handed over by a team lead of the client's
 * team or by the supporter who leads one of the client's cases; nobody else needs it.
 */
export function canViewClientAccess(actor: Subject, facts: ClientPrivacyFacts): boolean {
  switch (actor.role) {
    case 'team_lead':
      return actor.teamIds.includes(facts.teamId);
    case 'supporter':
      return facts.caseLeadIds.includes(actor.userId);
    case 'volunteer':
    case 'admin':
      return false;
  }
}

/** The inzage export holds the whole file: only a team lead of the client's team makes it. */
export function canExportInzage(actor: Subject, facts: ClientPrivacyFacts): boolean {
  return actor.role === 'team_lead' && actor.teamIds.includes(facts.teamId);
}

/**
 * Access-log search: a team lead sees the rows about clients of their teams and the rows of their
 * teams' members; an administrator the whole organisation's rows, but never a client's name.
 */
export function searchScope(actor: Subject): 'teams' | 'organisation' | 'none' {
  switch (actor.role) {
    case 'team_lead':
      return 'teams';
    case 'admin':
      return 'organisation';
    case 'supporter':
    case 'volunteer':
      return 'none';
  }
}
