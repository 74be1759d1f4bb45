import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type CreateActionRequest,
  type CreateGoalRequest,
  type FixPlanRequest,
  type MyPlanActionItem,
  type PlanDiff,
  type PlanVersionSummary,
  type PlanVersionView,
  type PlanView,
  type RecordEvaluationRequest,
  type UpdateActionRequest,
  type UpdateGoalRequest,
  type UpdatePlanRequest,
} from '@naast/contracts';
import { errorPageContext } from '@naast/web-core';
import type { Observable } from 'rxjs';

const API = `/${API_PREFIX}`;

/** `/api/cases/:caseId/plan`, the root of every plan route. */
export function planApiUrl(caseId: string): string {
  return `${API}/${ApiPaths.cases}/${encodeURIComponent(caseId)}/${ApiPaths.plan}`;
}

/** The client's B1 summary as PDF; a plain link, so the browser downloads it with the session cookie. */
export function planPdfUrl(caseId: string, largePrint: boolean): string {
  return `${planApiUrl(caseId)}/print.pdf?largePrint=${largePrint}`;
}

/** One side of a diff: a fixed version number, or the living plan. */
export type PlanDiffSide = number | 'current';

@Injectable({ providedIn: 'root' })
export class PlansApiService {
  private readonly http = inject(HttpClient);

  /** Loads the plan a page is about: a 403/404 shows the friendly message page. */
  get(caseId: string): Observable<PlanView> {
    return this.http.get<PlanView>(planApiUrl(caseId), { context: errorPageContext() });
  }

  update(caseId: string, request: UpdatePlanRequest): Observable<PlanView> {
    return this.http.patch<PlanView>(planApiUrl(caseId), request);
  }

  createGoal(caseId: string, request: CreateGoalRequest): Observable<PlanView> {
    return this.http.post<PlanView>(`${planApiUrl(caseId)}/goals`, request);
  }

  updateGoal(caseId: string, goalId: string, request: UpdateGoalRequest): Observable<PlanView> {
    return this.http.patch<PlanView>(`${planApiUrl(caseId)}/goals/${encodeURIComponent(goalId)}`, request);
  }

  deleteGoal(caseId: string, goalId: string, version: number): Observable<PlanView> {
    return this.http.delete<PlanView>(`${planApiUrl(caseId)}/goals/${encodeURIComponent(goalId)}`, {
      params: new HttpParams().set('version', version),
    });
  }

  createAction(caseId: string, goalId: string, request: CreateActionRequest): Observable<PlanView> {
    return this.http.post<PlanView>(`${planApiUrl(caseId)}/goals/${encodeURIComponent(goalId)}/actions`, request);
  }

  updateAction(caseId: string, actionId: string, request: UpdateActionRequest): Observable<PlanView> {
    return this.http.patch<PlanView>(`${planApiUrl(caseId)}/actions/${encodeURIComponent(actionId)}`, request);
  }

  deleteAction(caseId: string, actionId: string, version: number): Observable<PlanView> {
    return this.http.delete<PlanView>(`${planApiUrl(caseId)}/actions/${encodeURIComponent(actionId)}`, {
      params: new HttpParams().set('version', version),
    });
  }

  fix(caseId: string, request: FixPlanRequest): Observable<PlanVersionView> {
    return this.http.post<PlanVersionView>(`${planApiUrl(caseId)}/versions`, request);
  }

  versions(caseId: string): Observable<PlanVersionSummary[]> {
    return this.http.get<PlanVersionSummary[]>(`${planApiUrl(caseId)}/versions`);
  }

  version(caseId: string, versionNumber: number): Observable<PlanVersionView> {
    return this.http.get<PlanVersionView>(`${planApiUrl(caseId)}/versions/${versionNumber}`);
  }

  diff(caseId: string, from: number, to: PlanDiffSide): Observable<PlanDiff> {
    return this.http.get<PlanDiff>(`${planApiUrl(caseId)}/diff`, {
      params: new HttpParams().set('from', from).set('to', to),
    });
  }

  recordEvaluation(caseId: string, request: RecordEvaluationRequest): Observable<PlanView> {
    return this.http.post<PlanView>(`${planApiUrl(caseId)}/evaluations`, request);
  }

  /** Open actions assigned to the signed-in user across their cases. */
  myActions(): Observable<MyPlanActionItem[]> {
    return this.http.get<MyPlanActionItem[]>(`${API}/${ApiPaths.planActions}/mine`);
  }
}
