import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ClientView } from '@naast/contracts';
import { ClientDetailStore } from './client-detail.store';

function buildClientView(overrides: Partial<ClientView> = {}): ClientView {
  return {
    id: 'cl-1',
    displayName: 'Fatima el Amrani',
    dateOfBirth: '1980-05-01',
    municipality: { code: 'GM0344', name: 'Utrecht' },
    teamId: 't-1',
    givenName: 'Fatima',
    familyNamePrefix: 'el',
    familyName: 'Amrani',
    phone: null,
    email: null,
    address: null,
    preferredLanguage: 'ar',
    interpreterNeeded: true,
    accessibilityNeeds: [],
    representatives: [],
    processingConsent: null,
    createdAt: '2026-01-10T09:00:00Z',
    updatedAt: '2026-01-10T09:00:00Z',
    permissions: { edit: true },
    version: 3,
    ...overrides,
  };
}

describe(ClientDetailStore.name, () => {
  let store: ClientDetailStore;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [ClientDetailStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(ClientDetailStore);
    http = TestBed.inject(HttpTestingController);
    const loading = store.load('cl-1');
    http.expectOne('/api/clients/cl-1').flush(buildClientView());
    await loading;
  });

  afterEach(() => http.verify());

  it('sends a change with the version the edit started from', async () => {
    const updating = store.update({ phone: '030 123 4567' }, 2);
    const request = http.expectOne('/api/clients/cl-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ phone: '030 123 4567', version: 2 });
    request.flush(buildClientView({ phone: '030 123 4567', version: 4 }));

    expect((await updating).ok).toBe(true);
    expect(store.client()?.version).toBe(4);
  });

  it('takes the saved client from a 409 and reports the conflict', async () => {
    const updating = store.update({ phone: '030 123 4567' }, 3);
    const current = buildClientView({ phone: '06 1234 5678', version: 5 });
    http
      .expectOne('/api/clients/cl-1')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Gewijzigd.', current },
        { status: 409, statusText: 'Conflict' },
      );

    const outcome = await updating;
    expect(!outcome.ok && outcome.error.statusCode).toBe(409);
    expect(store.client()).toEqual(current);
  });
});
