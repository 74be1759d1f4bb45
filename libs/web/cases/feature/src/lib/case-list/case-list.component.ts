import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal, type OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  DOMAINS,
  type CaseListQuery,
  type CaseStatus,
  type DomainCode,
  type UserRef,
} from '@naast/contracts';
import { CasesStore, ColleaguesApiService } from '@naast/web-cases-data-access';
import {
  CORE_MESSAGES,
  I18n,
  LocalDatePipe,
  SessionStore,
  WebPaths,
  caseUrl,
  describeApiError,
  requestOutcome,
} from '@naast/web-core';
import { debounceTime, distinctUntilChanged, map, merge } from 'rxjs';
import { CASES_MESSAGES } from '../cases.messages';
import { ClientQuickSearchComponent } from './client-quick-search.component';

/** `mine`: the supporter's "Mijn caseload"; `team`: the team lead's "Caseload team". */
export type CaseListView = 'mine' | 'team';
type Scope = 'mine' | 'team';

/** Open cases first: closed ones only when asked for. */
const OPEN_STATUSES: CaseStatus[] = ['aangemeld', 'intake', 'actief'];
const SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'naast-case-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatChipsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LocalDatePipe,
    ClientQuickSearchComponent,
  ],
  providers: [CasesStore],
  templateUrl: './case-list.component.html',
  styleUrl: './case-list.component.scss',
})
export class CaseListComponent implements OnInit {
  private readonly store = inject(CasesStore);
  private readonly colleaguesApi = inject(ColleaguesApiService);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);
  private readonly destroyRef = inject(DestroyRef);

  /** From route data. */
  readonly view = input<CaseListView>('mine');

  protected readonly text = this.i18n.messages(CASES_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly paths = WebPaths;
  protected readonly filters = inject(NonNullableFormBuilder).group({
    scope: ['mine' as Scope],
    status: [[...OPEN_STATUSES] as CaseStatus[]],
    domain: [[] as DomainCode[]],
    q: [''],
    teamId: [''],
    supporterId: [''],
  });

  protected readonly isTeamView = computed(() => this.view() === 'team');
  protected readonly isSupporter = computed(() => this.session.role() === 'supporter');
  protected readonly title = computed(() => (this.isTeamView() ? this.text().list.titleTeam : this.text().list.titleMine));
  protected readonly teams = computed(() => this.session.user()?.teams ?? []);
  protected readonly supporters = signal<UserRef[]>([]);
  protected readonly statusOptions = computed(() =>
    CASE_STATUSES.map((status) => ({ value: status, label: this.i18n.label(CASE_STATUS_LABELS[status]) })),
  );
  protected readonly domainOptions = computed(() =>
    DOMAINS.map((domain) => ({ value: domain.code, label: this.i18n.label(domain) })),
  );
  protected readonly rows = computed(() =>
    this.store.items().map((item) => ({
      ...item,
      url: caseUrl(item.id),
      statusLabel: this.i18n.label(CASE_STATUS_LABELS[item.status]),
      domainLabels: item.domains.map((code) => this.i18n.label(DOMAINS.find((d) => d.code === code) ?? { nl: code, en: code })).join(', '),
    })),
  );
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly hasMore = this.store.hasMore;
  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? describeApiError(error, this.coreText().errors) : null;
  });

  ngOnInit(): void {
    if (this.isTeamView()) {
      void this.loadSupporters();
    }
    const controls = this.filters.controls;
    // Typing waits for a pause; choosing a filter applies at once.
    merge(
      controls.q.valueChanges.pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged()),
      controls.scope.valueChanges,
      controls.status.valueChanges,
      controls.domain.valueChanges,
      controls.teamId.valueChanges,
      controls.supporterId.valueChanges,
    )
      .pipe(
        map(() => this.currentQuery()),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((query) => this.store.load(query));
    this.store.load(this.currentQuery());
  }

  protected clearFilters(): void {
    this.filters.reset();
  }

  protected loadMore(): void {
    this.store.loadMore();
  }

  private currentQuery(): CaseListQuery {
    const value = this.filters.getRawValue();
    const query: CaseListQuery = {
      status: value.status,
      domain: value.domain,
      q: value.q.trim() || undefined,
      sort: '-registeredOn',
    };
    if (this.isTeamView()) {
      query.teamId = value.teamId || undefined;
      query.supporterId = value.supporterId || undefined;
    } else {
      query.mine = value.scope === 'mine';
    }
    return query;
  }

  private async loadSupporters(): Promise<void> {
    const teams = this.teams();
    const outcome = await requestOutcome(
      this.colleaguesApi.list({ role: 'supporter', teamId: teams.length === 1 ? teams[0].id : undefined }),
    );
    if (outcome.ok) {
      this.supporters.set([...outcome.value].sort((a, b) => a.displayName.localeCompare(b.displayName, this.i18n.locale())));
    }
  }
}
