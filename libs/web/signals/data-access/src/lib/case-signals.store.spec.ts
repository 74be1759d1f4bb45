import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { SignalView } from '@naast/contracts';
import { CaseSignalsStore } from './case-signals.store';

const signal = (overrides: Partial<SignalView> = {}): SignalView => ({
  id: 's-1',
  caseId: 'c-1',
  category: 'digital',
  description: 'Alleen online aan te vragen.',
  occurredOn: '2026-11-20',
  involvedParty: null,
  recordedBy: { id: 'u-1', displayName: 'Sanne de Vries', role: 'supporter' },
  recordedAt: '2026-11-20T10:00:00.000Z',
  version: 1,
  followUps: [],
  permissions: { edit: true },
  ...overrides,
});

describe(CaseSignalsStore.name, () => {
  let store: CaseSignalsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [CaseSignalsStore, provideHttpClient(), provideHttpClientTesting()],
    });
    store = TestBed.inject(CaseSignalsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the signals of a case and puts a new one first', async () => {
    const loading = store.load('c-1');
    http.expectOne('/api/cases/c-1/signals').flush([signal()]);
    await loading;
    const creating = store.create('c-1', { category: 'language', description: 'Geen tolk.', occurredOn: '2026-11-21' });
    http
      .expectOne({ method: 'POST', url: '/api/cases/c-1/signals' })
      .flush(signal({ id: 's-2', category: 'language' }));
    expect((await creating).ok).toBe(true);
    expect(store.signals()?.map((s) => s.id)).toEqual(['s-2', 's-1']);
  });

  it('shows the signal as it is now when a follow-up was based on an older version', async () => {
    const loading = store.load('c-1');
    http.expectOne('/api/cases/c-1/signals').flush([signal()]);
    await loading;
    const adding = store.addFollowUp('s-1', { version: 1, kind: 'gemeente', doneOn: '2026-11-22' });
    http.expectOne({ method: 'POST', url: '/api/signals/s-1/follow-ups' }).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Iemand anders…',
        current: signal({ version: 2, category: 'other' }),
      },
      { status: 409, statusText: 'Conflict' },
    );
    const outcome = await adding;
    expect(outcome.ok).toBe(false);
    expect(store.signals()?.[0]).toMatchObject({ version: 2, category: 'other' });
  });
});
