import type { Actor } from '@naast/api-core';
import { chooseCaseTeam } from './case-team';

function actor(role: Actor['role'], teamIds: string[]): Actor {
  return { userId: 'me', organisationId: 'org-1', role, displayName: 'Test', teamIds, requestId: 'req-1', ip: null };
}

describe(chooseCaseTeam.name, () => {
  it('puts the case in the client’s team when the creator is a member of it', () => {
    expect(chooseCaseTeam(actor('supporter', ['a', 'b']), 'b', undefined)).toEqual({ ok: true, teamId: 'b' });
  });

  it('falls back to the creator’s first team for a client of another team', () => {
    expect(chooseCaseTeam(actor('supporter', ['a', 'b']), 'c', undefined)).toEqual({ ok: true, teamId: 'a' });
  });

  it('lets a team lead choose any of their own teams, and only those', () => {
    expect(chooseCaseTeam(actor('team_lead', ['a', 'b']), 'a', 'b')).toEqual({ ok: true, teamId: 'b' });
    expect(chooseCaseTeam(actor('team_lead', ['a']), 'a', 'z')).toEqual({ ok: false, reason: 'not_own_team' });
  });

  it('does not let a supporter choose the team', () => {
    expect(chooseCaseTeam(actor('supporter', ['a']), 'a', 'a')).toEqual({
      ok: false,
      reason: 'only_team_lead_chooses',
    });
  });

  it('refuses a creator without a team', () => {
    expect(chooseCaseTeam(actor('supporter', []), 'a', undefined)).toEqual({ ok: false, reason: 'no_team' });
  });
});
