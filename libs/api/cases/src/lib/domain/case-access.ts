import type { Actor } from '@naast/api-core';
import { CASE_STATUS_TRANSITIONS, type CaseStatus, type CaseView } from '@naast/contracts';

/** What decides who may do what on a case. */
export interface CaseAccessFacts {
  teamId: string;
  leadSupporterId: string;
  volunteerIds: readonly string[];
  status: CaseStatus;
}

export type CaseSubject = Pick<Actor, 'userId' | 'organisationId' | 'role' | 'teamIds'>;

/** A WHERE fragment with its named parameters, for a TypeORM query builder. */
export interface SqlPredicate {
  sql: string;
  params: Record<string, unknown>;
}

const leads = (actor: CaseSubject, facts: CaseAccessFacts) => facts.leadSupporterId === actor.userId;
const ofMyTeams = (actor: CaseSubject, facts: CaseAccessFacts) => actor.teamIds.includes(facts.teamId);

/**
 * Need to know: a volunteer reads the cases they are linked to; a supporter the cases they lead
 * and, read-only, their teams' cases; a team lead their teams' cases. An admin reads none.
 */
export function canReadCase(actor: CaseSubject, facts: CaseAccessFacts): boolean {
  switch (actor.role) {
    case 'volunteer':
      return facts.volunteerIds.includes(actor.userId);
    case 'supporter':
    case 'team_lead':
      return leads(actor, facts) || ofMyTeams(actor, facts);
    case 'admin':
      return false;
  }
}

/** `canReadCase` as SQL over a `cases` alias; the two must always agree. */
export function caseReadPredicate(actor: CaseSubject, alias: string): SqlPredicate {
  const params = {
    accessOrganisationId: actor.organisationId,
    accessUserId: actor.userId,
    accessTeamIds: actor.teamIds,
  };
  switch (actor.role) {
    case 'volunteer':
      return {
        sql: `${alias}.organisation_id = :accessOrganisationId AND EXISTS (SELECT 1 FROM case_volunteers cv
          WHERE cv.case_id = ${alias}.id AND cv.organisation_id = ${alias}.organisation_id AND cv.user_id = :accessUserId)`,
        params,
      };
    case 'supporter':
    case 'team_lead':
      return {
        sql: `${alias}.organisation_id = :accessOrganisationId AND (${alias}.lead_supporter_id = :accessUserId OR ${alias}.team_id = ANY(:accessTeamIds))`,
        params,
      };
    case 'admin':
      return { sql: 'FALSE', params: {} };
  }
}

/** A supporter edits the cases they lead; a team lead every case of their teams. Volunteers never edit. */
export function canEditCase(actor: CaseSubject, facts: CaseAccessFacts): boolean {
  switch (actor.role) {
    case 'supporter':
      return leads(actor, facts);
    case 'team_lead':
      return leads(actor, facts) || ofMyTeams(actor, facts);
    case 'volunteer':
    case 'admin':
      return false;
  }
}

/** The statuses this actor may move the case to now, from the contract's transition table. */
export function allowedStatusTargets(actor: CaseSubject, facts: CaseAccessFacts): CaseStatus[] {
  if (!canEditCase(actor, facts)) return [];
  return CASE_STATUS_TRANSITIONS.filter((t) => t.from === facts.status && t.roles.includes(actor.role)).map(
    (t) => t.to,
  );
}

/**
 * Who records visits: the lead supporter, the linked volunteers and the team leads of the case's
 * team. Other supporters of the team read the case but do not write in it. A closed case takes no
 * new visits until a team lead reopens it.
 */
export function canRecordVisit(actor: CaseSubject, facts: CaseAccessFacts): boolean {
  if (facts.status === 'afgesloten') return false;
  switch (actor.role) {
    case 'volunteer':
      return facts.volunteerIds.includes(actor.userId);
    case 'supporter':
      return leads(actor, facts);
    case 'team_lead':
      return leads(actor, facts) || ofMyTeams(actor, facts);
    case 'admin':
      return false;
  }
}

/** A visit is corrected by its author (while they still see the case), the lead supporter or a team lead of the team. */
export function canAmendVisit(actor: CaseSubject, facts: CaseAccessFacts, visitAuthorId: string): boolean {
  if (!canReadCase(actor, facts)) return false;
  if (visitAuthorId === actor.userId) return true;
  switch (actor.role) {
    case 'supporter':
      return leads(actor, facts);
    case 'team_lead':
      return leads(actor, facts) || ofMyTeams(actor, facts);
    case 'volunteer':
    case 'admin':
      return false;
  }
}

/** `CaseView.permissions`, from the same rules the server enforces. */
export function casePermissions(actor: CaseSubject, facts: CaseAccessFacts): CaseView['permissions'] {
  return {
    edit: canEditCase(actor, facts),
    changeStatusTo: allowedStatusTargets(actor, facts),
    recordVisit: canRecordVisit(actor, facts),
  };
}
