import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type AcknowledgeVisitRequest,
  type MyWorkView,
  type TimelineEntry,
  type TimelineQuery,
  type VisitView,
  type VolunteerHours,
  type VolunteerWorkView,
} from '@naast/contracts';
import type { Observable } from 'rxjs';

const API = `/${API_PREFIX}`;

/** The start pages' figures and the actions taken on them (acknowledging a volunteer's report). */
@Injectable({ providedIn: 'root' })
export class WorkspaceApiService {
  private readonly http = inject(HttpClient);

  /** The supporter's "Mijn werk". */
  myWork(): Observable<MyWorkView> {
    return this.http.get<MyWorkView>(`${API}/${ApiPaths.workspace}/my-work`);
  }

  /** The volunteer's linked cases, drafts, hours and acknowledgements. */
  myVisits(): Observable<VolunteerWorkView> {
    return this.http.get<VolunteerWorkView>(`${API}/${ApiPaths.workspace}/my-visits`);
  }

  /** `month` as YYYY-MM. */
  myHours(month: string): Observable<VolunteerHours> {
    return this.http.get<VolunteerHours>(`${API}/${ApiPaths.workspace}/my-hours`, {
      params: new HttpParams().set('month', month),
    });
  }

  acknowledge(visitId: string, request: AcknowledgeVisitRequest): Observable<VisitView> {
    return this.http.post<VisitView>(
      `${API}/${ApiPaths.visits}/${encodeURIComponent(visitId)}/acknowledgement`,
      request,
    );
  }

  /** Newest first; no filter means every kind and domain. */
  timeline(caseId: string, query: TimelineQuery = {}): Observable<TimelineEntry[]> {
    let params = new HttpParams();
    if (query.kind && query.kind.length > 0) {
      params = params.set('kind', query.kind.join(','));
    }
    if (query.domain && query.domain.length > 0) {
      params = params.set('domain', query.domain.join(','));
    }
    return this.http.get<TimelineEntry[]>(`${API}/${ApiPaths.cases}/${encodeURIComponent(caseId)}/timeline`, {
      params,
    });
  }
}
