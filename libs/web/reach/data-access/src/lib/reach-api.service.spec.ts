import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ReachQuery } from '@naast/contracts';
import { ReachApiService } from './reach-api.service';

const QUERY: ReachQuery = {
  partyKind: 'gemeente',
  partyName: 'Gemeente Utrecht',
  from: '2026-01-01',
  to: '2026-06-30',
};

describe(ReachApiService.name, () => {
  let api: ReachApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ReachApiService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the report with the party and the period as query parameters', () => {
    api.report(QUERY).subscribe();
    const request = http.expectOne((r) => r.url === '/api/reach');
    expect(request.request.params.get('partyName')).toBe('Gemeente Utrecht');
    expect(request.request.params.get('to')).toBe('2026-06-30');
    request.flush({});
  });

  it('builds download links with the same parameters', () => {
    expect(api.exportUrl(QUERY, 'pdf')).toBe(
      '/api/reach/export.pdf?partyKind=gemeente&partyName=Gemeente%20Utrecht&from=2026-01-01&to=2026-06-30',
    );
  });
});
