import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { DEFAULT_PAGE_SIZE, type ApiError, type CaseListItem, type CaseListQuery, type Page } from '@naast/contracts';
import { toApiError } from '@naast/web-core';
import { Subject, catchError, map, of, switchMap, type Observable } from 'rxjs';
import { CasesApiService } from './cases-api.service';

interface ListRequest {
  query: CaseListQuery;
  /** Set when fetching the next page of the same query. */
  cursor: string | null;
}

type ListOutcome = { request: ListRequest; page: Page<CaseListItem> } | { request: ListRequest; error: ApiError };

/**
 * A list of cases under filters, page by page (keyset cursor). Provide it per page, so the list
 * is gone with the page that showed it.
 */
@Injectable()
export class CasesStore {
  private readonly api = inject(CasesApiService);
  private readonly requests = new Subject<ListRequest>();

  private readonly queryState = signal<CaseListQuery>({});
  private readonly itemsState = signal<CaseListItem[]>([]);
  private readonly nextCursorState = signal<string | null>(null);
  private readonly loadingState = signal(false);
  private readonly loadedState = signal(false);
  private readonly errorState = signal<ApiError | null>(null);

  readonly query = this.queryState.asReadonly();
  readonly items = this.itemsState.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  /** True once the first page answered, to tell "no cases" from "not loaded yet". */
  readonly loaded = this.loadedState.asReadonly();
  readonly error = this.errorState.asReadonly();
  readonly hasMore = computed(() => this.nextCursorState() !== null);

  constructor() {
    this.requests
      .pipe(
        // New filters cancel the request in flight, so an older answer never overwrites a newer one.
        switchMap((request) => this.fetch(request)),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => this.receive(outcome));
  }

  /** Loads the first page for these filters. */
  load(query: CaseListQuery): void {
    this.queryState.set(query);
    this.loadingState.set(true);
    this.requests.next({ query, cursor: null });
  }

  loadMore(): void {
    const cursor = this.nextCursorState();
    if (cursor && !this.loadingState()) {
      this.loadingState.set(true);
      this.requests.next({ query: this.queryState(), cursor });
    }
  }

  private fetch(request: ListRequest): Observable<ListOutcome> {
    const query: CaseListQuery = { limit: DEFAULT_PAGE_SIZE, ...request.query, cursor: request.cursor ?? undefined };
    return this.api.list(query).pipe(
      map((page) => ({ request, page })),
      catchError((error: unknown) => of({ request, error: toApiError(error) })),
    );
  }

  private receive(outcome: ListOutcome): void {
    this.loadingState.set(false);
    if ('error' in outcome) {
      this.errorState.set(outcome.error);
      return;
    }
    this.errorState.set(null);
    this.loadedState.set(true);
    const { page, request } = outcome;
    this.itemsState.update((current) => (request.cursor ? [...current, ...page.items] : page.items));
    this.nextCursorState.set(page.nextCursor);
  }
}
