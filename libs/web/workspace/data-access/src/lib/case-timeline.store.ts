import { Injectable, inject, signal } from '@angular/core';
import type { ApiError, TimelineEntry, TimelineQuery, VisitView } from '@naast/contracts';
import { requestOutcome, type RequestOutcome } from '@naast/web-core';
import { WorkspaceApiService } from './workspace-api.service';

/** One case's timeline under the chosen filters. Provide it per page. */
@Injectable()
export class CaseTimelineStore {
  private readonly api = inject(WorkspaceApiService);

  private readonly entriesState = signal<TimelineEntry[]>([]);
  private readonly loadingState = signal(false);
  private readonly loadedState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private caseId: string | null = null;
  private query: TimelineQuery = {};
  /** Only the newest request may write the entries: filters change faster than answers come. */
  private generation = 0;

  readonly entries = this.entriesState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly loaded = this.loadedState.asReadonly();
  readonly error = this.errorState.asReadonly();

  async load(caseId: string, query: TimelineQuery = {}): Promise<void> {
    const generation = ++this.generation;
    this.caseId = caseId;
    this.query = query;
    this.loadingState.set(true);
    const outcome = await requestOutcome(this.api.timeline(caseId, query));
    if (generation !== this.generation) {
      return;
    }
    this.loadingState.set(false);
    if (outcome.ok) {
      this.entriesState.set(outcome.value);
      this.errorState.set(null);
      this.loadedState.set(true);
    } else {
      this.errorState.set(outcome.error);
    }
  }

  /** Acknowledges a volunteer's report and reloads, so the acknowledgement shows in its place. */
  async acknowledge(visitId: string, comment: string | null): Promise<RequestOutcome<VisitView>> {
    const outcome = await requestOutcome(this.api.acknowledge(visitId, { comment }));
    if (outcome.ok && this.caseId) {
      await this.load(this.caseId, this.query);
    }
    return outcome;
  }
}
