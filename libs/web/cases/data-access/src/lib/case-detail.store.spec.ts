import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CaseView } from '@naast/contracts';
import { CaseDetailStore } from './case-detail.store';

function buildCaseView(overrides: Partial<CaseView> = {}): CaseView {
  return {
    id: 'c-1',
    client: {
      id: 'cl-1',
      displayName: 'Jan Jansen',
      dateOfBirth: null,
      municipality: { code: 'GM0344', name: 'Utrecht' },
      teamId: 't-1',
    },
    question: 'Ik kan de huur niet meer betalen.',
    domains: ['wonen', 'inkomen'],
    status: 'actief',
    registeredOn: '2026-01-10',
    leadSupporter: { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' },
    teamId: 't-1',
    updatedAt: '2026-01-11T10:00:00Z',
    legalFrameworks: ['wmo'],
    commissioningParty: { kind: 'gemeente', name: 'Gemeente Utrecht' },
    referralSource: 'huisarts',
    firstContactOn: '2026-01-12',
    closedOn: null,
    closingReason: null,
    volunteers: [],
    involvedParties: [],
    statusHistory: [],
    permissions: { edit: true, changeStatusTo: ['afgesloten'], recordVisit: true },
    createdAt: '2026-01-10T09:00:00Z',
    version: 4,
    ...overrides,
  };
}

describe(CaseDetailStore.name, () => {
  let store: CaseDetailStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [CaseDetailStore, provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(CaseDetailStore);
    http = TestBed.inject(HttpTestingController);
    const loading = store.load('c-1');
    http.expectOne('/api/cases/c-1').flush(buildCaseView());
    await loading;
  });

  afterEach(() => http.verify());

  it('changes the status based on the version it has', async () => {
    const changing = store.changeStatus('afgesloten', 'Doel bereikt.');
    const request = http.expectOne('/api/cases/c-1/status');
    expect(request.request.body).toEqual({ status: 'afgesloten', reason: 'Doel bereikt.', version: 4 });
    request.flush(buildCaseView({ status: 'afgesloten', version: 5 }));

    const outcome = await changing;
    expect(outcome.ok).toBe(true);
    expect(store.supportCase()?.status).toBe('afgesloten');
  });

  it('takes the server state from a 409 and reports the conflict', async () => {
    const changing = store.changeStatus('afgesloten', 'Doel bereikt.');
    const current = buildCaseView({ status: 'afgesloten', version: 6, closingReason: 'Verhuisd.' });
    http
      .expectOne('/api/cases/c-1/status')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Gewijzigd.', current },
        { status: 409, statusText: 'Conflict' },
      );

    const outcome = await changing;
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.statusCode).toBe(409);
    expect(store.supportCase()).toEqual(current);
  });

  it('sends an edit with the version the edit started from, not the latest', async () => {
    const updating = store.update({ question: 'Nieuwe vraag' }, 2);
    const request = http.expectOne('/api/cases/c-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ question: 'Nieuwe vraag', version: 2 });
    request.flush(buildCaseView({ question: 'Nieuwe vraag', version: 5 }));
    await updating;
  });
});
