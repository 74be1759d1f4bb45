import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type AmendVisitRequest,
  type CreateVisitRequest,
  type Page,
  type VisitView,
} from '@naast/contracts';
import type { Observable } from 'rxjs';

const API = `/${API_PREFIX}`;

/** One page of a case's contactmomenten: `cursor` is the `nextCursor` of the page before. */
export interface VisitPageQuery {
  cursor?: string;
  limit?: number;
}

@Injectable({ providedIn: 'root' })
export class VisitsApiService {
  private readonly http = inject(HttpClient);

  /** Newest first, a keyset page at a time. */
  listForCase(caseId: string, query: VisitPageQuery = {}): Observable<Page<VisitView>> {
    let params = new HttpParams();
    if (query.cursor) {
      params = params.set('cursor', query.cursor);
    }
    if (query.limit !== undefined) {
      params = params.set('limit', query.limit);
    }
    return this.http.get<Page<VisitView>>(this.caseVisitsUrl(caseId), { params });
  }

  record(caseId: string, request: CreateVisitRequest): Observable<VisitView> {
    return this.http.post<VisitView>(this.caseVisitsUrl(caseId), request);
  }

  amend(visitId: string, request: AmendVisitRequest): Observable<VisitView> {
    return this.http.post<VisitView>(`${API}/${ApiPaths.visits}/${encodeURIComponent(visitId)}/amendments`, request);
  }

  private caseVisitsUrl(caseId: string): string {
    return `${API}/${ApiPaths.cases}/${encodeURIComponent(caseId)}/${ApiPaths.visits}`;
  }
}
