import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SHOWS_ERROR_PAGE } from '@naast/web-core';
import { firstValueFrom } from 'rxjs';
import { CasesApiService } from './cases-api.service';

describe(CasesApiService.name, () => {
  let api: CasesApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(CasesApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends several statuses and domains as repeated keys, and mine only when asked', async () => {
    const page = firstValueFrom(
      api.list({
        status: ['intake', 'actief'],
        domain: ['wonen'],
        q: '  jansen ',
        mine: true,
        sort: '-registeredOn',
        cursor: 'abc',
      }),
    );
    const request = http.expectOne((r) => r.url === '/api/cases');

    expect(request.request.params.getAll('status')).toEqual(['intake', 'actief']);
    expect(request.request.params.getAll('domain')).toEqual(['wonen']);
    // The search text is a name: it travels in a header, never in the URL.
    expect(request.request.params.has('q')).toBe(false);
    expect(request.request.headers.get('X-Naast-Search')).toBe('jansen');
    expect(request.request.params.get('mine')).toBe('true');
    expect(request.request.params.get('sort')).toBe('-registeredOn');
    expect(request.request.params.get('cursor')).toBe('abc');
    request.flush({ items: [], nextCursor: null });
    await expect(page).resolves.toEqual({ items: [], nextCursor: null });
  });

  it('leaves out empty filters', () => {
    api.list({ status: [], q: '   ', mine: false, supporterId: undefined }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/cases');

    expect(request.request.params.keys()).toEqual([]);
    request.flush({ items: [], nextCursor: null });
  });

  it("marks the case page's own request so a 403 or 404 shows the friendly page", () => {
    api.get('c-1').subscribe();
    const request = http.expectOne('/api/cases/c-1');

    expect(request.request.context.get(SHOWS_ERROR_PAGE)).toBe(true);
    request.flush({});
  });

  it('changes the status with the version the user saw', () => {
    api.changeStatus('c-1', { status: 'afgesloten', reason: 'Vraag is beantwoord.', version: 3 }).subscribe();
    const request = http.expectOne('/api/cases/c-1/status');

    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ status: 'afgesloten', reason: 'Vraag is beantwoord.', version: 3 });
    request.flush({});
  });
});
