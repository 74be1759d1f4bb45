import { Injectable, computed, inject, signal } from '@angular/core';
import { DEFAULT_PAGE_SIZE, type ApiError, type CreateVisitRequest, type VisitView } from '@naast/contracts';
import { conflictCurrent, requestOutcome, type RequestOutcome } from '@naast/web-core';
import { buildVisitAmendment } from './visit-amendment';
import { VisitsApiService } from './visits-api.service';

/**
 * The contactmomenten of one case, newest first, a page at a time: the first page on `load`,
 * the next one appended on `loadMore`. Provide it per page.
 */
@Injectable()
export class VisitsStore {
  private readonly api = inject(VisitsApiService);

  private readonly visitsState = signal<VisitView[]>([]);
  private readonly nextCursorState = signal<string | null>(null);
  private readonly loadingState = signal(false);
  private readonly loadedState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly savingState = signal(false);
  /** The case whose visits are shown, and which `load` call may still write them. */
  private caseId: string | null = null;
  private generation = 0;

  readonly visits = this.visitsState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  /** True once the first page answered, to tell "no visits yet" from "not loaded yet". */
  readonly loaded = this.loadedState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly saving = this.savingState.asReadonly();
  readonly hasMore = computed(() => this.nextCursorState() !== null);

  /** Loads the first page of a case's visits, replacing what was shown. */
  async load(caseId: string): Promise<void> {
    const generation = ++this.generation;
    this.caseId = caseId;
    this.loadingState.set(true);
    const outcome = await requestOutcome(this.api.listForCase(caseId, { limit: DEFAULT_PAGE_SIZE }));
    if (generation !== this.generation) {
      return;
    }
    this.loadingState.set(false);
    if (outcome.ok) {
      this.visitsState.set(sortNewestFirst(outcome.value.items));
      this.nextCursorState.set(outcome.value.nextCursor);
      this.loadedState.set(true);
      this.errorState.set(null);
    } else {
      this.errorState.set(outcome.error);
    }
  }

  /** Appends the next (older) page; does nothing while a page is on its way or when all are shown. */
  async loadMore(): Promise<void> {
    const cursor = this.nextCursorState();
    const caseId = this.caseId;
    if (!cursor || !caseId || this.loadingState()) {
      return;
    }
    const generation = this.generation;
    this.loadingState.set(true);
    const outcome = await requestOutcome(this.api.listForCase(caseId, { cursor, limit: DEFAULT_PAGE_SIZE }));
    if (generation !== this.generation) {
      return;
    }
    this.loadingState.set(false);
    if (outcome.ok) {
      // A visit recorded here meanwhile may come again in an older page (when it was dated back).
      this.visitsState.update((visits) => sortNewestFirst(mergeById(visits, outcome.value.items)));
      this.nextCursorState.set(outcome.value.nextCursor);
      this.errorState.set(null);
    } else {
      this.errorState.set(outcome.error);
    }
  }

  /** Records a visit; the saved visit joins the list at its place in time (usually on top). */
  async record(caseId: string, request: CreateVisitRequest): Promise<RequestOutcome<VisitView>> {
    this.savingState.set(true);
    const outcome = await requestOutcome(this.api.record(caseId, request));
    this.savingState.set(false);
    if (outcome.ok && caseId === this.caseId) {
      this.visitsState.update((visits) => sortNewestFirst(mergeById([outcome.value], visits)));
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

/** The first list wins for visits in both. */
function mergeById(first: readonly VisitView[], second: readonly VisitView[]): VisitView[] {
  const seen = new Set(first.map((v) => v.id));
  return [...first, ...second.filter((v) => !seen.has(v.id))];
}

/** Newest first, as the API pages them (time, then id). A stable sort keeps the API's order for equal keys. */
function sortNewestFirst(visits: VisitView[]): VisitView[] {
  return [...visits].sort((a, b) => new Date(b.occurredAt).getTime() - new Date(a.occurredAt).getTime());
}
