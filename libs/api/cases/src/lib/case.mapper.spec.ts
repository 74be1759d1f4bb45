import type { Actor } from '@naast/api-core';
import type { CaseEntity } from './case.entity';
import { toCaseView, type CaseAggregate } from './case.mapper';

const supportCase = {
  id: 'k-1',
  organisationId: 'org-1',
  clientId: 'c-1',
  teamId: 'team-a',
  leadSupporterId: 'lead',
  question: 'Hulp bij de aanvraag van huishoudelijke hulp',
  status: 'afgesloten',
  legalFrameworks: ['wmo'],
  commissioningPartyKind: 'gemeente',
  commissioningPartyName: 'Gemeente Utrecht',
  referralSource: 'huisarts',
  registeredOn: '2026-10-01',
  firstContactOn: '2026-10-03',
  closedOn: '2026-11-20',
  closingReason: 'Vraag beantwoord, zorg geregeld bij Thuiszorg Noord',
  createdById: 'lead',
  lastVisitOn: '2026-11-18',
  domainCount: 2,
  domainCodes: ['zorg', 'wonen'],
  createdAt: new Date('2026-10-01T08:00:00Z'),
  updatedAt: new Date('2026-11-20T08:00:00Z'),
  version: 5,
} satisfies CaseEntity;

const aggregate: CaseAggregate = {
  supportCase,
  client: {
    id: 'c-1',
    givenName: 'Jan',
    familyNamePrefix: null,
    familyName: 'Jansen',
    dateOfBirth: '1944-04-04',
    municipalityCode: 'GM0344',
    municipalityName: 'Utrecht',
    teamId: 'team-a',
  },
  leadSupporter: { id: 'lead', displayName: 'Sanne de Boer', role: 'supporter' },
  domains: ['zorg', 'wonen'],
  volunteers: [{ id: 'vol', displayName: 'Kees', role: 'volunteer' }],
  involvedParties: [{ kind: 'zorgaanbieder', name: 'Thuiszorg Noord', contact: '030 123 4567' }],
  statusHistory: [
    {
      from: null,
      to: 'aangemeld',
      reason: null,
      changedBy: { id: 'lead', displayName: 'Sanne de Boer', role: 'supporter' },
      changedAt: '2026-10-01T08:00:00.000Z',
    },
  ],
};

function actor(role: Actor['role'], userId: string, teamIds: string[] = []): Actor {
  return { userId, organisationId: 'org-1', role, displayName: 'Test', teamIds, requestId: 'req-1', ip: null };
}

describe(toCaseView.name, () => {
  it('gives a volunteer what a visit needs, without involved parties, status history, closing reason or date of birth', () => {
    const view = toCaseView(aggregate, actor('volunteer', 'vol'));
    expect(view.involvedParties).toEqual([]);
    expect(view.statusHistory).toEqual([]);
    expect(view.closingReason).toBeNull();
    expect(view.client).toEqual({
      id: 'c-1',
      displayName: 'Jan Jansen',
      dateOfBirth: null,
      municipality: { code: 'GM0344', name: 'Utrecht' },
      teamId: 'team-a',
    });
    expect(view.permissions).toEqual({ edit: false, changeStatusTo: [], recordVisit: false });
  });

  it('gives a team lead the whole case and the right to reopen it', () => {
    const view = toCaseView(aggregate, actor('team_lead', 'tl', ['team-a']));
    expect(view.involvedParties).toEqual([{ kind: 'zorgaanbieder', name: 'Thuiszorg Noord', contact: '030 123 4567' }]);
    expect(view.statusHistory).toHaveLength(1);
    expect(view.closingReason).toContain('Vraag beantwoord');
    expect(view.client.dateOfBirth).toBe('1944-04-04');
    expect(view.permissions.changeStatusTo).toEqual(['actief']);
  });

  it('never copies internal columns into the view', () => {
    const view = toCaseView(aggregate, actor('supporter', 'lead')) as unknown as Record<string, unknown>;
    for (const internal of ['organisationId', 'clientId', 'leadSupporterId', 'createdById', 'commissioningPartyKind']) {
      expect(view).not.toHaveProperty(internal);
    }
    expect(view['commissioningParty']).toEqual({ kind: 'gemeente', name: 'Gemeente Utrecht' });
  });
});
