import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
  type OnInit,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  DOMAINS,
  GOAL_STATUSES,
  GOAL_STATUS_LABELS,
  MAX_GOAL_TITLE_LENGTH,
  MAX_PLAN_TEXT_LENGTH,
  type ApiError,
  type DomainCode,
  type GoalStatus,
  type PlanGoalView,
} from '@naast/contracts';
import {
  ConflictNoticeComponent,
  FieldErrorPipe,
  I18n,
  atLeastOneValidator,
  focusFirstInvalidField,
  versionedEdit,
  type ConflictField,
} from '@naast/web-core';
import { conflictPlan } from '@naast/web-plans-data-access';
import { domainLabel } from '@naast/web-plans-ui';
import { PLANS_MESSAGES } from '../plans.messages';
import { goalFormValueOf, reasonWhenStoppedValidator, type GoalFormValue } from './goal-form';

let nextGoalFormId = 0;

/**
 * Adding a goal, or editing one in place (when `goal` is given), including its status and
 * dependencies. An edit holds its own version and answers a 409 beside the form: what is saved now
 * next to what was typed, "keep mine" (emits `save` again on the saved version) or "take saved".
 */
@Component({
  selector: 'naast-goal-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatChipsModule,
    MatButtonModule,
    FieldErrorPipe,
    ConflictNoticeComponent,
  ],
  templateUrl: './goal-form.component.html',
  styleUrl: './goal-form.component.scss',
})
export class GoalFormComponent implements OnInit {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly i18n = inject(I18n);
  private readonly conflictNotice = viewChild(ConflictNoticeComponent);

  /**
   * The goal to edit (null adds a new one), read when the form opens: a newer state arriving later
   * (the plan after a 409) is offered in the notice, never poured over what the user typed.
   */
  readonly goal = input<PlanGoalView | null>(null);
  /** The plan's other goals, offered as dependencies. */
  readonly otherGoals = input<readonly PlanGoalView[]>([]);
  readonly saving = input(false);

  /** The whole goal as typed; for an edit the page sends `edit.changes()` of it on `edit.version()`. */
  readonly save = output<GoalFormValue>();
  readonly cancelled = output<void>();

  /** Public so the page can put the API's field errors on it and read what was typed. */
  readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(MAX_GOAL_TITLE_LENGTH)]],
    desiredOutcome: ['', Validators.maxLength(MAX_PLAN_TEXT_LENGTH)],
    domains: [[] as DomainCode[], atLeastOneValidator],
    status: ['open' as GoalStatus],
    stoppedReason: ['', [reasonWhenStoppedValidator, Validators.maxLength(MAX_PLAN_TEXT_LENGTH)]],
    dependsOn: [[] as string[]],
  });

  /** An existing item's edit: its version, what the user changed, the 409 notice and both ways on. */
  readonly edit = versionedEdit<PlanGoalView, GoalFormValue>({
    valueOf: goalFormValueOf,
    fill: (goal) => this.fillFrom(goal),
    fields: () => this.conflictFields(),
    notice: () => this.conflictNotice(),
  });
  /** The plan's goals as a 409 carried them, so a goal a colleague added meanwhile is named. */
  private savedGoals: readonly PlanGoalView[] = [];

  protected readonly id = `goal-form-${nextGoalFormId++}`;
  protected readonly text = this.i18n.messages(PLANS_MESSAGES);
  protected readonly language = this.i18n.language;
  protected readonly isEdit = computed(() => this.goal() !== null);
  protected readonly submitted = signal(false);
  protected readonly status = signal<GoalStatus>('open');
  protected readonly domainOptions = computed(() =>
    [...DOMAINS].sort((a, b) => a.position - b.position).map((d) => ({ code: d.code, label: d[this.language()] })),
  );
  protected readonly statusOptions = computed(() =>
    GOAL_STATUSES.map((status) => ({ value: status, label: GOAL_STATUS_LABELS[status][this.language()] })),
  );

  constructor() {
    // Errors set from outside (the API's field errors) must show at once in this OnPush view.
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());
    this.form.controls.status.valueChanges.pipe(takeUntilDestroyed()).subscribe((status) => {
      this.status.set(status);
      this.form.controls.stoppedReason.updateValueAndValidity();
    });
    // The form opens where the user asked for it: start typing at once.
    afterNextRender({
      read: () => this.host.nativeElement.querySelector<HTMLElement>('input, textarea')?.focus(),
    });
  }

  ngOnInit(): void {
    const goal = this.goal();
    if (goal) {
      this.edit.start(goal);
    }
  }

  /** What the user typed, as the page sends it. */
  value(): GoalFormValue {
    const value = this.form.getRawValue();
    const outcome = value.desiredOutcome.trim();
    const reason = value.stoppedReason.trim();
    return {
      title: value.title.trim(),
      desiredOutcome: outcome === '' ? null : outcome,
      domains: value.domains,
      status: value.status,
      stoppedReason: value.status === 'stopped' && reason !== '' ? reason : null,
      dependsOn: value.dependsOn,
    };
  }

  protected submitGoal(): void {
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.save.emit(this.value());
  }

  /**
   * Answers a refused save of `mine`: true when it was a 409 and the goal is still in the plan the
   * API sent back (the 409 carries the whole plan); the notice then shows it beside the form.
   */
  showConflict(error: ApiError, mine: GoalFormValue): boolean {
    const plan = conflictPlan(error);
    const saved = plan?.goals.find((goal) => goal.id === this.goal()?.id);
    if (!plan || !saved) {
      return false;
    }
    this.savedGoals = plan.goals;
    return this.edit.showConflict({ ...error, current: saved }, mine);
  }

  protected keepMine(): void {
    if (this.edit.keepMine()) {
      this.submitGoal();
    }
  }

  protected takeSaved(): void {
    this.edit.takeSaved();
  }

  protected cancel(): void {
    this.cancelled.emit();
  }

  private conflictFields(): ConflictField<GoalFormValue>[] {
    const t = this.text();
    const empty = t.conflict.empty;
    const titles = new Map([...this.otherGoals(), ...this.savedGoals].map((goal) => [goal.id, goal.title] as const));
    const list = (names: string[]) => (names.length > 0 ? names.join(', ') : empty);
    return [
      { label: t.goals.goalTitle, value: (g) => g.title, show: (g) => g.title || empty },
      { label: t.goals.desiredOutcome, value: (g) => g.desiredOutcome, show: (g) => g.desiredOutcome ?? empty },
      {
        label: t.goals.domains,
        value: (g) => g.domains,
        show: (g) => list(g.domains.map((code) => domainLabel(code, this.language()))),
      },
      {
        label: t.goals.status,
        value: (g) => g.status,
        show: (g) => this.i18n.label(GOAL_STATUS_LABELS[g.status]),
      },
      { label: t.goals.stoppedReason, value: (g) => g.stoppedReason, show: (g) => g.stoppedReason ?? empty },
      {
        label: t.goals.dependsOn,
        value: (g) => g.dependsOn,
        show: (g) => list(g.dependsOn.map((id) => titles.get(id) ?? '?')),
      },
    ];
  }

  private fillFrom(goal: PlanGoalView): void {
    const value = goalFormValueOf(goal);
    this.submitted.set(false);
    this.form.reset({
      ...value,
      desiredOutcome: value.desiredOutcome ?? '',
      stoppedReason: value.stoppedReason ?? '',
    });
    this.status.set(value.status);
  }
}
