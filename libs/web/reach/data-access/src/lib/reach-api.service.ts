import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PREFIX, ApiPaths, type ReachParty, type ReachQuery, type ReachReport } from '@naast/contracts';
import type { Observable } from 'rxjs';

const API = `/${API_PREFIX}/${ApiPaths.reach}`;

function params(query: ReachQuery): HttpParams {
  return new HttpParams({
    fromObject: { partyKind: query.partyKind, partyName: query.partyName, from: query.from, to: query.to },
  });
}

@Injectable({ providedIn: 'root' })
export class ReachApiService {
  private readonly http = inject(HttpClient);

  parties(): Observable<ReachParty[]> {
    return this.http.get<ReachParty[]>(`${API}/parties`);
  }

  report(query: ReachQuery): Observable<ReachReport> {
    return this.http.get<ReachReport>(API, { params: params(query) });
  }

  /** Where the browser downloads the report; the session cookie signs the request. */
  exportUrl(query: ReachQuery, format: 'csv' | 'pdf'): string {
    return `${API}/export.${format}?${params(query).toString()}`;
  }
}
