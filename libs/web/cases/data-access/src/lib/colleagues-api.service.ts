import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { API_PREFIX, ApiPaths, type UserListQuery, type UserRef } from '@naast/contracts';
import type { Observable } from 'rxjs';

const USERS_URL = `/${API_PREFIX}/${ApiPaths.users}`;

/** Colleagues of the own organisation, for choosing a casushouder, volunteers or a supporter filter. */
@Injectable({ providedIn: 'root' })
export class ColleaguesApiService {
  private readonly http = inject(HttpClient);

  list(query: UserListQuery = {}): Observable<UserRef[]> {
    let params = new HttpParams();
    if (query.role) {
      params = params.set('role', query.role);
    }
    if (query.teamId) {
      params = params.set('teamId', query.teamId);
    }
    return this.http.get<UserRef[]>(USERS_URL, { params });
  }
}
