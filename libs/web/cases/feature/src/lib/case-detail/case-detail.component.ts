import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import {
  CASE_STATUS_LABELS,
  DOMAINS,
  INVOLVED_PARTY_KIND_LABELS,
  LEGAL_FRAMEWORK_LABELS,
  REFERRAL_SOURCE_LABELS,
  findCaseStatusTransition,
  type ApiError,
  type CaseStatus,
  type VisitView,
} from '@naast/contracts';
import { CaseDetailStore } from '@naast/web-cases-data-access';
import {
  CORE_MESSAGES,
  I18n,
  LabelPipe,
  LocalDatePipe,
  applyFieldErrors,
  clientUrl,
  conflictCurrent,
  describeApiError,
  editCaseUrl,
  planUrl,
  roleCardPrintUrl,
} from '@naast/web-core';
import { CaseIndependenceStore } from '@naast/web-independence-data-access';
import { CaseIndependencePanelComponent } from '@naast/web-independence-ui';
import { CaseProceduresComponent } from '@naast/web-procedures-data-access';
import { CaseSignalsComponent } from '@naast/web-signals-data-access';
import { ConsentPanelComponent } from '@naast/web-consent-data-access';
import { VisitsStore } from '@naast/web-visits-data-access';
import { VisitFormComponent, VisitTimelineComponent, type VisitFormSubmit } from '@naast/web-visits-ui';
import { firstValueFrom } from 'rxjs';
import { CASES_MESSAGES, type CasesMessages } from '../cases.messages';
import { CaseReassignPanelComponent } from '../case-workspace/case-reassign-panel.component';
import { CaseTimelinePanelComponent } from '../case-workspace/case-timeline-panel.component';
import { StatusReasonDialogComponent, type StatusReasonDialogData } from './status-reason-dialog.component';

export interface StatusAction {
  to: CaseStatus;
  label: string;
  reasonRequired: boolean;
  /** Closing is styled as the less prominent, deliberate action. */
  closes: boolean;
}

/** The label of the button that moves a case from one status to another. */
function statusActionLabel(from: CaseStatus, to: CaseStatus, t: CasesMessages['detail']): string {
  switch (to) {
    case 'intake':
      return t.toIntake;
    case 'actief':
      return from === 'afgesloten' ? t.reopen : t.toActive;
    case 'afgesloten':
      return t.close;
    case 'aangemeld':
      return t.toRegistered;
  }
}

@Component({
  selector: 'naast-case-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatButtonModule,
    LabelPipe,
    LocalDatePipe,
    VisitFormComponent,
    VisitTimelineComponent,
    CaseTimelinePanelComponent,
    CaseReassignPanelComponent,
    CaseIndependencePanelComponent,
    CaseProceduresComponent,
    CaseSignalsComponent,
    ConsentPanelComponent,
  ],
  providers: [CaseDetailStore, VisitsStore, CaseIndependenceStore],
  templateUrl: './case-detail.component.html',
  styleUrl: './case-detail.component.scss',
})
export class CaseDetailComponent {
  private readonly store = inject(CaseDetailStore);
  private readonly visitsStore = inject(VisitsStore);
  protected readonly independence = inject(CaseIndependenceStore);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly recordForm = viewChild<VisitFormComponent>('recordForm');
  private readonly amendForm = viewChild<VisitFormComponent>('amendForm');

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly text = this.i18n.messages(CASES_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly language = this.i18n.language;
  protected readonly statusLabels = CASE_STATUS_LABELS;
  protected readonly supportCase = this.store.supportCase;
  protected readonly saving = this.store.saving;
  protected readonly visits = this.visitsStore.visits;
  protected readonly visitSaving = this.visitsStore.saving;
  protected readonly visitsHaveMore = this.visitsStore.hasMore;
  protected readonly visitsLoading = this.visitsStore.loading;
  protected readonly visitsLoaded = this.visitsStore.loaded;
  protected readonly visitsError = computed(() =>
    this.visitsStore.error() ? this.text().detail.visitsLoadError : null,
  );

  /** Success messages, read out politely by screen readers. */
  protected readonly notice = signal<string | null>(null);
  /** Failures, announced at once. */
  protected readonly alert = signal<string | null>(null);
  /** A reason typed for a status change that did not go through; offered again next time. */
  private readonly pendingReason = signal('');

  /** The visit being corrected (fills the form once) and the version the correction is based on. */
  protected readonly amending = signal<VisitView | null>(null);
  private readonly amendBase = signal<VisitView | null>(null);
  protected readonly amendAlert = signal<string | null>(null);

  protected readonly clientLink = computed(() => {
    const current = this.supportCase();
    return current ? clientUrl(current.client.id) : null;
  });
  protected readonly editLink = computed(() => editCaseUrl(this.id()));
  protected readonly planLink = computed(() => planUrl(this.id()));
  protected readonly roleCardLink = computed(() => roleCardPrintUrl(this.id()));
  protected readonly independenceError = signal<string | null>(null);
  protected readonly canEdit = computed(() => this.supportCase()?.permissions.edit ?? false);
  protected readonly canRecordVisit = computed(() => this.supportCase()?.permissions.recordVisit ?? false);
  protected readonly statusActions = computed<StatusAction[]>(() => {
    const current = this.supportCase();
    if (!current) {
      return [];
    }
    const t = this.text().detail;
    return current.permissions.changeStatusTo.map((to) => ({
      to,
      label: statusActionLabel(current.status, to, t),
      // The server decides; when the shared table does not know the move, ask a reason to be safe.
      reasonRequired: findCaseStatusTransition(current.status, to)?.reasonRequired ?? true,
      closes: to === 'afgesloten',
    }));
  });
  protected readonly details = computed(() => {
    const current = this.supportCase();
    if (!current) {
      return null;
    }
    const label = (text: { nl: string; en: string }) => this.i18n.label(text);
    return {
      domains: current.domains.map((code) => label(DOMAINS.find((d) => d.code === code) ?? { nl: code, en: code })),
      legalFrameworks: current.legalFrameworks.map((f) => label(LEGAL_FRAMEWORK_LABELS[f])),
      referralSource: label(REFERRAL_SOURCE_LABELS[current.referralSource]),
      involvedParties: current.involvedParties.map((p) => ({
        ...p,
        kindLabel: label(INVOLVED_PARTY_KIND_LABELS[p.kind]),
      })),
    };
  });
  protected readonly statusHistory = computed(() =>
    [...(this.supportCase()?.statusHistory ?? [])].reverse().map((change) => ({
      ...change,
      line: this.text().detail.statusHistoryEntry(
        this.i18n.label(CASE_STATUS_LABELS[change.to]),
        change.changedBy.displayName,
        this.i18n.formatDate(change.changedAt, 'dateTime'),
      ),
    })),
  );
  protected readonly loadState = computed(() => {
    const error = this.store.loadError();
    return error ? describeApiError(error, this.coreText().errors) : this.coreText().loading;
  });
  protected readonly amendTitle = computed(() => {
    const visit = this.amending();
    return visit ? this.text().detail.amendTitle(this.i18n.formatDate(visit.occurredAt, 'dateTime')) : '';
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        void this.store.load(id);
        void this.visitsStore.load(id);
        void this.independence.load(id);
      });
    });
  }

  /** A team lead allows the case's open ties to involved parties, with a justification. */
  protected async recordOverride(justification: string): Promise<void> {
    this.independenceError.set(null);
    const outcome = await this.independence.recordOverride(this.id(), justification);
    if (!outcome.ok) {
      this.independenceError.set(
        outcome.error.details?.map((d) => d.reason).join(' ') ||
          describeApiError(outcome.error, this.coreText().errors),
      );
    }
  }

  protected async changeStatus(action: StatusAction): Promise<void> {
    const current = this.supportCase();
    if (!current || this.saving()) {
      return;
    }
    this.notice.set(null);
    this.alert.set(null);
    let reason: string | undefined;
    if (action.reasonRequired) {
      reason = await this.askReason(action, current.status);
      if (reason === undefined) {
        return;
      }
      this.pendingReason.set(reason);
    }
    const outcome = await this.store.changeStatus(action.to, reason);
    if (outcome.ok) {
      this.pendingReason.set('');
      this.notice.set(this.text().detail.statusChanged(this.i18n.label(CASE_STATUS_LABELS[outcome.value.status])));
      return;
    }
    this.alert.set(this.describeStatusFailure(outcome.error));
  }

  protected async recordVisit(submit: VisitFormSubmit): Promise<void> {
    this.notice.set(null);
    this.alert.set(null);
    const outcome = await this.visitsStore.record(this.id(), submit.visit);
    if (outcome.ok) {
      this.recordForm()?.reset();
      this.notice.set(this.text().detail.visitRecorded);
      return;
    }
    const form = this.recordForm()?.form;
    if (form) {
      applyFieldErrors(form, outcome.error.details);
    }
    this.alert.set(describeApiError(outcome.error, this.coreText().errors));
  }

  protected loadMoreVisits(): void {
    void this.visitsStore.loadMore();
  }

  protected startAmendment(visit: VisitView): void {
    this.notice.set(null);
    this.amendAlert.set(null);
    this.amending.set(visit);
    this.amendBase.set(visit);
    // The form opens above the timeline: take the user (and their screen reader) there.
    afterNextRender(
      { read: () => this.host.nativeElement.querySelector<HTMLElement>('#amend-heading')?.focus() },
      { injector: this.injector },
    );
  }

  protected cancelAmendment(): void {
    this.amending.set(null);
    this.amendBase.set(null);
    this.amendAlert.set(null);
  }

  protected async saveAmendment(submit: VisitFormSubmit): Promise<void> {
    const base = this.amendBase();
    if (!base || submit.reason === null) {
      return;
    }
    this.amendAlert.set(null);
    const outcome = await this.visitsStore.amend(base, submit.visit, submit.reason);
    if (outcome === null) {
      this.amendAlert.set(this.text().detail.amendmentUnchanged);
      return;
    }
    if (outcome.ok) {
      this.cancelAmendment();
      this.notice.set(this.text().detail.amendmentSaved);
      return;
    }
    const current = conflictCurrent<VisitView>(outcome.error);
    if (current) {
      // The form keeps the user's input; the next attempt is based on the version now saved.
      this.amendBase.set(current);
      this.amendAlert.set(this.text().detail.amendmentConflict);
      return;
    }
    const form = this.amendForm()?.form;
    if (form) {
      applyFieldErrors(form, outcome.error.details);
    }
    this.amendAlert.set(describeApiError(outcome.error, this.coreText().errors));
  }

  private async askReason(action: StatusAction, from: CaseStatus): Promise<string | undefined> {
    const t = this.text();
    const reopening = from === 'afgesloten';
    const data: StatusReasonDialogData = {
      title: action.closes
        ? t.dialog.closeTitle
        : reopening
          ? t.dialog.reopenTitle
          : t.dialog.reasonTitle(action.label),
      hint: action.closes ? t.dialog.closeHint : reopening ? t.dialog.reopenHint : t.dialog.reasonHint,
      reasonLabel: t.dialog.reason,
      confirmLabel: action.label,
      cancelLabel: t.dialog.cancel,
      reason: this.pendingReason(),
    };
    const dialogRef = this.dialog.open<StatusReasonDialogComponent, StatusReasonDialogData, string>(
      StatusReasonDialogComponent,
      {
        data,
        autoFocus: 'first-tabbable',
        restoreFocus: true,
      },
    );
    return firstValueFrom(dialogRef.afterClosed());
  }

  private describeStatusFailure(error: ApiError): string {
    const current = this.supportCase();
    if (error.statusCode === 409 && current) {
      return this.text().detail.statusConflict(this.i18n.label(CASE_STATUS_LABELS[current.status]));
    }
    return describeApiError(error, this.coreText().errors);
  }
}
