import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type ClientSearchQuery,
  type ClientSummary,
  type ClientView,
  type CreateClientRequest,
  type Page,
  type UpdateClientRequest,
} from '@naast/contracts';
import { errorPageContext, searchHeaders } from '@naast/web-core';
import type { Observable } from 'rxjs';

const CLIENTS_URL = `/${API_PREFIX}/${ApiPaths.clients}`;

@Injectable({ providedIn: 'root' })
export class ClientsApiService {
  private readonly http = inject(HttpClient);

  search(query: ClientSearchQuery): Observable<Page<ClientSummary>> {
    let params = new HttpParams();
    if (query.cursor) {
      params = params.set('cursor', query.cursor);
    }
    if (query.limit) {
      params = params.set('limit', query.limit);
    }
    return this.http.get<Page<ClientSummary>>(CLIENTS_URL, { params, headers: searchHeaders(query.q) });
  }

  /** Loads the client a page is about: a 403/404 shows the friendly message page. */
  get(clientId: string): Observable<ClientView> {
    return this.http.get<ClientView>(`${CLIENTS_URL}/${encodeURIComponent(clientId)}`, { context: errorPageContext() });
  }

  create(request: CreateClientRequest): Observable<ClientView> {
    return this.http.post<ClientView>(CLIENTS_URL, request);
  }

  update(clientId: string, request: UpdateClientRequest): Observable<ClientView> {
    return this.http.patch<ClientView>(`${CLIENTS_URL}/${encodeURIComponent(clientId)}`, request);
  }
}
