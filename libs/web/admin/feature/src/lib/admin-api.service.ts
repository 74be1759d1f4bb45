import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type AdminUserCreateRequest,
  type AdminUserUpdateRequest,
  type AdminUserView,
  type OrganisationSettings,
  type TeamDetail,
  type TeamView,
} from '@naast/contracts';
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

  createUser(user: AdminUserCreateRequest): Observable<AdminUserView> {
    return this.http.post<AdminUserView>(`${ADMIN_URL}/users`, user);
  }

  updateUser(id: string, change: AdminUserUpdateRequest): Observable<AdminUserView> {
    return this.http.patch<AdminUserView>(`${ADMIN_URL}/users/${id}`, change);
  }

  /** Blocks the account; every session of it ends at once. */
  disableUser(id: string, version: number): Observable<AdminUserView> {
    return this.http.post<AdminUserView>(`${ADMIN_URL}/users/${id}/disable`, { version });
  }

  enableUser(id: string, version: number): Observable<AdminUserView> {
    return this.http.post<AdminUserView>(`${ADMIN_URL}/users/${id}/enable`, { version });
  }

  /** The user enrols an authenticator app again at the next sign-in. */
  resetSecondFactor(id: string): Observable<unknown> {
    return this.http.post(`${ADMIN_URL}/users/${id}/second-factor/reset`, {});
  }

  team(id: string): Observable<TeamDetail> {
    return this.http.get<TeamDetail>(`${ADMIN_URL}/teams/${id}`);
  }

  createTeam(name: string): Observable<TeamDetail> {
    return this.http.post<TeamDetail>(`${ADMIN_URL}/teams`, { name });
  }

  renameTeam(id: string, version: number, name: string): Observable<TeamDetail> {
    return this.http.patch<TeamDetail>(`${ADMIN_URL}/teams/${id}`, { version, name });
  }

  setTeamMembers(id: string, version: number, userIds: string[]): Observable<TeamDetail> {
    return this.http.put<TeamDetail>(`${ADMIN_URL}/teams/${id}/members`, { version, userIds });
  }
}
