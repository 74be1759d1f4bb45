import {
  ChangeDetectionStrategy,
  Component,
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
import type { ApiError, CaseView } from '@naast/contracts';
import { CasesApiService } from '@naast/web-cases-data-access';
import {
  CORE_MESSAGES,
  I18n,
  SessionStore,
  WebPaths,
  applyFieldErrors,
  describeApiError,
  homeUrlFor,
  requestOutcome,
} from '@naast/web-core';
import { VisitsStore } from '@naast/web-visits-data-access';
import { VisitFormComponent, VisitTimelineComponent, type VisitFormSubmit } from '@naast/web-visits-ui';
import { VISITS_MESSAGES } from '../visits.messages';

/** "Contactmoment vastleggen" on a phone, right after the visit: the case in brief, then the form. */
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
  private readonly visitForm = viewChild<VisitFormComponent>('visitForm');

  /** Route parameter. */
  readonly caseId = input.required<string>();

  protected readonly text = this.i18n.messages(VISITS_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly language = this.i18n.language;
  protected readonly supportCase = signal<CaseView | null>(null);
  private readonly loadError = signal<ApiError | null>(null);
  protected readonly visits = this.visitsStore.visits;
  protected readonly saving = this.visitsStore.saving;
  protected readonly notice = signal<string | null>(null);
  protected readonly alert = signal<string | null>(null);
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
      return;
    }
    const form = this.visitForm()?.form;
    if (form) {
      applyFieldErrors(form, outcome.error.details);
    }
    this.alert.set(describeApiError(outcome.error, this.coreText().errors));
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
