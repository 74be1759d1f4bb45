import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, CaseIndependenceView } from '@naast/contracts';
import { requestOutcome, type RequestOutcome } from '@naast/web-core';
import { IndependenceApiService } from './independence-api.service';

/** The independence panel of one case: ties without an override, and the overrides recorded. */
@Injectable()
export class CaseIndependenceStore {
  private readonly api = inject(IndependenceApiService);
  private readonly viewState = signal<CaseIndependenceView | null>(null);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly savingState = signal(false);

  readonly view = this.viewState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly saving = this.savingState.asReadonly();

  async load(caseId: string): Promise<void> {
    const outcome = await requestOutcome(this.api.caseIndependence(caseId));
    if (outcome.ok) {
      this.viewState.set(outcome.value);
      this.errorState.set(null);
    } else {
      // Volunteers do not see this panel; a refusal leaves it out rather than failing the page.
      this.viewState.set(null);
      this.errorState.set(outcome.error.statusCode === 403 ? null : outcome.error);
    }
  }

  async recordOverride(caseId: string, justification: string): Promise<RequestOutcome<CaseIndependenceView>> {
    this.savingState.set(true);
    const outcome = await requestOutcome(this.api.recordOverride(caseId, { justification }));
    this.savingState.set(false);
    if (outcome.ok) this.viewState.set(outcome.value);
    return outcome;
  }
}
