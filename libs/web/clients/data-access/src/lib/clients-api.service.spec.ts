import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SEARCH_HEADER } from '@naast/contracts';
import { firstValueFrom } from 'rxjs';
import { ClientsApiService } from './clients-api.service';

describe(ClientsApiService.name, () => {
  let api: ClientsApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ClientsApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends the name searched for in a header, encoded, and never in the URL', async () => {
    const page = firstValueFrom(api.search({ q: ' Aïcha Öztürk ', cursor: 'next', limit: 20 }));
    const request = http.expectOne((r) => r.url === '/api/clients');

    expect(request.request.urlWithParams).not.toMatch(/a%C3%AFcha|aïcha|zt/i);
    expect(request.request.params.get('cursor')).toBe('next');
    expect(decodeURIComponent(request.request.headers.get(SEARCH_HEADER) ?? '')).toBe('Aïcha Öztürk');
    request.flush({ items: [], nextCursor: null });
    await expect(page).resolves.toEqual({ items: [], nextCursor: null });
  });

  it('sends no search header when nothing is searched', () => {
    void firstValueFrom(api.search({ limit: 20 }));
    const request = http.expectOne((r) => r.url === '/api/clients');
    expect(request.request.headers.has(SEARCH_HEADER)).toBe(false);
    request.flush({ items: [], nextCursor: null });
  });
});
