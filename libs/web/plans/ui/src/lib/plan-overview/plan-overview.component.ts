import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { GOAL_STATUS_LABELS } from '@naast/contracts';
import { PLANS_UI_MESSAGES, domainLabel, formatPlanDate, type UiLanguage } from '../plans-ui.messages';
import { overviewRows, planProgress, type PlanGoals } from './plan-overview';

let nextOverviewId = 0;

/**
 * The plan at a glance: progress, and the goals per domain (a goal under each of its domains,
 * dependencies both ways, late actions marked with a word and a sign, not by colour alone).
 */
@Component({
  selector: 'naast-plan-overview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-overview.component.html',
  styleUrl: './plan-overview.component.scss',
})
export class PlanOverviewComponent {
  readonly plan = input.required<PlanGoals>();
  readonly language = input<UiLanguage>('nl');
  /** Heading level of the overview's own headings (domains are one level deeper). */
  readonly headingLevel = input<2 | 3>(3);
  /** The user chose a goal to read or edit in full. */
  readonly goalSelected = output<string>();

  protected readonly id = `plan-overview-${nextOverviewId++}`;
  protected readonly text = computed(() => PLANS_UI_MESSAGES[this.language()]);
  protected readonly rows = computed(() => overviewRows(this.plan()));
  protected readonly progress = computed(() => planProgress(this.plan()));
  protected readonly statusLabels = GOAL_STATUS_LABELS;

  protected domainName(code: string): string {
    return domainLabel(code, this.language());
  }

  protected date(value: string | null): string {
    return formatPlanDate(value, this.language());
  }

  protected selectGoal(goalId: string): void {
    this.goalSelected.emit(goalId);
  }
}
