import type { Actor } from '@naast/api-core';
import {
  allowedStatusTargets,
  canAmendVisit,
  canEditCase,
  canReadCase,
  canRecordVisit,
  caseReadPredicate,
  casePermissions,
  type CaseAccessFacts,
} from './case-access';

const TEAM_A = 'team-a';
const TEAM_B = 'team-b';

function actor(role: Actor['role'], userId = 'me', teamIds: string[] = [TEAM_A]): Actor {
  return { userId, organisationId: 'org-1', role, displayName: 'Test', teamIds, requestId: 'req-1', ip: null };
}

function facts(overrides: Partial<CaseAccessFacts> = {}): CaseAccessFacts {
  return { teamId: TEAM_A, leadSupporterId: 'lead', volunteerIds: [], status: 'actief', ...overrides };
}

describe('case access', () => {
  describe(canReadCase.name, () => {
    it('shows a volunteer only the cases they are linked to', () => {
      expect(canReadCase(actor('volunteer'), facts({ volunteerIds: ['me'] }))).toBe(true);
      expect(canReadCase(actor('volunteer'), facts())).toBe(false);
    });

    it('shows a supporter the cases they lead and their teams’ cases', () => {
      expect(canReadCase(actor('supporter'), facts())).toBe(true);
      expect(canReadCase(actor('supporter'), facts({ teamId: TEAM_B, leadSupporterId: 'me' }))).toBe(true);
      expect(canReadCase(actor('supporter'), facts({ teamId: TEAM_B }))).toBe(false);
    });

    it('shows a team lead their teams’ cases and not another team’s', () => {
      expect(canReadCase(actor('team_lead'), facts())).toBe(true);
      expect(canReadCase(actor('team_lead'), facts({ teamId: TEAM_B }))).toBe(false);
    });

    it('never shows an admin a case', () => {
      expect(canReadCase(actor('admin'), facts({ leadSupporterId: 'me', volunteerIds: ['me'] }))).toBe(false);
    });
  });

  describe(canEditCase.name, () => {
    it('lets a supporter edit only the cases they lead, not the rest of their team’s', () => {
      expect(canEditCase(actor('supporter'), facts({ leadSupporterId: 'me' }))).toBe(true);
      expect(canEditCase(actor('supporter'), facts())).toBe(false);
    });

    it('lets a team lead edit every case of their teams', () => {
      expect(canEditCase(actor('team_lead'), facts())).toBe(true);
      expect(canEditCase(actor('team_lead'), facts({ teamId: TEAM_B }))).toBe(false);
    });

    it('never lets a volunteer edit, even a linked case', () => {
      expect(canEditCase(actor('volunteer'), facts({ volunteerIds: ['me'] }))).toBe(false);
    });
  });

  describe(allowedStatusTargets.name, () => {
    it('offers a lead supporter the next step and closing, but not reopening', () => {
      expect(allowedStatusTargets(actor('supporter'), facts({ leadSupporterId: 'me', status: 'aangemeld' }))).toEqual([
        'intake',
        'afgesloten',
      ]);
      expect(allowedStatusTargets(actor('supporter'), facts({ leadSupporterId: 'me', status: 'afgesloten' }))).toEqual(
        [],
      );
    });

    it('offers a team lead reopening a closed case of their team', () => {
      expect(allowedStatusTargets(actor('team_lead'), facts({ status: 'afgesloten' }))).toEqual(['actief']);
    });

    it('offers nothing to whoever may not edit the case', () => {
      expect(allowedStatusTargets(actor('supporter'), facts({ status: 'intake' }))).toEqual([]);
      expect(allowedStatusTargets(actor('volunteer'), facts({ volunteerIds: ['me'] }))).toEqual([]);
    });
  });

  describe(canRecordVisit.name, () => {
    it('lets the lead supporter, a linked volunteer and a team lead of the team record a visit', () => {
      expect(canRecordVisit(actor('supporter'), facts({ leadSupporterId: 'me' }))).toBe(true);
      expect(canRecordVisit(actor('volunteer'), facts({ volunteerIds: ['me'] }))).toBe(true);
      expect(canRecordVisit(actor('team_lead'), facts())).toBe(true);
    });

    it('does not let another supporter of the team record a visit', () => {
      expect(canRecordVisit(actor('supporter'), facts())).toBe(false);
    });

    it('takes no visits on a closed case', () => {
      expect(canRecordVisit(actor('supporter'), facts({ leadSupporterId: 'me', status: 'afgesloten' }))).toBe(false);
    });
  });

  describe(canAmendVisit.name, () => {
    it('lets the author amend their own visit while they still see the case', () => {
      expect(canAmendVisit(actor('volunteer'), facts({ volunteerIds: ['me'] }), 'me')).toBe(true);
      expect(canAmendVisit(actor('volunteer'), facts(), 'me')).toBe(false);
    });

    it('lets the lead supporter and a team lead amend someone else’s visit, not a volunteer or a team supporter', () => {
      expect(canAmendVisit(actor('supporter'), facts({ leadSupporterId: 'me' }), 'other')).toBe(true);
      expect(canAmendVisit(actor('team_lead'), facts(), 'other')).toBe(true);
      expect(canAmendVisit(actor('supporter'), facts(), 'other')).toBe(false);
      expect(canAmendVisit(actor('volunteer'), facts({ volunteerIds: ['me'] }), 'other')).toBe(false);
    });
  });

  describe(casePermissions.name, () => {
    it('tells a team-member supporter they may only read', () => {
      expect(casePermissions(actor('supporter'), facts())).toEqual({
        edit: false,
        changeStatusTo: [],
        recordVisit: false,
      });
    });
  });

  describe(caseReadPredicate.name, () => {
    it('limits a volunteer to linked cases of their organisation', () => {
      const predicate = caseReadPredicate(actor('volunteer'), 'k');
      expect(predicate.sql).toContain('k.organisation_id = :accessOrganisationId');
      expect(predicate.sql).toContain('cv.user_id = :accessUserId');
    });

    it('limits a supporter or team lead to cases they lead or of their teams', () => {
      const predicate = caseReadPredicate(actor('supporter', 'me', [TEAM_A, TEAM_B]), 'k');
      expect(predicate.sql).toContain('k.lead_supporter_id = :accessUserId OR k.team_id = ANY(:accessTeamIds)');
      expect(predicate.params).toEqual({
        accessOrganisationId: 'org-1',
        accessUserId: 'me',
        accessTeamIds: [TEAM_A, TEAM_B],
      });
    });

    it('matches nothing for an admin', () => {
      expect(caseReadPredicate(actor('admin'), 'k').sql).toBe('FALSE');
    });
  });
});
