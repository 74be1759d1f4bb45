import { Injectable, inject, signal } from '@angular/core';
import type { AddSignalFollowUpRequest, ApiError, CreateSignalRequest, SignalView } from '@naast/contracts';
import { requestOutcome, toApiError, type RequestOutcome } from '@naast/web-core';
import { firstValueFrom } from 'rxjs';
import { SignalsApiService } from './signals-api.service';

/** The signals of one case, provided by the panel that shows them. */
@Injectable()
export class CaseSignalsStore {
  private readonly api = inject(SignalsApiService);
  private readonly signalsState = signal<SignalView[] | null>(null);
  private readonly loadErrorState = signal<ApiError | null>(null);
  private readonly savingState = signal(false);

  readonly signals = this.signalsState.asReadonly();
  readonly loadError = this.loadErrorState.asReadonly();
  readonly saving = this.savingState.asReadonly();

  async load(caseId: string): Promise<void> {
    this.loadErrorState.set(null);
    try {
      this.signalsState.set(await firstValueFrom(this.api.list(caseId)));
    } catch (error: unknown) {
      this.signalsState.set(null);
      this.loadErrorState.set(toApiError(error));
    }
  }

  async create(caseId: string, request: CreateSignalRequest): Promise<RequestOutcome<SignalView>> {
    const outcome = await this.whileSaving(requestOutcome(this.api.create(caseId, request)));
    if (outcome.ok) this.signalsState.update((list) => [outcome.value, ...(list ?? [])]);
    return outcome;
  }

  async addFollowUp(signalId: string, request: AddSignalFollowUpRequest): Promise<RequestOutcome<SignalView>> {
    const outcome = await this.whileSaving(requestOutcome(this.api.addFollowUp(signalId, request)));
    if (outcome.ok) this.put(outcome.value);
    else if (outcome.error.statusCode === 409 && outcome.error.current) this.put(outcome.error.current as SignalView);
    return outcome;
  }

  private put(view: SignalView): void {
    this.signalsState.update((list) => (list ?? []).map((s) => (s.id === view.id ? view : s)));
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
