import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PREFIX, ApiPaths, type AmendVisitRequest, type CreateVisitRequest, type VisitView } from '@naast/contracts';
import type { Observable } from 'rxjs';

const API = `/${API_PREFIX}`;

@Injectable({ providedIn: 'root' })
export class VisitsApiService {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  listForCase(caseId: string): Observable<VisitView[]> {
    return this.http.get<VisitView[]>(this.caseVisitsUrl(caseId));
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
