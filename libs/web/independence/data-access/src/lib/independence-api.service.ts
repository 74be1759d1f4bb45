import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type AffiliationDeclarationView,
  type AffiliationOverview,
  type CaseIndependenceView,
  type IndependenceOverrideRequest,
  type RoleCardTextView,
  type RoleCardView,
  type SaveAffiliationsRequest,
  type SaveRoleCardTextRequest,
} from '@naast/contracts';
import { errorPageContext } from '@naast/web-core';
import type { Observable } from 'rxjs';

const API = `/${API_PREFIX}`;
const caseRoot = (caseId: string) => `${API}/${ApiPaths.cases}/${encodeURIComponent(caseId)}`;
const affiliationsUrl = (userId: string) =>
  `${API}/${ApiPaths.users}/${encodeURIComponent(userId)}/${ApiPaths.affiliations}`;

/** The role card as PDF; a plain link, so the browser downloads it with the session cookie. */
export function roleCardPdfUrl(caseId: string): string {
  return `${caseRoot(caseId)}/${ApiPaths.roleCard}.pdf`;
}

/** Declared affiliations, a case's independence panel and its role card. */
@Injectable({ providedIn: 'root' })
export class IndependenceApiService {
  private readonly http = inject(HttpClient);

  declaration(userId: string): Observable<AffiliationDeclarationView> {
    return this.http.get<AffiliationDeclarationView>(affiliationsUrl(userId), { context: errorPageContext() });
  }

  saveDeclaration(userId: string, request: SaveAffiliationsRequest): Observable<AffiliationDeclarationView> {
    return this.http.put<AffiliationDeclarationView>(affiliationsUrl(userId), request);
  }

  overview(): Observable<AffiliationOverview> {
    return this.http.get<AffiliationOverview>(`${API}/${ApiPaths.affiliations}`, { context: errorPageContext() });
  }

  caseIndependence(caseId: string): Observable<CaseIndependenceView> {
    return this.http.get<CaseIndependenceView>(`${caseRoot(caseId)}/${ApiPaths.independence}`);
  }

  recordOverride(caseId: string, request: IndependenceOverrideRequest): Observable<CaseIndependenceView> {
    return this.http.post<CaseIndependenceView>(`${caseRoot(caseId)}/${ApiPaths.independence}/overrides`, request);
  }

  roleCard(caseId: string): Observable<RoleCardView> {
    return this.http.get<RoleCardView>(`${caseRoot(caseId)}/${ApiPaths.roleCard}`, { context: errorPageContext() });
  }

  roleCardText(): Observable<RoleCardTextView> {
    return this.http.get<RoleCardTextView>(`${API}/${ApiPaths.roleCardText}`, { context: errorPageContext() });
  }

  saveRoleCardText(request: SaveRoleCardTextRequest): Observable<RoleCardTextView> {
    return this.http.put<RoleCardTextView>(`${API}/${ApiPaths.roleCardText}`, request);
  }
}
