import type { Role } from '@naast/contracts';
import { canCompleteAction, planPermissions } from './plan-access';

const facts = { teamId: 'north', leadSupporterId: 'lead', volunteerIds: ['henk'], status: 'actief' as const };
const actor = (userId: string, role: Role, teamIds: string[] = []) => ({ userId, role, teamIds, organisationId: 'o' });
const henksAction = { ownerKind: 'volunteer' as const, ownerUserId: 'henk' };

describe('plan access', () => {
  it('lets the lead supporter and the team lead edit, and nobody else', () => {
    expect(planPermissions(actor('lead', 'supporter'), facts).edit).toBe(true);
    expect(planPermissions(actor('tl', 'team_lead', ['north']), facts).edit).toBe(true);
    expect(planPermissions(actor('colleague', 'supporter', ['north']), facts).edit).toBe(false);
    expect(planPermissions(actor('henk', 'volunteer', ['north']), facts).edit).toBe(false);
  });

  it('lets a linked volunteer tick off their own action only', () => {
    expect(canCompleteAction(actor('henk', 'volunteer'), facts, henksAction)).toBe(true);
    expect(canCompleteAction(actor('henk', 'volunteer'), facts, { ownerKind: 'client', ownerUserId: null })).toBe(
      false,
    );
    expect(canCompleteAction(actor('henk', 'volunteer'), { ...facts, volunteerIds: [] }, henksAction)).toBe(false);
    expect(canCompleteAction(actor('fatma', 'volunteer'), facts, henksAction)).toBe(false);
  });

  it('lets the plan’s editors tick off any action', () => {
    expect(canCompleteAction(actor('lead', 'supporter'), facts, henksAction)).toBe(true);
  });
});
