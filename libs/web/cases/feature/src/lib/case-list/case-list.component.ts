import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  CASE_ATTENTIONS,
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  DOMAINS,
  type CaseAttention,
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
  ATTENTION_PARAM,
  STATUS_PARAM,
  SUPPORTER_PARAM,
  TEAM_PARAM,
  WebPaths,
  caseUrl,
  describeApiError,
  requestOutcome,
} from '@naast/web-core';
import { debounce, distinctUntilChanged, map, of, startWith, timer } from 'rxjs';
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

  private readonly router = inject(Router);

  /** From route data. */
  readonly view = input<CaseListView>('mine');
  /**
   * Drill-down from a start page or the caseload review (query parameters, see `drillDownParams`):
   * why the cases need attention, whose they are, which status, which team.
   */
  private readonly drillDown = toSignal(
    inject(ActivatedRoute).queryParamMap.pipe(
      map((params) => ({
        attention: params.get(ATTENTION_PARAM) ?? undefined,
        supporterId: params.get(SUPPORTER_PARAM) ?? undefined,
        status: params.get(STATUS_PARAM) ?? undefined,
        teamId: params.get(TEAM_PARAM) ?? undefined,
      })),
    ),
    { requireSync: true },
  );

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
    attention: ['' as CaseAttention | ''],
  });
  private readonly attentionValue = toSignal(this.filters.controls.attention.valueChanges, { initialValue: '' });
  /** The attention filter now applied, in words, with a way to clear it. */
  protected readonly attentionLabel = computed(() => {
    const attention = this.attentionValue();
    return attention ? this.text().list.attention[attention] : null;
  });

  protected readonly isTeamView = computed(() => this.view() === 'team');
  protected readonly isSupporter = computed(() => this.session.role() === 'supporter');
  /** Supporters and team leads register clients and open cases. */
  protected readonly canOpenCases = computed(() => {
    const role = this.session.role();
    return role === 'supporter' || role === 'team_lead';
  });
  protected readonly title = computed(() =>
    this.isTeamView() ? this.text().list.titleTeam : this.text().list.titleMine,
  );
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
      domainLabels: item.domains
        .map((code) => this.i18n.label(DOMAINS.find((d) => d.code === code) ?? { nl: code, en: code }))
        .join(', '),
    })),
  );
  protected readonly loading = this.store.loading;
  protected readonly loaded = this.store.loaded;
  protected readonly hasMore = this.store.hasMore;
  protected readonly errorMessage = computed(() => {
    const error = this.store.error();
    return error ? describeApiError(error, this.coreText().errors) : null;
  });

  constructor() {
    // A new drill-down link followed while this page is open changes the filters in place.
    effect(() => this.applyDrillDown(this.drillDown()));
  }

  ngOnInit(): void {
    this.applyDrillDown(this.drillDown());
    const controls = this.filters.controls;
    if (this.isTeamView()) {
      void this.loadSupporters('');
      controls.teamId.valueChanges
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe((teamId) => void this.loadSupporters(teamId));
    }
    let last = this.currentQuery();
    // One reload per change of the filters (a reset changes several at once).
    this.filters.valueChanges
      .pipe(
        map(() => this.currentQuery()),
        startWith(last),
        // Typing waits for a pause; choosing a filter (or clearing them all) applies at once.
        debounce((query) => {
          const typing = query.q !== last.q && sameQuery({ ...query, q: undefined }, { ...last, q: undefined });
          last = query;
          return typing ? timer(SEARCH_DEBOUNCE_MS) : of(null);
        }),
        distinctUntilChanged(sameQuery),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((query) => this.store.load(query));
  }

  protected clearFilters(): void {
    this.filters.reset();
    this.forgetDrillDown();
  }

  /** Clears only the attention filter; the other filters stay. */
  protected clearAttention(): void {
    this.filters.controls.attention.setValue('');
    this.forgetDrillDown();
  }

  /** The address no longer names the drill-down, so a reload shows what is on screen. */
  private forgetDrillDown(): void {
    if (Object.values(this.drillDown()).some((value) => value !== undefined)) {
      void this.router.navigate([], { queryParams: {}, replaceUrl: true });
    }
  }

  private applyDrillDown(drillDown: {
    attention?: string;
    supporterId?: string;
    status?: string;
    teamId?: string;
  }): void {
    const attention = CASE_ATTENTIONS.find((value) => value === drillDown.attention) ?? '';
    const status = CASE_STATUSES.find((value) => value === drillDown.status);
    const controls = this.filters.controls;
    if (!attention && !status && !drillDown.supporterId && !drillDown.teamId) {
      if (controls.attention.value) {
        controls.attention.setValue('');
      }
      return;
    }
    // A drill-down shows exactly the cases behind the figure: other filters start from "all".
    this.filters.patchValue({
      attention,
      // Attention says itself which statuses count (e.g. closed this month).
      status: status ? [status] : attention ? [] : [...OPEN_STATUSES],
      domain: [],
      q: '',
      scope: 'mine',
      teamId: drillDown.teamId ?? '',
      supporterId: drillDown.supporterId ?? '',
    });
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
      attention: value.attention || undefined,
    };
    if (this.isTeamView()) {
      query.teamId = value.teamId || undefined;
      query.supporterId = value.supporterId || undefined;
    } else {
      query.mine = value.scope === 'mine';
    }
    return query;
  }

  /** The lead supporters to filter on: the supporters and team leads of the chosen team, or of all the lead's teams. */
  private async loadSupporters(teamId: string): Promise<void> {
    const teamIds = teamId ? [teamId] : this.teams().map((team) => team.id);
    const outcomes = await Promise.all(teamIds.map((id) => requestOutcome(this.colleaguesApi.list({ teamId: id }))));
    if (teamId !== this.filters.controls.teamId.value) {
      return;
    }
    const leads = new Map<string, UserRef>();
    for (const outcome of outcomes) {
      for (const user of outcome.ok ? outcome.value : []) {
        if (user.role === 'supporter' || user.role === 'team_lead') {
          leads.set(user.id, user);
        }
      }
    }
    this.supporters.set(
      [...leads.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, this.i18n.locale())),
    );
    const chosen = this.filters.controls.supporterId;
    if (chosen.value && !leads.has(chosen.value)) {
      chosen.setValue('');
    }
  }
}

function sameQuery(a: CaseListQuery, b: CaseListQuery): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
