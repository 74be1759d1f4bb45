import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type LoginRequest,
  type RecoveryCodes,
  type SecondFactorEnrolment,
  type SecondFactorRequest,
  type SecondFactorStatus,
  type SessionUser,
} from '@naast/contracts';
import type { Observable } from 'rxjs';

/** Relative URLs only: Angular adds the XSRF header to relative URLs and skips absolute ones. */
const AUTH_URL = `/${API_PREFIX}/${ApiPaths.auth}`;
export const AUTH_LOGIN_URL = `${AUTH_URL}/login`;
export const AUTH_LOGOUT_URL = `${AUTH_URL}/logout`;
export const AUTH_ME_URL = `${AUTH_URL}/me`;
export const AUTH_SECOND_FACTOR_URL = `${AUTH_URL}/second-factor`;

@Injectable({ providedIn: 'root' })
export class AuthApiService {
  private readonly http = inject(HttpClient);

  login(request: LoginRequest): Observable<SessionUser> {
    return this.http.post<SessionUser>(AUTH_LOGIN_URL, request);
  }

  logout(): Observable<void> {
    return this.http.post<void>(AUTH_LOGOUT_URL, null);
  }

  me(): Observable<SessionUser> {
    return this.http.get<SessionUser>(AUTH_ME_URL);
  }

  verifySecondFactor(request: SecondFactorRequest): Observable<SessionUser> {
    return this.http.post<SessionUser>(AUTH_SECOND_FACTOR_URL, request);
  }

  secondFactorStatus(): Observable<SecondFactorStatus> {
    return this.http.get<SecondFactorStatus>(AUTH_SECOND_FACTOR_URL);
  }

  startEnrolment(): Observable<SecondFactorEnrolment> {
    return this.http.post<SecondFactorEnrolment>(`${AUTH_SECOND_FACTOR_URL}/enrolment`, null);
  }

  confirmEnrolment(code: string): Observable<RecoveryCodes> {
    return this.http.post<RecoveryCodes>(`${AUTH_SECOND_FACTOR_URL}/enrolment/confirm`, { code });
  }

  regenerateRecoveryCodes(code: string): Observable<RecoveryCodes> {
    return this.http.post<RecoveryCodes>(`${AUTH_SECOND_FACTOR_URL}/recovery-codes`, { code });
  }
}
