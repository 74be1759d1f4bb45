import { ChangeDetectionStrategy, Component, computed, inject, input, signal, effect, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  type ApiError,
  type CaseAttention,
  type CaseStatus,
  type CaseloadExportFormat,
  type CaseloadFigures,
  type CaseloadReview,
  type UserRef,
} from '@naast/contracts';
import { CORE_MESSAGES, I18n, WebPaths, describeApiError, drillDownParams, requestOutcome } from '@naast/web-core';
import { CaseloadReviewApiService, caseloadExportUrl } from '@naast/web-workspace-data-access';
import { CASELOAD_REVIEW_MESSAGES } from '../caseload-review.messages';
import { ChartFigureComponent } from '../chart-figure/chart-figure.component';
import { monthLabel, reviewFigures, weightExplanation } from './caseload-review';
import { ProcedureDeadlinesComponent } from '@naast/web-procedures-data-access';

/** One linked figure in the per-supporter table. */
interface FigureCell {
  value: string;
  /** Query parameters of the drill-down; null for a figure that is not a set of cases. */
  params: Record<string, string> | null;
  label: string;
}

/**
 * The team lead's caseload review: per supporter, the waiting list, first-contact times and the
 * team's mix as charts. Every count links to the cases behind it; the overview exports as CSV/XLSX.
 */
@Component({
  selector: 'naast-caseload-review',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, ChartFigureComponent, ProcedureDeadlinesComponent],
  templateUrl: './caseload-review.component.html',
  styleUrl: './caseload-review.component.scss',
})
export class CaseloadReviewComponent {
  private readonly api = inject(CaseloadReviewApiService);
  private readonly i18n = inject(I18n);
  private readonly router = inject(Router);

  /** Query parameter `team`: the chosen team, so the address can be shared and reloaded. */
  readonly team = input<string | undefined>(undefined);

  protected readonly text = this.i18n.messages(CASELOAD_REVIEW_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly review = signal<CaseloadReview | null>(null);
  private readonly error = signal<ApiError | null>(null);
  protected readonly loading = signal(false);
  protected readonly listUrl = `/${WebPaths.teamCaseload}`;
  protected readonly openStatuses = CASE_STATUSES;

  protected readonly teamId = computed(() => this.review()?.teamId ?? null);
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? describeApiError(error, this.coreText().errors) : null;
  });
  protected readonly monthText = computed(() => {
    const review = this.review();
    return review ? this.text().month(monthLabel(review.month, this.i18n.locale())) : '';
  });
  protected readonly statusColumns = computed(() =>
    CASE_STATUSES.map((status) => ({ status, label: this.i18n.label(CASE_STATUS_LABELS[status]) })),
  );
  protected readonly weightText = computed(() =>
    weightExplanation(this.text(), (n) => this.i18n.formatNumber(n, { maximumFractionDigits: 1 })),
  );
  protected readonly rows = computed(() => {
    const review = this.review();
    if (!review) {
      return [];
    }
    return [
      ...review.supporters.map((row) => ({
        id: row.supporter.id,
        name: row.supporter.displayName,
        isTotal: false,
        cells: this.cells(row, row.supporter, review),
      })),
      { id: 'total', name: this.text().total, isTotal: true, cells: this.cells(review.totals, null, review) },
    ];
  });
  protected readonly waiting = computed(() => {
    const review = this.review();
    if (!review) {
      return null;
    }
    const days = (value: number | null) =>
      value === null ? this.text().none : this.text().days(this.i18n.formatNumber(value, { maximumFractionDigits: 1 }));
    return {
      count: review.waitingList.count,
      params: drillDownParams({ attention: 'waiting', teamId: review.teamId ?? undefined }),
      median: days(review.waitingList.medianDays),
      longest: days(review.waitingList.longestDays),
    };
  });
  protected readonly figures = computed(() => {
    const review = this.review();
    return review ? reviewFigures(review, this.text(), this.i18n.language(), this.i18n.locale()) : [];
  });

  constructor() {
    effect(() => {
      const teamId = this.team() ?? null;
      untracked(() => void this.load(teamId));
    });
  }

  protected exportUrl(format: CaseloadExportFormat): string {
    return caseloadExportUrl(format, this.teamId());
  }

  protected chooseTeam(teamId: string): void {
    void this.router.navigate([], { queryParams: { team: teamId || null }, replaceUrl: true });
  }

  private cells(figures: CaseloadFigures, supporter: UserRef | null, review: CaseloadReview): FigureCell[] {
    const t = this.text();
    const who = supporter?.displayName ?? t.total;
    const base = { supporterId: supporter?.id, teamId: review.teamId ?? undefined };
    const count = (label: string, value: number, drill: { attention?: CaseAttention; status?: CaseStatus } | null) => ({
      value: this.i18n.formatNumber(value),
      params: drill ? drillDownParams({ ...base, ...drill }) : null,
      label: t.cellLabel(label, who, value),
    });
    return [
      count(t.open, figures.openCases, {}),
      count(t.newThisMonth, figures.newThisMonth, { attention: 'new_this_month' }),
      count(t.closedThisMonth, figures.closedThisMonth, { attention: 'closed_this_month' }),
      ...CASE_STATUSES.map((status) =>
        count(this.i18n.label(CASE_STATUS_LABELS[status]), figures.byStatus[status], { status }),
      ),
      count(t.visitsThisMonth, figures.visitsThisMonth, null),
      count(t.withoutContact(review.noContactDays), figures.withoutContact, { attention: 'no_contact' }),
      count(t.overdueActions, figures.overdueActions, { attention: 'overdue_actions' }),
      {
        value: this.i18n.formatNumber(figures.weight, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
        params: null,
        label: '',
      },
    ];
  }

  private async load(teamId: string | null): Promise<void> {
    this.loading.set(true);
    const outcome = await requestOutcome(this.api.review(teamId));
    this.loading.set(false);
    if (outcome.ok) {
      this.review.set(outcome.value);
      this.error.set(null);
    } else {
      this.error.set(outcome.error);
    }
  }
}
