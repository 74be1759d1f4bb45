import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type AnonymiseClientRequest,
  type ClientAnonymisationStatus,
  type RetentionDryRun,
} from '@naast/contracts';
import type { Observable } from 'rxjs';

const API = `/${API_PREFIX}`;

@Injectable({ providedIn: 'root' })
export class RetentionApiService {
  private readonly http = inject(HttpClient);

  status(clientId: string): Observable<ClientAnonymisationStatus> {
    return this.http.get<ClientAnonymisationStatus>(this.anonymisationUrl(clientId));
  }

  anonymise(clientId: string, request: AnonymiseClientRequest): Observable<ClientAnonymisationStatus> {
    return this.http.post<ClientAnonymisationStatus>(this.anonymisationUrl(clientId), request);
  }

  dryRun(): Observable<RetentionDryRun> {
    return this.http.get<RetentionDryRun>(`${API}/${ApiPaths.admin}/${ApiPaths.retention}/dry-run`);
  }

  private anonymisationUrl(clientId: string): string {
    return `${API}/${ApiPaths.clients}/${encodeURIComponent(clientId)}/${ApiPaths.anonymisation}`;
  }
}
