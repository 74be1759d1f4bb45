import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CreateVisitRequest, VisitView } from '@naast/contracts';
import { VisitsStore } from './visits.store';

const VISITS_URL = '/api/cases/c-1/visits';

function buildVisitView(id: string, occurredAt: string, overrides: Partial<VisitView> = {}): VisitView {
  return {
    id,
    caseId: 'c-1',
    occurredAt,
    minutes: 30,
    mode: 'phone',
    domains: ['wonen'],
    summary: `Contact ${id}`,
    nextSteps: null,
    author: { id: 'u-1', displayName: 'Sanne de Vries', role: 'supporter' },
    createdAt: occurredAt,
    amendments: [],
    acknowledgement: null,
    permissions: { amend: true, acknowledge: false },
    version: 1,
    ...overrides,
  };
}

const newVisit: CreateVisitRequest = {
  occurredAt: '2026-03-10T09:00:00.000Z',
  minutes: 45,
  mode: 'home_visit',
  domains: [],
  summary: 'Nieuw',
  nextSteps: null,
};

describe(VisitsStore.name, () => {
  let store: VisitsStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [VisitsStore, provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(VisitsStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function loadFirstPage(items: VisitView[], nextCursor: string | null): Promise<void> {
    const loading = store.load('c-1');
    const request = http.expectOne((r) => r.url === VISITS_URL && !r.params.has('cursor'));
    expect(request.request.params.get('limit')).toBe('25');
    request.flush({ items, nextCursor });
    await loading;
  }

  it('loads the first page and appends the next one with its cursor, newest first', async () => {
    await loadFirstPage(
      [buildVisitView('b', '2026-03-05T10:00:00Z'), buildVisitView('a', '2026-03-01T10:00:00Z')],
      'cur-1',
    );
    expect(store.visits().map((v) => v.id)).toEqual(['b', 'a']);
    expect(store.hasMore()).toBe(true);

    const more = store.loadMore();
    http
      .expectOne((r) => r.url === VISITS_URL && r.params.get('cursor') === 'cur-1')
      .flush({ items: [buildVisitView('z', '2026-02-01T10:00:00Z')], nextCursor: null });
    await more;

    expect(store.visits().map((v) => v.id)).toEqual(['b', 'a', 'z']);
    expect(store.hasMore()).toBe(false);
  });

  it('puts a recorded visit on top, and does not show it twice when an older page brings it again', async () => {
    await loadFirstPage([buildVisitView('a', '2026-03-01T10:00:00Z')], 'cur-1');

    const recording = store.record('c-1', newVisit);
    http.expectOne(VISITS_URL).flush(buildVisitView('new', newVisit.occurredAt));
    await recording;
    expect(store.visits().map((v) => v.id)).toEqual(['new', 'a']);

    const more = store.loadMore();
    http
      .expectOne((r) => r.params.get('cursor') === 'cur-1')
      .flush({
        items: [buildVisitView('new', newVisit.occurredAt), buildVisitView('old', '2026-01-01T10:00:00Z')],
        nextCursor: null,
      });
    await more;
    expect(store.visits().map((v) => v.id)).toEqual(['new', 'a', 'old']);
  });

  it('keeps what it shows when the next page fails, and reports the error', async () => {
    await loadFirstPage([buildVisitView('a', '2026-03-01T10:00:00Z')], 'cur-1');

    const more = store.loadMore();
    http
      .expectOne((r) => r.params.get('cursor') === 'cur-1')
      .flush(
        { statusCode: 500, error: 'Internal Server Error', message: 'Oeps' },
        { status: 500, statusText: 'Error' },
      );
    await more;

    expect(store.visits().map((v) => v.id)).toEqual(['a']);
    expect(store.error()?.statusCode).toBe(500);
    expect(store.hasMore()).toBe(true);
    expect(store.loading()).toBe(false);
  });

  it('replaces a corrected visit by the server version, also on a conflict', async () => {
    const visit = buildVisitView('a', '2026-03-01T10:00:00Z');
    await loadFirstPage([visit], null);

    const amending = store.amend(visit, { ...newVisit, occurredAt: visit.occurredAt, summary: 'Anders' }, 'Typfout');
    const current = buildVisitView('a', visit.occurredAt, { summary: 'Door een ander verbeterd', version: 2 });
    http
      .expectOne('/api/visits/a/amendments')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Gewijzigd.', current },
        { status: 409, statusText: 'Conflict' },
      );
    const outcome = await amending;

    expect(outcome?.ok).toBe(false);
    expect(store.visits()[0].summary).toBe('Door een ander verbeterd');
  });
});
