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
import { Router, RouterLink } from '@angular/router';
import type { ApiError, CaseView, VisitDraftFields, VisitDraftView, VisitView } from '@naast/contracts';
import { CasesApiService } from '@naast/web-cases-data-access';
import {
  CORE_MESSAGES,
  I18n,
  LocalDatePipe,
  SessionStore,
  WebPaths,
  applyFieldErrors,
  conflictCurrent,
  describeApiError,
  homeUrlFor,
  requestOutcome,
} from '@naast/web-core';
import { VisitsStore } from '@naast/web-visits-data-access';
import { VisitDraftsApiService } from '@naast/web-workspace-data-access';
import { VisitFormComponent, VisitTimelineComponent, type VisitFormSubmit } from '@naast/web-visits-ui';
import { VISITS_MESSAGES } from '../visits.messages';

/**
 * "Contactmoment vastleggen" on a phone, right after the visit: the case in brief, then the form,
 * then the earlier contactmomenten (which the author may correct).
 */
@Component({
  selector: 'naast-record-visit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, LocalDatePipe, VisitFormComponent, VisitTimelineComponent],
  providers: [VisitsStore],
  templateUrl: './record-visit.component.html',
  styleUrl: './record-visit.component.scss',
})
export class RecordVisitComponent {
  private readonly casesApi = inject(CasesApiService);
  private readonly draftsApi = inject(VisitDraftsApiService);
  private readonly router = inject(Router);
  private readonly visitsStore = inject(VisitsStore);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly visitForm = viewChild<VisitFormComponent>('visitForm');
  private readonly amendForm = viewChild<VisitFormComponent>('amendForm');

  /** Route parameter. */
  readonly caseId = input.required<string>();
  /** Query parameter `concept`: the draft to continue. */
  readonly concept = input<string | undefined>(undefined);

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

  /** Volunteers keep unfinished reports as drafts on the server (never in the browser). */
  protected readonly draftable = computed(() => this.session.role() === 'volunteer');
  /** The draft the form continues, and the version the next save is based on. */
  protected readonly draft = signal<VisitDraftView | null>(null);
  protected readonly draftSaving = signal(false);
  /** The draft as saved now, after someone (another device) changed it: the user may take it over. */
  protected readonly draftConflict = signal<VisitDraftView | null>(null);
  /** A loaded draft waiting for the form, which appears only once the case has loaded. */
  private readonly pendingDraftFields = signal<VisitDraftFields | null>(null);

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
    effect(() => {
      const form = this.visitForm();
      const fields = this.pendingDraftFields();
      if (form && fields) {
        untracked(() => {
          form.fillDraft(fields);
          this.pendingDraftFields.set(null);
        });
      }
    });
    effect(() => {
      const draftId = this.concept();
      untracked(() => {
        if (draftId && draftId !== this.draft()?.id) {
          void this.loadDraft(draftId);
        }
      });
    });
  }

  /** "Opslaan als concept": creates the draft the first time, then saves it on its version. */
  protected async saveDraft(fields: VisitDraftFields): Promise<void> {
    this.notice.set(null);
    this.alert.set(null);
    const saved = await this.storeDraft(fields);
    if (saved) {
      this.notice.set(this.text().record.draftSaved);
    }
  }

  /** Takes over the draft as saved elsewhere, after a conflict. */
  protected takeSavedDraft(): void {
    const current = this.draftConflict();
    if (current) {
      this.draft.set(current);
      this.draftConflict.set(null);
      this.alert.set(null);
      this.visitForm()?.fillDraft(current.fields);
    }
  }

  protected async deleteDraft(): Promise<void> {
    const draft = this.draft();
    if (!draft) {
      return;
    }
    const outcome = await requestOutcome(this.draftsApi.delete(draft.id));
    if (!outcome.ok && outcome.error.statusCode !== 404) {
      this.alert.set(describeApiError(outcome.error, this.coreText().errors));
      return;
    }
    this.forgetDraft();
    this.visitForm()?.reset();
    this.notice.set(this.text().record.draftDeleted);
  }

  /** Sends a draft: saves what the form holds now, then turns it into a visit. */
  private async submitDraft(draft: VisitDraftView, submit: VisitFormSubmit): Promise<void> {
    const saved = await this.storeDraft(submit.visit, draft);
    if (!saved) {
      return;
    }
    this.draftSaving.set(true);
    const outcome = await requestOutcome(this.draftsApi.submit(saved.id, { version: saved.version }));
    this.draftSaving.set(false);
    if (outcome.ok) {
      this.forgetDraft();
      this.afterRecorded();
      void this.visitsStore.load(this.caseId());
      return;
    }
    this.showSaveError(outcome.error);
  }

  /** Saves the draft; on 409 keeps the typed input and offers the saved version. Null when it failed. */
  private async storeDraft(fields: VisitDraftFields, base = this.draft()): Promise<VisitDraftView | null> {
    this.draftConflict.set(null);
    this.draftSaving.set(true);
    const outcome = await requestOutcome(
      base
        ? this.draftsApi.save(base.id, { ...fields, version: base.version })
        : this.draftsApi.create(this.caseId(), fields),
    );
    this.draftSaving.set(false);
    if (outcome.ok) {
      this.draft.set(outcome.value);
      if (!base) {
        // The address now names the draft, so a reload or "back" continues it.
        void this.router.navigate([], { queryParams: { concept: outcome.value.id }, replaceUrl: true });
      }
      return outcome.value;
    }
    const current = conflictCurrent<VisitDraftView>(outcome.error);
    if (current) {
      this.draftConflict.set(current);
      // The next save is based on the version saved now: saving again keeps what the user typed.
      this.draft.set(current);
      this.alert.set(this.text().record.draftConflict);
      return null;
    }
    this.showSaveError(outcome.error);
    return null;
  }

  private forgetDraft(): void {
    this.draft.set(null);
    this.draftConflict.set(null);
    if (this.concept()) {
      void this.router.navigate([], { queryParams: { concept: null }, replaceUrl: true });
    }
  }

  private async loadDraft(draftId: string): Promise<void> {
    const outcome = await requestOutcome(this.draftsApi.get(draftId));
    if (!outcome.ok) {
      this.alert.set(describeApiError(outcome.error, this.coreText().errors));
      return;
    }
    this.draft.set(outcome.value);
    this.pendingDraftFields.set(outcome.value.fields);
  }

  private afterRecorded(): void {
    this.visitForm()?.reset();
    this.notice.set(this.draftable() ? this.text().record.sent : this.text().record.saved);
    // On a phone the confirmation is far above the button just pressed: bring it into view.
    afterNextRender(
      { read: () => this.host.nativeElement.querySelector('.notice')?.scrollIntoView({ block: 'nearest' }) },
      { injector: this.injector },
    );
  }

  private showSaveError(error: ApiError): void {
    const form = this.visitForm()?.form;
    if (form) {
      applyFieldErrors(form, error.details);
    }
    this.alert.set(describeApiError(error, this.coreText().errors));
  }

  protected async recordVisit(submit: VisitFormSubmit): Promise<void> {
    this.notice.set(null);
    this.alert.set(null);
    const draft = this.draft();
    if (draft) {
      await this.submitDraft(draft, submit);
      return;
    }
    const outcome = await this.visitsStore.record(this.caseId(), submit.visit);
    if (outcome.ok) {
      this.afterRecorded();
      return;
    }
    this.showSaveError(outcome.error);
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
