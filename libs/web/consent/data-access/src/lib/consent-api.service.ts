import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  ApiPaths,
  type ClientConsentsView,
  type ConsentView,
  type CreateConsentRequest,
  type CreateDisclosureRequest,
  type DisclosureView,
  type WithdrawConsentRequest,
} from '@naast/contracts';
import type { Observable } from 'rxjs';

const API = `/${API_PREFIX}`;
const client = (clientId: string) => `${API}/${ApiPaths.clients}/${encodeURIComponent(clientId)}`;

@Injectable({ providedIn: 'root' })
export class ConsentApiService {
  private readonly http = inject(HttpClient);

  list(clientId: string): Observable<ClientConsentsView> {
    return this.http.get<ClientConsentsView>(`${client(clientId)}/${ApiPaths.consents}`);
  }

  createConsent(clientId: string, request: CreateConsentRequest): Observable<ConsentView> {
    return this.http.post<ConsentView>(`${client(clientId)}/${ApiPaths.consents}`, request);
  }

  withdraw(consentId: string, request: WithdrawConsentRequest): Observable<ConsentView> {
    return this.http.post<ConsentView>(
      `${API}/${ApiPaths.consents}/${encodeURIComponent(consentId)}/withdrawal`,
      request,
    );
  }

  createDisclosure(clientId: string, request: CreateDisclosureRequest): Observable<DisclosureView> {
    return this.http.post<DisclosureView>(`${client(clientId)}/${ApiPaths.disclosures}`, request);
  }
}
