import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PREFIX, ApiPaths, type AdminUserView, type OrganisationSettings, type TeamView } from '@naast/contracts';
import type { Observable } from 'rxjs';

/** The admin endpoints are used by this page only, so the service lives beside it. */
const ADMIN_URL = `/${API_PREFIX}/${ApiPaths.admin}`;

@Injectable({ providedIn: 'root' })
export class AdminApiService {
  private readonly http = inject(HttpClient);

  users(): Observable<AdminUserView[]> {
    return this.http.get<AdminUserView[]>(`${ADMIN_URL}/users`);
  }

  teams(): Observable<TeamView[]> {
    return this.http.get<TeamView[]>(`${ADMIN_URL}/teams`);
  }

  organisation(): Observable<OrganisationSettings> {
    return this.http.get<OrganisationSettings>(`${ADMIN_URL}/organisation`);
  }

  updateOrganisation(changes: Partial<OrganisationSettings>): Observable<OrganisationSettings> {
    return this.http.patch<OrganisationSettings>(`${ADMIN_URL}/organisation`, changes);
  }
}
