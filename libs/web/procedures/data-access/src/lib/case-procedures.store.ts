import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  ApiError,
  CaseProceduresView,
  CreateProcedureRequest,
  ProcedureView,
  UpdateProcedureRequest,
} from '@naast/contracts';
import { requestOutcome, toApiError, type RequestOutcome } from '@naast/web-core';
import { firstValueFrom } from 'rxjs';
import { ProceduresApiService } from './procedures-api.service';

/** The procedures of one case, provided by the panel that shows them. */
@Injectable()
export class CaseProceduresStore {
  private readonly api = inject(ProceduresApiService);
  private readonly viewState = signal<CaseProceduresView | null>(null);
  private readonly loadErrorState = signal<ApiError | null>(null);
  private readonly savingState = signal(false);

  readonly view = this.viewState.asReadonly();
  readonly procedures = computed(() => this.viewState()?.items ?? []);
  readonly editable = computed(() => this.viewState()?.editable ?? false);
  readonly today = computed(() => this.viewState()?.today ?? null);
  readonly loadError = this.loadErrorState.asReadonly();
  readonly saving = this.savingState.asReadonly();

  async load(caseId: string): Promise<void> {
    this.loadErrorState.set(null);
    try {
      this.viewState.set(await firstValueFrom(this.api.list(caseId)));
    } catch (error: unknown) {
      this.viewState.set(null);
      this.loadErrorState.set(toApiError(error));
    }
  }

  async create(caseId: string, request: CreateProcedureRequest): Promise<RequestOutcome<ProcedureView>> {
    const outcome = await this.whileSaving(requestOutcome(this.api.create(caseId, request)));
    if (outcome.ok) this.put(outcome.value);
    return outcome;
  }

  async update(
    caseId: string,
    procedureId: string,
    request: UpdateProcedureRequest,
  ): Promise<RequestOutcome<ProcedureView>> {
    const outcome = await this.whileSaving(requestOutcome(this.api.update(caseId, procedureId, request)));
    if (outcome.ok) this.put(outcome.value);
    return outcome;
  }

  async remove(caseId: string, procedure: ProcedureView): Promise<RequestOutcome<void>> {
    const outcome = await this.whileSaving(requestOutcome(this.api.remove(caseId, procedure.id, procedure.version)));
    if (outcome.ok) {
      const view = this.viewState();
      if (view) this.viewState.set({ ...view, items: view.items.filter((p) => p.id !== procedure.id) });
    }
    return outcome;
  }

  /** Puts a saved procedure in the list, in place or at the end. */
  private put(procedure: ProcedureView): void {
    const view = this.viewState();
    if (!view) return;
    const exists = view.items.some((p) => p.id === procedure.id);
    this.viewState.set({
      ...view,
      items: exists ? view.items.map((p) => (p.id === procedure.id ? procedure : p)) : [...view.items, procedure],
    });
  }

  private async whileSaving<T>(request: Promise<T>): Promise<T> {
    this.savingState.set(true);
    try {
      return await request;
    } finally {
      this.savingState.set(false);
    }
  }
}
