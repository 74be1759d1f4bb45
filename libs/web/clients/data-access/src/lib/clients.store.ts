import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { ApiError, ClientSummary, Page } from '@naast/contracts';
import { toApiError } from '@naast/web-core';
import { Subject, catchError, map, of, switchMap, type Observable } from 'rxjs';
import { ClientsApiService } from './clients-api.service';

/** Fewer letters than this find too much to be useful for telling people apart. */
export const MIN_CLIENT_SEARCH_LENGTH = 2;
const PAGE_SIZE = 20;

interface SearchRequest {
  q: string;
  cursor: string | null;
}

type SearchOutcome =
  | { request: SearchRequest; page: Page<ClientSummary> }
  | { request: SearchRequest; error: ApiError };

/**
 * Client search (partial or misspelled names; the API matches by similarity). Provide it per
 * page: results live only as long as the page that shows them.
 */
@Injectable()
export class ClientSearchStore {
  private readonly api = inject(ClientsApiService);
  private readonly requests = new Subject<SearchRequest>();

  private readonly queryState = signal('');
  private readonly resultsState = signal<ClientSummary[]>([]);
  private readonly nextCursorState = signal<string | null>(null);
  private readonly loadingState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);
  private readonly searchedState = signal(false);

  readonly query = this.queryState.asReadonly();
  readonly results = this.resultsState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly error = this.errorState.asReadonly();
  /** True once a search has answered, to tell "nothing found" from "not searched yet". */
  readonly searched = this.searchedState.asReadonly();
  readonly hasMore = computed(() => this.nextCursorState() !== null);

  constructor() {
    this.requests
      .pipe(
        // A newer search cancels the one in flight, so results never arrive out of order.
        switchMap((request) => this.fetch(request)),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => this.receive(outcome));
  }

  search(query: string): void {
    const q = query.trim();
    this.queryState.set(q);
    if (q.length < MIN_CLIENT_SEARCH_LENGTH) {
      this.resultsState.set([]);
      this.nextCursorState.set(null);
      this.searchedState.set(false);
      this.loadingState.set(false);
      this.requests.next({ q: '', cursor: null });
      return;
    }
    this.loadingState.set(true);
    this.requests.next({ q, cursor: null });
  }

  loadMore(): void {
    const cursor = this.nextCursorState();
    if (cursor && !this.loadingState()) {
      this.loadingState.set(true);
      this.requests.next({ q: this.queryState(), cursor });
    }
  }

  private fetch(request: SearchRequest): Observable<SearchOutcome> {
    if (request.q === '') {
      return of();
    }
    return this.api.search({ q: request.q, cursor: request.cursor ?? undefined, limit: PAGE_SIZE }).pipe(
      map((page) => ({ request, page })),
      catchError((error: unknown) => of({ request, error: toApiError(error) })),
    );
  }

  private receive(outcome: SearchOutcome): void {
    this.loadingState.set(false);
    this.searchedState.set(true);
    if ('error' in outcome) {
      this.errorState.set(outcome.error);
      return;
    }
    this.errorState.set(null);
    const { page, request } = outcome;
    this.resultsState.update((current) => (request.cursor ? [...current, ...page.items] : page.items));
    this.nextCursorState.set(page.nextCursor);
  }
}
