import { canExportInzage, canViewClientAccess } from './privacy-access';

const north = 'team-north';
const facts = { teamId: north, caseLeadIds: ['supporter-1'] };

describe('privacy access rules', () => {
  it('lets a team lead of the client’s team see the client’s view and export the file', () => {
    const lead = { userId: 'lead', role: 'team_lead' as const, teamIds: [north] };
    expect(canViewClientAccess(lead, facts)).toBe(true);
    expect(canExportInzage(lead, facts)).toBe(true);
  });

  it('refuses a team lead of another team', () => {
    const lead = { userId: 'lead', role: 'team_lead' as const, teamIds: ['team-south'] };
    expect(canViewClientAccess(lead, facts)).toBe(false);
    expect(canExportInzage(lead, facts)).toBe(false);
  });

  it('lets the lead supporter of a case see the client’s view but not export the file', () => {
    const supporter = { userId: 'supporter-1', role: 'supporter' as const, teamIds: [north] };
    expect(canViewClientAccess(supporter, facts)).toBe(true);
    expect(canExportInzage(supporter, facts)).toBe(false);
    expect(canViewClientAccess({ ...supporter, userId: 'supporter-2' }, facts)).toBe(false);
  });

  it('never lets an administrator or a volunteer in', () => {
    for (const role of ['admin', 'volunteer'] as const) {
      const actor = { userId: 'supporter-1', role, teamIds: [north] };
      expect(canViewClientAccess(actor, facts)).toBe(false);
      expect(canExportInzage(actor, facts)).toBe(false);
    }
  });
});
