import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type SaveVisitDraftRequest,
  type SubmitVisitDraftRequest,
  type VisitDraftFields,
  type VisitDraftView,
  type VisitView,
} from '@naast/contracts';
import type { Observable } from 'rxjs';

const DRAFTS_URL = `/${API_PREFIX}/${ApiPaths.visitDrafts}`;

/** A volunteer's unfinished visit reports: kept on the server, never in the browser's storage. */
@Injectable({ providedIn: 'root' })
export class VisitDraftsApiService {
  private readonly http = inject(HttpClient);

  create(caseId: string, fields: VisitDraftFields): Observable<VisitDraftView> {
    return this.http.post<VisitDraftView>(
      `/${API_PREFIX}/${ApiPaths.cases}/${encodeURIComponent(caseId)}/${ApiPaths.visitDrafts}`,
      fields,
    );
  }

  mine(): Observable<VisitDraftView[]> {
    return this.http.get<VisitDraftView[]>(`${DRAFTS_URL}/mine`);
  }

  get(draftId: string): Observable<VisitDraftView> {
    return this.http.get<VisitDraftView>(this.draftUrl(draftId));
  }

  save(draftId: string, request: SaveVisitDraftRequest): Observable<VisitDraftView> {
    return this.http.put<VisitDraftView>(this.draftUrl(draftId), request);
  }

  delete(draftId: string): Observable<unknown> {
    return this.http.delete(this.draftUrl(draftId));
  }

  /** Turns the draft into a visit; a 400 names each missing or wrong field. */
  submit(draftId: string, request: SubmitVisitDraftRequest): Observable<VisitView> {
    return this.http.post<VisitView>(`${this.draftUrl(draftId)}/submit`, request);
  }

  private draftUrl(draftId: string): string {
    return `${DRAFTS_URL}/${encodeURIComponent(draftId)}`;
  }
}
