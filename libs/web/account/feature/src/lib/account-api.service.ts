import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type AccountSession,
  type EndedSessions,
  type PasswordChangeRequest,
} from '@naast/contracts';
import type { Observable } from 'rxjs';

const ACCOUNT_URL = `/${API_PREFIX}/${ApiPaths.account}`;

/** The signed-in user's own sessions and password. */
@Injectable({ providedIn: 'root' })
export class AccountApiService {
  private readonly http = inject(HttpClient);

  sessions(): Observable<AccountSession[]> {
    return this.http.get<AccountSession[]>(`${ACCOUNT_URL}/sessions`);
  }

  endSession(sessionId: string): Observable<void> {
    return this.http.post<void>(`${ACCOUNT_URL}/sessions/end`, { sessionId });
  }

  endOtherSessions(): Observable<EndedSessions> {
    return this.http.post<EndedSessions>(`${ACCOUNT_URL}/sessions/end-others`, {});
  }

  changePassword(change: PasswordChangeRequest): Observable<void> {
    return this.http.put<void>(`${ACCOUNT_URL}/password`, change);
  }
}
