import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CaseListItem } from '@naast/contracts';
import { CasesStore } from './cases.store';

function buildCaseListItem(id: string): CaseListItem {
  return {
    id,
    client: {
      id: `client-${id}`,
      displayName: `Cliënt ${id}`,
      dateOfBirth: null,
      municipality: { code: 'GM0344', name: 'Utrecht' },
      teamId: 'team-1',
    },
    question: 'Ik wil hulp bij mijn schulden.',
    domains: ['inkomen'],
    status: 'intake',
    registeredOn: '2026-01-10',
    leadSupporter: { id: 'user-1', displayName: 'Anna de Boer', role: 'supporter' },
    teamId: 'team-1',
    updatedAt: '2026-01-11T10:00:00Z',
  };
}

describe(CasesStore.name, () => {
  let store: CasesStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [CasesStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(CasesStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the first page and then appends the next page using the cursor', () => {
    store.load({ mine: true });
    http
      .expectOne((r) => r.url === '/api/cases' && !r.params.has('cursor'))
      .flush({ items: [buildCaseListItem('a')], nextCursor: 'next-1' });

    expect(store.items().map((c) => c.id)).toEqual(['a']);
    expect(store.hasMore()).toBe(true);

    store.loadMore();
    const next = http.expectOne((r) => r.url === '/api/cases' && r.params.get('cursor') === 'next-1');
    expect(next.request.params.get('mine')).toBe('true');
    next.flush({ items: [buildCaseListItem('b')], nextCursor: null });

    expect(store.items().map((c) => c.id)).toEqual(['a', 'b']);
    expect(store.hasMore()).toBe(false);
  });

  it('drops the answer to older filters when newer ones were asked for', () => {
    store.load({ q: 'jan' });
    store.load({ q: 'jansen' });
    const [older, newer] = http.match((r) => r.url === '/api/cases');

    expect(older.cancelled).toBe(true);
    newer.flush({ items: [buildCaseListItem('newer')], nextCursor: null });
    expect(store.items().map((c) => c.id)).toEqual(['newer']);
  });

  it('keeps the error to show and stops loading', () => {
    store.load({});
    http
      .expectOne((r) => r.url === '/api/cases')
      .flush(
        { statusCode: 500, error: 'Internal Server Error', message: 'Oeps' },
        { status: 500, statusText: 'Error' },
      );

    expect(store.loading()).toBe(false);
    expect(store.error()?.statusCode).toBe(500);
  });
});
