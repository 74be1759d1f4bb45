import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, CreateVisitRequest, VisitView } from '@naast/contracts';
import { conflictCurrent, requestOutcome, type RequestOutcome } from '@naast/web-core';
import { buildVisitAmendment } from './visit-amendment';
import { VisitsApiService } from './visits-api.service';

/** The contactmomenten of one case, newest first. Provide it per page. */
@Injectable()
export class VisitsStore {
  private readonly api = inject(VisitsApiService);

  private readonly visitsState = signal<VisitView[]>([]);
  private readonly loadingState = signal(false);
  private readonly loadedState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly savingState = signal(false);

  readonly visits = this.visitsState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly loaded = this.loadedState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly saving = this.savingState.asReadonly();

  async load(caseId: string): Promise<void> {
    this.loadingState.set(true);
    const outcome = await requestOutcome(this.api.listForCase(caseId));
    this.loadingState.set(false);
    if (outcome.ok) {
      this.visitsState.set(outcome.value);
      this.loadedState.set(true);
      this.errorState.set(null);
    } else {
      this.errorState.set(outcome.error);
    }
  }

  async record(caseId: string, request: CreateVisitRequest): Promise<RequestOutcome<VisitView>> {
    this.savingState.set(true);
    const outcome = await requestOutcome(this.api.record(caseId, request));
    this.savingState.set(false);
    if (outcome.ok) {
      this.visitsState.update((visits) => sortNewestFirst([outcome.value, ...visits]));
    }
    return outcome;
  }

  /**
   * Sends a correction with only the changed fields. Null when nothing changed. On 409 the
   * visit in the list becomes the server's current version.
   */
  async amend(visit: VisitView, edited: CreateVisitRequest, reason: string): Promise<RequestOutcome<VisitView> | null> {
    const request = buildVisitAmendment(visit, edited, reason);
    if (!request) {
      return null;
    }
    this.savingState.set(true);
    const outcome = await requestOutcome(this.api.amend(visit.id, request));
    this.savingState.set(false);
    const updated = outcome.ok ? outcome.value : conflictCurrent<VisitView>(outcome.error);
    if (updated) {
      this.visitsState.update((visits) => sortNewestFirst(visits.map((v) => (v.id === updated.id ? updated : v))));
    }
    return outcome;
  }
}

function sortNewestFirst(visits: VisitView[]): VisitView[] {
  return [...visits].sort((a, b) => new Date(b.occurredAt).getTime() - new Date(a.occurredAt).getTime());
}
