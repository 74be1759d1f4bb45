import { Injectable, computed, inject, signal } from '@angular/core';
import type { ApiError, CaseStatus, CaseView, UpdateCaseRequest } from '@naast/contracts';
import { conflictCurrent, requestOutcome, type RequestOutcome } from '@naast/web-core';
import type { Observable } from 'rxjs';
import { CasesApiService } from './cases-api.service';

/** A case's changes, without the version: the store adds the version the user's edit is based on. */
export type CaseChanges = Omit<UpdateCaseRequest, 'version'>;

/**
 * One case as its page shows it. Writes carry the version the user saw; on 409 the store takes
 * the server's current state, so the page can show it next to what the user typed.
 */
@Injectable()
export class CaseDetailStore {
  private readonly api = inject(CasesApiService);

  private readonly caseState = signal<CaseView | null>(null);
  private readonly loadingState = signal(false);
  private readonly loadErrorState = signal<ApiError | null>(null);
  private readonly savingState = signal(false);

  readonly supportCase = this.caseState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly loadError = this.loadErrorState.asReadonly();
  readonly saving = this.savingState.asReadonly();
  readonly permissions = computed(() => this.caseState()?.permissions ?? null);

  async load(caseId: string): Promise<void> {
    this.loadingState.set(true);
    this.loadErrorState.set(null);
    const outcome = await requestOutcome(this.api.get(caseId));
    this.loadingState.set(false);
    if (outcome.ok) {
      this.caseState.set(outcome.value);
    } else {
      this.loadErrorState.set(outcome.error);
    }
  }

  async changeStatus(status: CaseStatus, reason?: string): Promise<RequestOutcome<CaseView>> {
    const current = this.requireCase();
    return this.save(
      this.api.changeStatus(current.id, { status, version: current.version, ...(reason ? { reason } : {}) }),
    );
  }

  /** `baseVersion`: the version the user started editing from, not necessarily the latest. */
  async update(changes: CaseChanges, baseVersion: number): Promise<RequestOutcome<CaseView>> {
    const current = this.requireCase();
    return this.save(this.api.update(current.id, { ...changes, version: baseVersion }));
  }

  private async save(request: Observable<CaseView>): Promise<RequestOutcome<CaseView>> {
    this.savingState.set(true);
    const outcome = await requestOutcome(request);
    this.savingState.set(false);
    if (outcome.ok) {
      this.caseState.set(outcome.value);
    } else {
      const current = conflictCurrent<CaseView>(outcome.error);
      if (current) {
        this.caseState.set(current);
      }
    }
    return outcome;
  }

  private requireCase(): CaseView {
    const current = this.caseState();
    if (!current) {
      throw new Error('No case loaded.');
    }
    return current;
  }
}
