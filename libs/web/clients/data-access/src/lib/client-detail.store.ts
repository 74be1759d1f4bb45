import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, ClientView, UpdateClientRequest } from '@naast/contracts';
import { conflictCurrent, requestOutcome, type RequestOutcome } from '@naast/web-core';
import { ClientsApiService } from './clients-api.service';

/** A client's changes, without the version: the store adds the version the user's edit is based on. */
export type ClientUpdate = Omit<UpdateClientRequest, 'version'>;

/**
 * One client as its page shows it. A change carries the version the user started from; on 409
 * the store takes the server's current state, so the page can show it beside what the user typed.
 */
@Injectable()
export class ClientDetailStore {
  private readonly api = inject(ClientsApiService);

  private readonly clientState = signal<ClientView | null>(null);
  private readonly loadErrorState = signal<ApiError | null>(null);
  private readonly savingState = signal(false);

  readonly client = this.clientState.asReadonly();
  readonly loadError = this.loadErrorState.asReadonly();
  readonly saving = this.savingState.asReadonly();

  async load(clientId: string): Promise<void> {
    this.loadErrorState.set(null);
    const outcome = await requestOutcome(this.api.get(clientId));
    if (outcome.ok) {
      this.clientState.set(outcome.value);
    } else {
      this.loadErrorState.set(outcome.error);
    }
  }

  /** `baseVersion`: the version the user started editing from, not necessarily the latest. */
  async update(changes: ClientUpdate, baseVersion: number): Promise<RequestOutcome<ClientView>> {
    const current = this.clientState();
    if (!current) {
      throw new Error('No client loaded.');
    }
    this.savingState.set(true);
    const outcome = await requestOutcome(this.api.update(current.id, { ...changes, version: baseVersion }));
    this.savingState.set(false);
    const latest = outcome.ok ? outcome.value : conflictCurrent<ClientView>(outcome.error);
    if (latest) {
      this.clientState.set(latest);
    }
    return outcome;
  }
}
