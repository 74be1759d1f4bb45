import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type AddSignalFollowUpRequest,
  type CreateSignalRequest,
  type SignalView,
  type UpdateSignalRequest,
} from '@naast/contracts';
import type { Observable } from 'rxjs';

const API = `/${API_PREFIX}`;

@Injectable({ providedIn: 'root' })
export class SignalsApiService {
  private readonly http = inject(HttpClient);

  list(caseId: string): Observable<SignalView[]> {
    return this.http.get<SignalView[]>(`${API}/${ApiPaths.cases}/${encodeURIComponent(caseId)}/${ApiPaths.signals}`);
  }

  create(caseId: string, request: CreateSignalRequest): Observable<SignalView> {
    return this.http.post<SignalView>(
      `${API}/${ApiPaths.cases}/${encodeURIComponent(caseId)}/${ApiPaths.signals}`,
      request,
    );
  }

  update(signalId: string, request: UpdateSignalRequest): Observable<SignalView> {
    return this.http.patch<SignalView>(`${API}/${ApiPaths.signals}/${encodeURIComponent(signalId)}`, request);
  }

  addFollowUp(signalId: string, request: AddSignalFollowUpRequest): Observable<SignalView> {
    return this.http.post<SignalView>(`${API}/${ApiPaths.signals}/${encodeURIComponent(signalId)}/follow-ups`, request);
  }
}
