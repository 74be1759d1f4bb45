import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type CaseProceduresView,
  type CreateProcedureRequest,
  type ProcedureDeadlinesQuery,
  type ProcedureDeadlinesView,
  type ProcedureView,
  type UpdateProcedureRequest,
} from '@naast/contracts';
import type { Observable } from 'rxjs';

const API = `/${API_PREFIX}`;

/** `/api/cases/:caseId/procedures` */
export function proceduresApiUrl(caseId: string): string {
  return `${API}/${ApiPaths.cases}/${encodeURIComponent(caseId)}/${ApiPaths.procedures}`;
}

@Injectable({ providedIn: 'root' })
export class ProceduresApiService {
  private readonly http = inject(HttpClient);

  list(caseId: string): Observable<CaseProceduresView> {
    return this.http.get<CaseProceduresView>(proceduresApiUrl(caseId));
  }

  create(caseId: string, request: CreateProcedureRequest): Observable<ProcedureView> {
    return this.http.post<ProcedureView>(proceduresApiUrl(caseId), request);
  }

  update(caseId: string, procedureId: string, request: UpdateProcedureRequest): Observable<ProcedureView> {
    return this.http.patch<ProcedureView>(`${proceduresApiUrl(caseId)}/${encodeURIComponent(procedureId)}`, request);
  }

  remove(caseId: string, procedureId: string, version: number): Observable<void> {
    return this.http.delete<void>(`${proceduresApiUrl(caseId)}/${encodeURIComponent(procedureId)}`, {
      params: new HttpParams().set('version', version),
    });
  }

  /** Open deadlines across the caller's cases (`mine`) or their teams' cases (`team`). */
  deadlines(query: ProcedureDeadlinesQuery = {}): Observable<ProcedureDeadlinesView> {
    let params = new HttpParams();
    if (query.scope) params = params.set('scope', query.scope);
    if (query.teamId) params = params.set('teamId', query.teamId);
    if (query.within !== undefined) params = params.set('within', query.within);
    return this.http.get<ProcedureDeadlinesView>(`${API}/${ApiPaths.procedures}/deadlines`, { params });
  }
}
