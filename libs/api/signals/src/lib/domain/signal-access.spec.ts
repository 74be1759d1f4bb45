import type { CaseAccessFacts, CaseSubject } from '@naast/api-cases';
import { canEditSignal, canReadSignal, canRecordSignal } from './signal-access';

const facts: CaseAccessFacts = {
  teamId: 'team-north',
  leadSupporterId: 'lead',
  volunteerIds: ['volunteer'],
  status: 'actief',
};
const actor = (userId: string, role: CaseSubject['role'], teamIds: string[] = ['team-north']): CaseSubject => ({
  userId,
  organisationId: 'org',
  role,
  teamIds,
});

describe('signal access', () => {
  it('lets the lead supporter, a team lead of the team and a linked volunteer record a signal', () => {
    expect(canRecordSignal(actor('lead', 'supporter'), facts)).toBe(true);
    expect(canRecordSignal(actor('boss', 'team_lead'), facts)).toBe(true);
    expect(canRecordSignal(actor('volunteer', 'volunteer', []), facts)).toBe(true);
  });

  it('refuses another supporter of the team, an unlinked volunteer and an administrator', () => {
    expect(canRecordSignal(actor('colleague', 'supporter'), facts)).toBe(false);
    expect(canRecordSignal(actor('other-volunteer', 'volunteer', []), facts)).toBe(false);
    expect(canRecordSignal(actor('admin', 'admin'), facts)).toBe(false);
  });

  it('accepts a signal on a closed case', () => {
    expect(canRecordSignal(actor('lead', 'supporter'), { ...facts, status: 'afgesloten' })).toBe(true);
  });

  it('shows a volunteer only the signals they recorded', () => {
    expect(canReadSignal(actor('volunteer', 'volunteer', []), facts, 'volunteer')).toBe(true);
    expect(canReadSignal(actor('volunteer', 'volunteer', []), facts, 'lead')).toBe(false);
    expect(canReadSignal(actor('colleague', 'supporter'), facts, 'lead')).toBe(true);
  });

  it('lets the author, the lead supporter and a team lead change a signal, not a colleague', () => {
    expect(canEditSignal(actor('volunteer', 'volunteer', []), facts, 'volunteer')).toBe(true);
    expect(canEditSignal(actor('lead', 'supporter'), facts, 'volunteer')).toBe(true);
    expect(canEditSignal(actor('boss', 'team_lead'), facts, 'volunteer')).toBe(true);
    expect(canEditSignal(actor('colleague', 'supporter'), facts, 'lead')).toBe(false);
    expect(canEditSignal(actor('volunteer', 'volunteer', []), facts, 'lead')).toBe(false);
  });
});
