import type { Actor } from '@naast/api-core';
import {
  canCreateClientInTeam,
  canReadClient,
  canUpdateClient,
  clientReadPredicate,
  type ClientAccessFacts,
} from './client-access';

const TEAM_A = 'team-a';
const TEAM_B = 'team-b';

function actor(role: Actor['role'], teamIds: string[] = [TEAM_A], userId = 'me'): Actor {
  return { userId, organisationId: 'org-1', role, displayName: 'Test', teamIds, requestId: 'req-1', ip: null };
}

const clientOfTeamA: ClientAccessFacts = { teamId: TEAM_A, createdById: 'someone', cases: [] };
const clientOfTeamB: ClientAccessFacts = { teamId: TEAM_B, createdById: 'someone', cases: [] };

describe('client access', () => {
  describe(canReadClient.name, () => {
    it('lets a supporter read the clients of their teams', () => {
      expect(canReadClient(actor('supporter'), clientOfTeamA)).toBe(true);
      expect(canReadClient(actor('supporter'), clientOfTeamB)).toBe(false);
    });

    it('lets a supporter read a client of another team when they lead one of its cases', () => {
      const facts = { ...clientOfTeamB, cases: [{ teamId: TEAM_B, leadSupporterId: 'me' }] };
      expect(canReadClient(actor('supporter'), facts)).toBe(true);
    });

    it('lets a team lead read a client of another team that has a case in their team', () => {
      const facts = { ...clientOfTeamB, cases: [{ teamId: TEAM_A, leadSupporterId: 'other' }] };
      expect(canReadClient(actor('team_lead'), facts)).toBe(true);
    });

    it('never lets a volunteer or an admin read a client record', () => {
      const facts = { ...clientOfTeamA, createdById: 'me', cases: [{ teamId: TEAM_A, leadSupporterId: 'me' }] };
      expect(canReadClient(actor('volunteer'), facts)).toBe(false);
      expect(canReadClient(actor('admin'), facts)).toBe(false);
    });
  });

  describe(canUpdateClient.name, () => {
    it('lets a supporter change a client they registered or of whom they lead a case, not just any team client', () => {
      expect(canUpdateClient(actor('supporter'), clientOfTeamA)).toBe(false);
      expect(canUpdateClient(actor('supporter'), { ...clientOfTeamA, createdById: 'me' })).toBe(true);
      expect(
        canUpdateClient(actor('supporter'), { ...clientOfTeamB, cases: [{ teamId: TEAM_B, leadSupporterId: 'me' }] }),
      ).toBe(true);
    });

    it('lets a team lead change every client of their teams', () => {
      expect(canUpdateClient(actor('team_lead'), clientOfTeamA)).toBe(true);
      expect(canUpdateClient(actor('team_lead'), clientOfTeamB)).toBe(false);
    });
  });

  describe(canCreateClientInTeam.name, () => {
    it('registers clients only in one of the actor’s own teams', () => {
      expect(canCreateClientInTeam(actor('supporter'), TEAM_A)).toBe(true);
      expect(canCreateClientInTeam(actor('supporter'), TEAM_B)).toBe(false);
      expect(canCreateClientInTeam(actor('volunteer'), TEAM_A)).toBe(false);
    });
  });

  describe(clientReadPredicate.name, () => {
    it('filters on the organisation and the actor’s teams, with parameters rather than inlined values', () => {
      const predicate = clientReadPredicate(actor('supporter', [TEAM_A, TEAM_B]), 'c');
      expect(predicate.sql).toContain('c.organisation_id = :accessOrganisationId');
      expect(predicate.sql).toContain('c.team_id = ANY(:accessTeamIds)');
      expect(predicate.sql).not.toContain(TEAM_A);
      expect(predicate.params).toEqual({
        accessOrganisationId: 'org-1',
        accessUserId: 'me',
        accessTeamIds: [TEAM_A, TEAM_B],
      });
    });

    it('matches nothing for a volunteer or an admin', () => {
      expect(clientReadPredicate(actor('volunteer'), 'c').sql).toBe('FALSE');
      expect(clientReadPredicate(actor('admin'), 'c').sql).toBe('FALSE');
    });
  });
});
