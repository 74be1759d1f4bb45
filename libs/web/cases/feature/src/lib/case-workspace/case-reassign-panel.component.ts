import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { INDEPENDENCE_CONFLICT_CODE, type CaseView, type UserRef } from '@naast/contracts';
import { CaseDetailStore, ColleaguesApiService } from '@naast/web-cases-data-access';
import { CORE_MESSAGES, I18n, SessionStore, conflictCurrent, describeApiError, requestOutcome } from '@naast/web-core';
import { CaseloadReviewApiService } from '@naast/web-workspace-data-access';
import { ReassignCaseComponent, type ReassignChoice } from '@naast/web-workspace-ui';
import { CASE_WORKSPACE_MESSAGES } from './case-workspace.messages';

/** A team lead hands the case on this page to another supporter of its team. */
@Component({
  selector: 'naast-case-reassign-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReassignCaseComponent],
  template: `
    <p class="visually-hidden" role="status">{{ notice() }}</p>
    @if (allowed()) {
      <naast-reassign-case
        [language]="language()"
        [candidates]="candidates()"
        [currentLeadId]="currentLeadId()"
        [busy]="busy()"
        [error]="error()"
        [independenceConflict]="independenceConflict()"
        [done]="done()"
        (opened)="loadCandidates()"
        (reassign)="reassign($event)"
      />
    }
  `,
})
export class CaseReassignPanelComponent {
  private readonly caseStore = inject(CaseDetailStore);
  private readonly colleaguesApi = inject(ColleaguesApiService);
  private readonly reviewApi = inject(CaseloadReviewApiService);
  private readonly session = inject(SessionStore);
  private readonly i18n = inject(I18n);

  private readonly text = this.i18n.messages(CASE_WORKSPACE_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly language = this.i18n.language;
  protected readonly candidates = signal<UserRef[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly independenceConflict = signal(false);
  protected readonly notice = signal('');
  protected readonly done = signal(0);
  protected readonly allowed = computed(
    () => this.session.role() === 'team_lead' && this.caseStore.supportCase()?.status !== 'afgesloten',
  );
  protected readonly currentLeadId = computed(() => this.caseStore.supportCase()?.leadSupporter.id ?? null);

  protected async loadCandidates(): Promise<void> {
    const supportCase = this.caseStore.supportCase();
    if (!supportCase) {
      return;
    }
    const outcome = await requestOutcome(this.colleaguesApi.list({ teamId: supportCase.teamId }));
    if (outcome.ok) {
      this.candidates.set(
        outcome.value
          .filter((user) => user.role === 'supporter' || user.role === 'team_lead')
          .sort((a, b) => a.displayName.localeCompare(b.displayName, this.i18n.locale())),
      );
    } else {
      this.error.set(describeApiError(outcome.error, this.coreText().errors));
    }
  }

  protected async reassign(choice: ReassignChoice): Promise<void> {
    const supportCase = this.caseStore.supportCase();
    if (!supportCase || this.busy()) {
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    this.notice.set('');
    const outcome = await requestOutcome(
      this.reviewApi.reassign(supportCase.id, { version: supportCase.version, ...choice }),
    );
    this.busy.set(false);
    this.independenceConflict.set(!outcome.ok && outcome.error.code === INDEPENDENCE_CONFLICT_CODE);
    if (outcome.ok) {
      await this.caseStore.load(supportCase.id);
      this.done.update((n) => n + 1);
      this.notice.set(this.text().reassigned(outcome.value.leadSupporter.displayName));
      return;
    }
    // On 409 the page shows the case as saved now; the choice stays for the next attempt.
    const current = conflictCurrent<CaseView>(outcome.error);
    await this.caseStore.load(supportCase.id);
    if (current) {
      this.error.set(this.text().reassignConflict);
      return;
    }
    const reasons = (outcome.error.details ?? []).map((detail) => detail.reason).join(' ');
    this.error.set([describeApiError(outcome.error, this.coreText().errors), reasons].filter(Boolean).join(' '));
  }
}
