import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import type { TimelineQuery } from '@naast/contracts';
import { CaseDetailStore } from '@naast/web-cases-data-access';
import { CORE_MESSAGES, I18n, SessionStore, describeApiError } from '@naast/web-core';
import { VisitsStore } from '@naast/web-visits-data-access';
import { CaseTimelineStore } from '@naast/web-workspace-data-access';
import { CaseTimelineComponent, type TimelineAcknowledgement } from '@naast/web-workspace-ui';
import { CASE_WORKSPACE_MESSAGES } from './case-workspace.messages';

/**
 * The case timeline on the case page: loads it, reloads it when the case or its visits change,
 * and acknowledges a volunteer's report. Uses the case page's own stores.
 */
@Component({
  selector: 'naast-case-timeline-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CaseTimelineComponent],
  providers: [CaseTimelineStore],
  template: `
    <p class="visually-hidden" role="status">{{ notice() }}</p>
    <naast-case-timeline
      [entries]="store.entries()"
      [language]="language()"
      [loading]="store.loading()"
      [loaded]="store.loaded()"
      [error]="loadError()"
      [canAcknowledge]="canAcknowledge()"
      [acknowledging]="acknowledging()"
      [acknowledgeError]="acknowledgeError()"
      (filterChange)="filter($event)"
      (acknowledge)="acknowledgeReport($event)"
    />
  `,
})
export class CaseTimelinePanelComponent {
  protected readonly store = inject(CaseTimelineStore);
  private readonly caseStore = inject(CaseDetailStore);
  private readonly visitsStore = inject(VisitsStore);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);

  readonly caseId = input.required<string>();

  private readonly text = this.i18n.messages(CASE_WORKSPACE_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly language = this.i18n.language;
  private readonly query = signal<TimelineQuery>({});
  protected readonly notice = signal('');
  protected readonly acknowledging = signal<string | null>(null);
  protected readonly acknowledgeError = signal<string | null>(null);
  protected readonly loadError = computed(() => {
    const error = this.store.error();
    return error ? describeApiError(error, this.coreText().errors) : null;
  });
  /** The lead supporter and the team lead read volunteers' reports; the API decides in the end. */
  protected readonly canAcknowledge = computed(() => {
    const user = this.session.user();
    const supportCase = this.caseStore.supportCase();
    if (!user || !supportCase) {
      return false;
    }
    return user.role === 'team_lead' || (user.role === 'supporter' && supportCase.leadSupporter.id === user.id);
  });

  constructor() {
    effect(() => {
      const caseId = this.caseId();
      const query = this.query();
      // A status change, a reassignment or a new visit elsewhere on the page adds an entry.
      const supportCase = this.caseStore.supportCase();
      this.visitsStore.visits();
      if (supportCase) {
        untracked(() => void this.store.load(caseId, query));
      }
    });
  }

  protected filter(query: TimelineQuery): void {
    this.query.set(query);
  }

  protected async acknowledgeReport(request: TimelineAcknowledgement): Promise<void> {
    this.acknowledging.set(request.visitId);
    this.acknowledgeError.set(null);
    this.notice.set('');
    const outcome = await this.store.acknowledge(request.visitId, request.comment);
    if (outcome.ok) {
      this.acknowledging.set(null);
      this.notice.set(this.text().acknowledged);
    } else {
      this.acknowledgeError.set(describeApiError(outcome.error, this.coreText().errors));
    }
  }
}
