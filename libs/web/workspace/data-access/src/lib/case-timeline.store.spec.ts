import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { TimelineEntry } from '@naast/contracts';
import { CaseTimelineStore } from './case-timeline.store';

const visitEntry = (id: string): TimelineEntry => ({
  id: `visit:${id}`,
  kind: 'visit',
  at: '2026-11-01T10:00:00.000Z',
  actor: { id: 'u1', displayName: 'Vera Vrijwilliger', role: 'volunteer' },
  domains: ['wonen'],
  visitId: id,
  mode: 'home_visit',
  minutes: 30,
  summary: 'Samen de post doorgenomen.',
  nextSteps: null,
  acknowledged: false,
});

describe(CaseTimelineStore.name, () => {
  let store: CaseTimelineStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), CaseTimelineStore],
    });
    store = TestBed.inject(CaseTimelineStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends the chosen kinds and domains comma-separated', async () => {
    const loading = store.load('c1', { kind: ['visit', 'status_change'], domain: ['wonen'] });
    const request = http.expectOne((r) => r.url === '/api/cases/c1/timeline');
    expect(request.request.params.get('kind')).toBe('visit,status_change');
    expect(request.request.params.get('domain')).toBe('wonen');
    request.flush([visitEntry('v1')]);
    await loading;
    expect(store.entries().map((entry) => entry.id)).toEqual(['visit:v1']);
    expect(store.loaded()).toBe(true);
  });

  it('keeps only the answer to the newest filters', async () => {
    const first = store.load('c1', { kind: ['visit'] });
    const second = store.load('c1', {});
    const [older, newer] = http.match((r) => r.url === '/api/cases/c1/timeline');
    newer.flush([visitEntry('new')]);
    await second;
    older.flush([visitEntry('old')]);
    await first;
    expect(store.entries().map((entry) => entry.id)).toEqual(['visit:new']);
  });

  it('reloads the timeline after an acknowledgement, with the same filters', async () => {
    const loading = store.load('c1', { domain: ['inkomen'] });
    http.expectOne((r) => r.url === '/api/cases/c1/timeline').flush([]);
    await loading;

    const acknowledging = store.acknowledge('v1', 'Dank je, goed gedaan.');
    const post = http.expectOne('/api/visits/v1/acknowledgement');
    expect(post.request.body).toEqual({ comment: 'Dank je, goed gedaan.' });
    post.flush({});
    await Promise.resolve();
    await Promise.resolve();
    const reload = http.expectOne((r) => r.url === '/api/cases/c1/timeline');
    expect(reload.request.params.get('domain')).toBe('inkomen');
    reload.flush([visitEntry('v1')]);
    const outcome = await acknowledging;
    expect(outcome.ok).toBe(true);
  });
});
