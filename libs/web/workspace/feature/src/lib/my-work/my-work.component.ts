import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  UPCOMING_DAYS,
  VISIT_MODE_LABELS,
  type ApiError,
  type CaseAttention,
  type MyWorkView,
  type NewReportItem,
} from '@naast/contracts';
import {
  CORE_MESSAGES,
  I18n,
  WebPaths,
  caseUrl,
  describeApiError,
  drillDownParams,
  requestOutcome,
} from '@naast/web-core';
import { WorkspaceApiService } from '@naast/web-workspace-data-access';
import { AcknowledgeReportComponent } from '@naast/web-workspace-ui';
import { WORKSPACE_MESSAGES } from '../workspace.messages';

/**
 * "Mijn werk": what needs the supporter's attention today. Every figure links to the case list
 * showing exactly the cases behind it.
 */
@Component({
  selector: 'naast-my-work',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, AcknowledgeReportComponent],
  templateUrl: './my-work.component.html',
  styleUrl: './my-work.component.scss',
})
export class MyWorkComponent implements OnInit {
  private readonly api = inject(WorkspaceApiService);
  private readonly i18n = inject(I18n);

  protected readonly text = this.i18n.messages(WORKSPACE_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly language = this.i18n.language;
  protected readonly view = signal<MyWorkView | null>(null);
  private readonly error = signal<ApiError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly acknowledging = signal<string | null>(null);
  protected readonly acknowledgeFailure = signal<{ visitId: string; message: string } | null>(null);
  protected readonly upcomingDays = UPCOMING_DAYS;
  protected readonly listUrl = `/${WebPaths.caseload}`;

  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? describeApiError(error, this.coreText().errors) : null;
  });
  protected readonly statuses = computed(() => {
    const view = this.view();
    if (!view) {
      return [];
    }
    return CASE_STATUSES.filter((status) => status !== 'afgesloten').map((status) => ({
      status,
      label: this.i18n.label(CASE_STATUS_LABELS[status]),
      count: view.openCases.byStatus[status],
      params: drillDownParams({ status }),
    }));
  });
  protected readonly withoutContact = computed(() =>
    (this.view()?.withoutContact.items ?? []).map((item) => ({
      ...item,
      url: caseUrl(item.caseId),
      when: item.lastContactOn
        ? this.text().myWork.lastContact(this.i18n.formatDate(item.lastContactOn))
        : this.text().myWork.neverContact,
    })),
  );
  protected readonly overdueActions = computed(() =>
    (this.view()?.overdueActions.items ?? []).map((item) => ({
      ...item,
      url: caseUrl(item.caseId),
      late: this.text().myWork.daysOverdue(item.daysOverdue, this.i18n.formatDate(item.dueOn)),
    })),
  );
  protected readonly upcoming = computed(() =>
    (this.view()?.upcoming.items ?? []).map((item) => {
      const t = this.text().myWork;
      const date = this.i18n.formatDate(item.date);
      return {
        ...item,
        id: `${item.kind}:${item.caseId}:${item.date}:${item.label}`,
        url: caseUrl(item.caseId),
        kindLabel: item.kind === 'evaluation' ? t.evaluation : t.procedureDeadline,
        when: item.passed ? t.passedOn(date) : t.dueOn(date),
      };
    }),
  );
  protected readonly reports = computed(() =>
    (this.view()?.newReports.items ?? []).map((item) => ({
      ...item,
      url: caseUrl(item.caseId),
      heading: this.text().myWork.reportBy(
        item.volunteer.displayName,
        this.i18n.formatDate(item.occurredAt, 'dateTime'),
      ),
      what: this.text().myWork.reportWhat(item.volunteer.displayName, item.client.displayName),
      modeLabel: this.i18n.label(VISIT_MODE_LABELS[item.mode]),
    })),
  );

  ngOnInit(): void {
    void this.load();
  }

  protected attentionParams(attention: CaseAttention): Record<string, string> {
    return drillDownParams({ attention });
  }

  protected async acknowledgeReport(report: NewReportItem, comment: string | null): Promise<void> {
    this.acknowledging.set(report.visitId);
    this.acknowledgeFailure.set(null);
    this.notice.set(null);
    const outcome = await requestOutcome(this.api.acknowledge(report.visitId, { comment }));
    this.acknowledging.set(null);
    if (!outcome.ok) {
      this.acknowledgeFailure.set({
        visitId: report.visitId,
        message: describeApiError(outcome.error, this.coreText().errors),
      });
      return;
    }
    this.view.update((view) =>
      view
        ? {
            ...view,
            newReports: {
              total: Math.max(0, view.newReports.total - 1),
              items: view.newReports.items.filter((item) => item.visitId !== report.visitId),
            },
          }
        : view,
    );
    this.notice.set(this.text().myWork.acknowledged(report.client.displayName));
  }

  private async load(): Promise<void> {
    const outcome = await requestOutcome(this.api.myWork());
    if (outcome.ok) {
      this.view.set(outcome.value);
      this.error.set(null);
    } else {
      this.error.set(outcome.error);
    }
  }
}
