import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type AccessLogEntryView,
  type AccessLogQuery,
  type ClientAccessView,
  type EmployeeAccessView,
  type Page,
} from '@naast/contracts';
import type { Observable } from 'rxjs';

const API = `/${API_PREFIX}`;

function paramsOf(query: object): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}

/** The access log as team leads and administrators see it, the client's view, and the inzage downloads. */
@Injectable({ providedIn: 'root' })
export class PrivacyApiService {
  private readonly http = inject(HttpClient);

  search(query: AccessLogQuery): Observable<Page<AccessLogEntryView>> {
    return this.http.get<Page<AccessLogEntryView>>(`${API}/${ApiPaths.accessLog}`, { params: paramsOf(query) });
  }

  employee(userId: string, query: Omit<AccessLogQuery, 'userId' | 'clientId'>): Observable<EmployeeAccessView> {
    return this.http.get<EmployeeAccessView>(`${API}/${ApiPaths.accessLog}/users/${encodeURIComponent(userId)}`, {
      params: paramsOf(query),
    });
  }

  clientView(clientId: string, cursor?: string): Observable<ClientAccessView> {
    return this.http.get<ClientAccessView>(clientPath(clientId, ApiPaths.accessLog), {
      params: paramsOf({ cursor, limit: 100 }),
    });
  }
}

const clientPath = (clientId: string, rest: string) =>
  `${API}/${ApiPaths.clients}/${encodeURIComponent(clientId)}/${rest}`;

/** Downloads are plain links: the browser sends the session cookie and saves the file. */
export const clientAccessLogPdfUrl = (clientId: string): string => clientPath(clientId, `${ApiPaths.accessLog}.pdf`);
export const inzagePdfUrl = (clientId: string): string => clientPath(clientId, `${ApiPaths.inzage}.pdf`);
export const inzageJsonUrl = (clientId: string): string => clientPath(clientId, `${ApiPaths.inzage}.json`);
