import { canManageAffiliationsOf } from './affiliation-access';

const person = { userId: 'u-1', teamIds: ['north'] };

describe(canManageAffiliationsOf.name, () => {
  it('lets everyone manage their own declaration', () => {
    expect(canManageAffiliationsOf({ userId: 'u-1', role: 'volunteer', teamIds: [] }, person)).toBe(true);
  });

  it('lets a team lead manage the members of their teams only', () => {
    expect(canManageAffiliationsOf({ userId: 'tl', role: 'team_lead', teamIds: ['north'] }, person)).toBe(true);
    expect(canManageAffiliationsOf({ userId: 'tl', role: 'team_lead', teamIds: ['south'] }, person)).toBe(false);
  });

  it('refuses a supporter another person’s declaration', () => {
    expect(canManageAffiliationsOf({ userId: 's', role: 'supporter', teamIds: ['north'] }, person)).toBe(false);
  });

  it('lets an administrator manage everyone of the organisation', () => {
    expect(canManageAffiliationsOf({ userId: 'a', role: 'admin', teamIds: [] }, person)).toBe(true);
  });
});
