import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type CaseListItem,
  type CaseListQuery,
  type CaseView,
  type ChangeCaseStatusRequest,
  type CreateCaseRequest,
  type Page,
  type UpdateCaseRequest,
} from '@naast/contracts';
import { errorPageContext, searchHeaders } from '@naast/web-core';
import type { Observable } from 'rxjs';

const CASES_URL = `/${API_PREFIX}/${ApiPaths.cases}`;

/** The list query as the API reads it: repeated `status`/`domain` keys, `mine=true` only when set; the search text goes in a header (see searchHeaders). */
export function caseListParams(query: CaseListQuery): HttpParams {
  let params = new HttpParams();
  for (const status of query.status ?? []) {
    params = params.append('status', status);
  }
  for (const domain of query.domain ?? []) {
    params = params.append('domain', domain);
  }
  const single: [string, string | number | undefined][] = [
    ['supporterId', query.supporterId],
    ['teamId', query.teamId],
    ['clientId', query.clientId],
    ['attention', query.attention],
    ['sort', query.sort],
    ['cursor', query.cursor],
    ['limit', query.limit],
  ];
  for (const [key, value] of single) {
    if (value !== undefined && value !== '') {
      params = params.set(key, value);
    }
  }
  if (query.mine) {
    params = params.set('mine', 'true');
  }
  return params;
}

@Injectable({ providedIn: 'root' })
export class CasesApiService {
  private readonly http = inject(HttpClient);

  list(query: CaseListQuery): Observable<Page<CaseListItem>> {
    return this.http.get<Page<CaseListItem>>(CASES_URL, {
      params: caseListParams(query),
      headers: searchHeaders(query.q),
    });
  }

  /** Loads the case a page is about: a 403/404 shows the friendly message page. */
  get(caseId: string): Observable<CaseView> {
    return this.http.get<CaseView>(this.caseUrl(caseId), { context: errorPageContext() });
  }

  create(request: CreateCaseRequest): Observable<CaseView> {
    return this.http.post<CaseView>(CASES_URL, request);
  }

  update(caseId: string, request: UpdateCaseRequest): Observable<CaseView> {
    return this.http.patch<CaseView>(this.caseUrl(caseId), request);
  }

  changeStatus(caseId: string, request: ChangeCaseStatusRequest): Observable<CaseView> {
    return this.http.post<CaseView>(`${this.caseUrl(caseId)}/status`, request);
  }

  private caseUrl(caseId: string): string {
    return `${CASES_URL}/${encodeURIComponent(caseId)}`;
  }
}
