import type { Actor } from '@naast/api-core';

/** What decides who may see or change a client: its team, who registered it, and its cases. */
export interface ClientAccessFacts {
  teamId: string;
  createdById: string;
  cases: readonly { teamId: string; leadSupporterId: string }[];
}

/** A WHERE fragment with its named parameters, for a TypeORM query builder. */
export interface SqlPredicate {
  sql: string;
  params: Record<string, unknown>;
}

type Subject = Pick<Actor, 'userId' | 'organisationId' | 'role' | 'teamIds'>;

/**
 * The case read scope of a supporter or team lead (cases they lead or of their teams).
 * The cases lib owns the case rules; clients cannot import it, so the SQL below mirrors
 * `caseReadPredicate` for these two roles and the integration tests hold both to the same answers.
 */
function visibleCaseExists(alias: string): string {
  return `EXISTS (SELECT 1 FROM cases ca WHERE ca.client_id = ${alias}.id AND ca.organisation_id = ${alias}.organisation_id
    AND (ca.lead_supporter_id = :accessUserId OR ca.team_id = ANY(:accessTeamIds)))`;
}

/**
 * Clients the actor may read: a supporter or team lead sees the clients of their teams and the
 * clients with a case visible to them. Volunteers and admins read no client records.
 */
export function clientReadPredicate(actor: Subject, alias: string): SqlPredicate {
  const params = {
    accessOrganisationId: actor.organisationId,
    accessUserId: actor.userId,
    accessTeamIds: actor.teamIds,
  };
  switch (actor.role) {
    case 'supporter':
    case 'team_lead':
      return {
        sql: `${alias}.organisation_id = :accessOrganisationId AND (${alias}.team_id = ANY(:accessTeamIds) OR ${visibleCaseExists(alias)})`,
        params,
      };
    case 'volunteer':
    case 'admin':
      return { sql: 'FALSE', params: {} };
  }
}

/** The pure form of `clientReadPredicate`, for one client whose facts are loaded. */
export function canReadClient(actor: Subject, facts: ClientAccessFacts): boolean {
  switch (actor.role) {
    case 'supporter':
    case 'team_lead':
      return (
        actor.teamIds.includes(facts.teamId) ||
        facts.cases.some((c) => c.leadSupporterId === actor.userId || actor.teamIds.includes(c.teamId))
      );
    case 'volunteer':
    case 'admin':
      return false;
  }
}

/**
 * A supporter changes the clients they registered or of whom they lead a case; a team lead every
 * client they can read (their teams' clients and clients with a case of their teams).
 */
export function canUpdateClient(actor: Subject, facts: ClientAccessFacts): boolean {
  switch (actor.role) {
    case 'supporter':
      return facts.createdById === actor.userId || facts.cases.some((c) => c.leadSupporterId === actor.userId);
    case 'team_lead':
      return canReadClient(actor, facts);
    case 'volunteer':
    case 'admin':
      return false;
  }
}

/** New clients are registered in one of the actor's own teams. */
export function canCreateClientInTeam(actor: Subject, teamId: string): boolean {
  return (actor.role === 'supporter' || actor.role === 'team_lead') && actor.teamIds.includes(teamId);
}
