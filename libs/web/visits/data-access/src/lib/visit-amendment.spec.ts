import type { VisitView } from '@naast/contracts';
import { buildVisitAmendment } from './visit-amendment';

function buildVisitView(overrides: Partial<VisitView> = {}): VisitView {
  return {
    id: 'v-1',
    caseId: 'c-1',
    occurredAt: '2026-02-03T09:30:00.000Z',
    minutes: 45,
    mode: 'home_visit',
    domains: ['wonen', 'inkomen'],
    summary: 'Brief van de woningcorporatie doorgenomen.',
    nextSteps: null,
    author: { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' },
    createdAt: '2026-02-03T11:00:00.000Z',
    amendments: [],
    acknowledgement: null,
    permissions: { amend: true, acknowledge: false },
    version: 2,
    ...overrides,
  };
}

describe('buildVisitAmendment', () => {
  const visit = buildVisitView();
  const unchanged = {
    occurredAt: visit.occurredAt,
    minutes: visit.minutes,
    mode: visit.mode,
    domains: visit.domains,
    summary: visit.summary,
    nextSteps: visit.nextSteps,
  };

  it('carries only the changed fields, the reason and the version', () => {
    expect(
      buildVisitAmendment(
        visit,
        { ...unchanged, minutes: 60, summary: 'Brief en betalingsregeling besproken.' },
        '  Tijd verkeerd ingevuld. ',
      ),
    ).toEqual({
      minutes: 60,
      summary: 'Brief en betalingsregeling besproken.',
      reason: 'Tijd verkeerd ingevuld.',
      version: 2,
    });
  });

  it('sees no change when only the order of domains or the notation of the time differs', () => {
    expect(
      buildVisitAmendment(
        visit,
        { ...unchanged, domains: ['inkomen', 'wonen'], occurredAt: '2026-02-03T10:30:00+01:00', nextSteps: '' },
        'x',
      ),
    ).toBeNull();
  });
});
