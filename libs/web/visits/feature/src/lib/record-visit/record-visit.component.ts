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
import { RouterLink } from '@angular/router';
import type { ApiError, CaseView, VisitView } from '@naast/contracts';
import { CasesApiService } from '@naast/web-cases-data-access';
import {
  CORE_MESSAGES,
  I18n,
  SessionStore,
  WebPaths,
  applyFieldErrors,
  conflictCurrent,
  describeApiError,
  homeUrlFor,
  requestOutcome,
} from '@naast/web-core';
import { VisitsStore } from '@naast/web-visits-data-access';
import { VisitFormComponent, VisitTimelineComponent, type VisitFormSubmit } from '@naast/web-visits-ui';
import { VISITS_MESSAGES } from '../visits.messages';

/**
 * "Contactmoment vastleggen" on a phone, right after the visit: the case in brief, then the form,
 * then the earlier contactmomenten (which the author may correct).
 */
@Component({
  selector: 'naast-record-visit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, VisitFormComponent, VisitTimelineComponent],
  providers: [VisitsStore],
  templateUrl: './record-visit.component.html',
  styleUrl: './record-visit.component.scss',
})
export class RecordVisitComponent {
  private readonly casesApi = inject(CasesApiService);
  private readonly visitsStore = inject(VisitsStore);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly visitForm = viewChild<VisitFormComponent>('visitForm');
  private readonly amendForm = viewChild<VisitFormComponent>('amendForm');

  /** Route parameter. */
  readonly caseId = input.required<string>();

  protected readonly text = this.i18n.messages(VISITS_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly language = this.i18n.language;
  protected readonly supportCase = signal<CaseView | null>(null);
  private readonly loadError = signal<ApiError | null>(null);
  protected readonly visits = this.visitsStore.visits;
  protected readonly saving = this.visitsStore.saving;
  protected readonly visitsHaveMore = this.visitsStore.hasMore;
  protected readonly visitsLoading = this.visitsStore.loading;
  protected readonly visitsLoaded = this.visitsStore.loaded;
  protected readonly visitsError = computed(() =>
    this.visitsStore.error() ? this.text().record.visitsLoadError : null,
  );
  protected readonly notice = signal<string | null>(null);
  protected readonly alert = signal<string | null>(null);

  /** The visit being corrected (fills the form once) and the version the correction is based on. */
  protected readonly amending = signal<VisitView | null>(null);
  private readonly amendBase = signal<VisitView | null>(null);
  protected readonly amendAlert = signal<string | null>(null);
  protected readonly amendTitle = computed(() => {
    const visit = this.amending();
    return visit ? this.text().record.amendTitle(this.i18n.formatDate(visit.occurredAt, 'dateTime')) : '';
  });

  protected readonly backUrl = computed(() => {
    const role = this.session.role();
    return role === 'volunteer' || !role ? `/${WebPaths.links}` : homeUrlFor(role);
  });
  protected readonly loadState = computed(() => {
    const error = this.loadError();
    return error ? describeApiError(error, this.coreText().errors) : this.coreText().loading;
  });

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      untracked(() => {
        void this.loadCase(caseId);
        void this.visitsStore.load(caseId);
      });
    });
  }

  protected async recordVisit(submit: VisitFormSubmit): Promise<void> {
    this.notice.set(null);
    this.alert.set(null);
    const outcome = await this.visitsStore.record(this.caseId(), submit.visit);
    if (outcome.ok) {
      this.visitForm()?.reset();
      this.notice.set(this.text().record.saved);
      // On a phone the confirmation is far above the button just pressed: bring it into view.
      afterNextRender(
        { read: () => this.host.nativeElement.querySelector('.notice')?.scrollIntoView({ block: 'nearest' }) },
        { injector: this.injector },
      );
      return;
    }
    const form = this.visitForm()?.form;
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
    this.alert.set(null);
    this.amendAlert.set(null);
    this.amending.set(visit);
    this.amendBase.set(visit);
    // The form opens above the list: take the user (and their screen reader) there.
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
    const t = this.text().record;
    if (outcome === null) {
      this.amendAlert.set(t.amendmentUnchanged);
      return;
    }
    if (outcome.ok) {
      this.cancelAmendment();
      this.notice.set(t.amendmentSaved);
      return;
    }
    const current = conflictCurrent<VisitView>(outcome.error);
    if (current) {
      // The form keeps the user's input; the next attempt is based on the version now saved.
      this.amendBase.set(current);
      this.amendAlert.set(t.amendmentConflict);
      return;
    }
    const form = this.amendForm()?.form;
    if (form) {
      applyFieldErrors(form, outcome.error.details);
    }
    this.amendAlert.set(describeApiError(outcome.error, this.coreText().errors));
  }

  private async loadCase(caseId: string): Promise<void> {
    const outcome = await requestOutcome(this.casesApi.get(caseId));
    if (outcome.ok) {
      this.supportCase.set(outcome.value);
    } else {
      this.loadError.set(outcome.error);
    }
  }
}
