import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type CaseView,
  type CaseloadExportFormat,
  type CaseloadReview,
  type ReassignCaseRequest,
} from '@naast/contracts';
import type { Observable } from 'rxjs';

const REVIEW_URL = `/${API_PREFIX}/${ApiPaths.caseloadReview}`;

/** Where the browser downloads the caseload overview; the session cookie authenticates the request. */
export function caseloadExportUrl(format: CaseloadExportFormat, teamId: string | null): string {
  const params = new URLSearchParams({ format });
  if (teamId) {
    params.set('teamId', teamId);
  }
  return `${REVIEW_URL}/export?${params.toString()}`;
}

/** The team lead's caseload review and the one change made from it: handing a case to another supporter. */
@Injectable({ providedIn: 'root' })
export class CaseloadReviewApiService {
  private readonly http = inject(HttpClient);

  /** Without a team: all teams the lead leads. */
  review(teamId: string | null): Observable<CaseloadReview> {
    const params = teamId ? new HttpParams().set('teamId', teamId) : new HttpParams();
    return this.http.get<CaseloadReview>(REVIEW_URL, { params });
  }

  reassign(caseId: string, request: ReassignCaseRequest): Observable<CaseView> {
    return this.http.post<CaseView>(`/${API_PREFIX}/${ApiPaths.cases}/${encodeURIComponent(caseId)}/reassign`, request);
  }
}
