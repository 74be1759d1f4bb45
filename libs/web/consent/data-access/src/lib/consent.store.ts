import { Injectable, inject, signal } from '@angular/core';
import type {
  ApiError,
  ClientConsentsView,
  ConsentView,
  CreateConsentRequest,
  CreateDisclosureRequest,
  DisclosureView,
  WithdrawConsentRequest,
} from '@naast/contracts';
import { requestOutcome, toApiError, type RequestOutcome } from '@naast/web-core';
import { firstValueFrom } from 'rxjs';
import { ConsentApiService } from './consent-api.service';

/** One client's consents and disclosures, provided by the panel that shows them. */
@Injectable()
export class ConsentStore {
  private readonly api = inject(ConsentApiService);
  private readonly viewState = signal<ClientConsentsView | null>(null);
  private readonly loadErrorState = signal<ApiError | null>(null);
  private readonly savingState = signal(false);

  readonly view = this.viewState.asReadonly();
  readonly loadError = this.loadErrorState.asReadonly();
  readonly saving = this.savingState.asReadonly();

  async load(clientId: string): Promise<void> {
    this.loadErrorState.set(null);
    try {
      this.viewState.set(await firstValueFrom(this.api.list(clientId)));
    } catch (error: unknown) {
      this.viewState.set(null);
      this.loadErrorState.set(toApiError(error));
    }
  }

  async createConsent(clientId: string, request: CreateConsentRequest): Promise<RequestOutcome<ConsentView>> {
    const outcome = await this.whileSaving(requestOutcome(this.api.createConsent(clientId, request)));
    if (outcome.ok) this.update((v) => ({ ...v, consents: [outcome.value, ...v.consents] }));
    return outcome;
  }

  async withdraw(consentId: string, request: WithdrawConsentRequest): Promise<RequestOutcome<ConsentView>> {
    const outcome = await this.whileSaving(requestOutcome(this.api.withdraw(consentId, request)));
    if (outcome.ok) this.putConsent(outcome.value);
    else if (outcome.error.statusCode === 409 && outcome.error.current)
      this.putConsent(outcome.error.current as ConsentView);
    return outcome;
  }

  async createDisclosure(clientId: string, request: CreateDisclosureRequest): Promise<RequestOutcome<DisclosureView>> {
    const outcome = await this.whileSaving(requestOutcome(this.api.createDisclosure(clientId, request)));
    if (outcome.ok) this.update((v) => ({ ...v, disclosures: [outcome.value, ...v.disclosures] }));
    return outcome;
  }

  private putConsent(consent: ConsentView): void {
    this.update((v) => ({ ...v, consents: v.consents.map((c) => (c.id === consent.id ? consent : c)) }));
  }

  private update(change: (view: ClientConsentsView) => ClientConsentsView): void {
    this.viewState.update((v) => (v ? change(v) : v));
  }

  private async whileSaving<T>(work: Promise<T>): Promise<T> {
    this.savingState.set(true);
    try {
      return await work;
    } finally {
      this.savingState.set(false);
    }
  }
}
