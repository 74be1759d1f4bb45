import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { ApiError, VisitDraftView, VolunteerWorkView } from '@naast/contracts';
import {
  CORE_MESSAGES,
  DRAFT_PARAM,
  I18n,
  LocalDatePipe,
  describeApiError,
  planUrl,
  recordVisitUrl,
  requestOutcome,
} from '@naast/web-core';
import { VisitDraftsApiService, WorkspaceApiService } from '@naast/web-workspace-data-access';
import { VISITS_MESSAGES } from '../visits.messages';

/**
 * "Mijn koppelingen", a volunteer's start page on a phone: per linked case only what the next visit
 * needs, the drafts to finish, this month's hours and what the supporters said about my reports.
 */
@Component({
  selector: 'naast-linked-cases',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, LocalDatePipe],
  templateUrl: './linked-cases.component.html',
  styleUrl: './linked-cases.component.scss',
})
export class LinkedCasesComponent implements OnInit {
  private readonly workspaceApi = inject(WorkspaceApiService);
  private readonly draftsApi = inject(VisitDraftsApiService);
  private readonly i18n = inject(I18n);

  protected readonly text = this.i18n.messages(VISITS_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  private readonly view = signal<VolunteerWorkView | null>(null);
  private readonly error = signal<ApiError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly loaded = computed(() => this.view() !== null);

  protected readonly cards = computed(() =>
    (this.view()?.cases ?? []).map((card) => ({
      ...card,
      phoneHref: card.client.phone ? `tel:${card.client.phone.replace(/[^\d+]/g, '')}` : null,
      lead: this.text().linked.leadSupporter(card.leadSupporter.displayName),
      recordUrl: recordVisitUrl(card.caseId),
      planUrl: planUrl(card.caseId),
    })),
  );
  protected readonly drafts = computed(() =>
    (this.view()?.drafts ?? []).map((draft) => ({
      ...draft,
      continueUrl: recordVisitUrl(draft.caseId),
      continueParams: { [DRAFT_PARAM]: draft.id },
    })),
  );
  protected readonly hours = computed(() => {
    const hours = this.view()?.hoursThisMonth;
    return hours ? this.text().linked.hoursText(Math.floor(hours.minutes / 60), hours.minutes % 60, hours.visits) : '';
  });
  protected readonly acknowledgements = computed(() => this.view()?.acknowledgements ?? { total: 0, items: [] });
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    return error ? describeApiError(error, this.coreText().errors) : null;
  });

  ngOnInit(): void {
    void this.load();
  }

  protected async deleteDraft(draft: VisitDraftView): Promise<void> {
    this.notice.set(null);
    const outcome = await requestOutcome(this.draftsApi.delete(draft.id));
    if (!outcome.ok && outcome.error.statusCode !== 404) {
      this.error.set(outcome.error);
      return;
    }
    this.view.update((view) => (view ? { ...view, drafts: view.drafts.filter((d) => d.id !== draft.id) } : view));
    this.notice.set(this.text().linked.draftDeleted(draft.client.displayName));
  }

  private async load(): Promise<void> {
    const outcome = await requestOutcome(this.workspaceApi.myVisits());
    if (outcome.ok) {
      this.view.set(outcome.value);
      this.error.set(null);
    } else {
      this.error.set(outcome.error);
    }
  }
}
