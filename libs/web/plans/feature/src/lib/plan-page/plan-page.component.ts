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
import { NgTemplateOutlet } from '@angular/common';
import type { FormArray } from '@angular/forms';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  ACTION_STATUS_LABELS,
  GOAL_PROGRESS,
  GOAL_PROGRESS_LABELS,
  GOAL_STATUS_LABELS,
  MAX_PLAN_TEXT_LENGTH,
  PLAN_AGREEMENT_METHODS,
  PLAN_AGREEMENT_METHOD_LABELS,
  type ApiError,
  type GoalProgress,
  type PlanActionView,
  type PlanAgreementMethod,
  type PlanGoalView,
  type PlanView,
} from '@naast/contracts';
import { CaseDetailStore } from '@naast/web-cases-data-access';
import {
  CORE_MESSAGES,
  ConflictNoticeComponent,
  FieldErrorPipe,
  FormErrorSummaryComponent,
  I18n,
  LabelPipe,
  LocalDatePipe,
  SessionStore,
  applyFieldErrors,
  caseUrl,
  describeApiError,
  focusFirstInvalidField,
  localIsoDate,
  planPrintUrl,
  WebPaths,
  revealFormErrors,
  versionedEdit,
  type ConflictField,
} from '@naast/web-core';
import { PlanStore, type PlanComparison } from '@naast/web-plans-data-access';
import { PlanDiffComponent, PlanOverviewComponent, domainLabel, ownerLabel } from '@naast/web-plans-ui';
import { ActionFormComponent, type CasePeople } from '../action-form/action-form.component';
import type { ActionFormValue } from '../action-form/action-form';
import { GoalFormComponent } from '../goal-form/goal-form.component';
import type { GoalFormValue } from '../goal-form/goal-form';
import { PLANS_MESSAGES } from '../plans.messages';

/** The one inline form open on the page. */
type Editor =
  | { kind: 'agreement' }
  | { kind: 'new-goal' }
  | { kind: 'goal'; goalId: string }
  | { kind: 'new-action'; goalId: string }
  | { kind: 'action'; actionId: string }
  | { kind: 'evaluation' };

interface AgreementValue {
  agreedOn: string | null;
  agreementMethod: PlanAgreementMethod | null;
  nextEvaluationOn: string | null;
}

function agreementOf(plan: PlanView): AgreementValue {
  return { agreedOn: plan.agreedOn, agreementMethod: plan.agreementMethod, nextEvaluationOn: plan.nextEvaluationOn };
}

/**
 * The support plan of one case: the integral overview, goals and actions edited in place, the
 * agreement, fixing versions, comparing them and recording evaluations. Volunteers read it and
 * tick off their own actions. The goal and action forms keep their own edit and 409 notice; the
 * page sends what they hand it and gives them back a refusal.
 */
@Component({
  selector: 'naast-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    NgTemplateOutlet,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    LabelPipe,
    LocalDatePipe,
    FieldErrorPipe,
    FormErrorSummaryComponent,
    ConflictNoticeComponent,
    PlanOverviewComponent,
    PlanDiffComponent,
    GoalFormComponent,
    ActionFormComponent,
  ],
  providers: [PlanStore, CaseDetailStore],
  templateUrl: './plan-page.component.html',
  styleUrl: './plan-page.component.scss',
})
export class PlanPageComponent {
  private readonly store = inject(PlanStore);
  private readonly caseStore = inject(CaseDetailStore);
  private readonly session = inject(SessionStore);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly goalForm = viewChild(GoalFormComponent);
  private readonly actionForm = viewChild(ActionFormComponent);
  /** The agreement's notice; the goal and action forms hold their own. */
  private readonly conflictNotice = viewChild(ConflictNoticeComponent);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly text = this.i18n.messages(PLANS_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly language = this.i18n.language;
  protected readonly plan = this.store.plan;
  protected readonly saving = this.store.saving;
  protected readonly supportCase = this.caseStore.supportCase;
  protected readonly goalStatusLabels = GOAL_STATUS_LABELS;
  protected readonly actionStatusLabels = ACTION_STATUS_LABELS;
  protected readonly agreementLabels = PLAN_AGREEMENT_METHOD_LABELS;
  protected readonly progressLabels = GOAL_PROGRESS_LABELS;
  protected readonly agreementMethods = PLAN_AGREEMENT_METHODS;
  protected readonly progressOptions = GOAL_PROGRESS;

  protected readonly notice = signal<string | null>(null);
  protected readonly alert = signal<string | null>(null);
  protected readonly editor = signal<Editor | null>(null);
  /** The plan version the open evaluation is based on. */
  private readonly evaluationVersion = signal<number | null>(null);
  /** A refusal of the open form that no field could show. */
  protected readonly formFailure = signal<{ message: string; details: ApiError['details'] } | null>(null);
  private returnFocusTo: string | null = null;

  protected readonly comparison = signal<(PlanComparison & { title: string }) | null>(null);
  protected readonly comparing = signal(false);

  protected readonly agreementForm = this.fb.group({
    agreedOn: [''],
    agreementMethod: ['' as PlanAgreementMethod | ''],
    nextEvaluationOn: [''],
  });
  protected readonly agreementEdit = versionedEdit<PlanView, AgreementValue>({
    valueOf: agreementOf,
    fill: (plan) =>
      this.agreementForm.reset({
        agreedOn: plan.agreedOn ?? '',
        agreementMethod: plan.agreementMethod ?? '',
        nextEvaluationOn: plan.nextEvaluationOn ?? '',
      }),
    fields: () => this.agreementFields(),
    notice: () => this.conflictNotice(),
  });
  protected readonly fixForm = this.fb.group({ note: ['', Validators.maxLength(MAX_PLAN_TEXT_LENGTH)] });
  protected readonly compareForm = this.fb.group({ from: [''], to: ['current'] });
  protected readonly evaluationForm = this.fb.group({
    evaluatedOn: [localIsoDate(new Date()), Validators.required],
    summary: ['', Validators.maxLength(MAX_PLAN_TEXT_LENGTH)],
    nextEvaluationOn: [''],
    goals: this.fb.array<ReturnType<PlanPageComponent['evaluationGoalGroup']>>([]),
  });
  protected readonly evaluationSubmitted = signal(false);

  protected readonly isVolunteer = computed(() => this.session.role() === 'volunteer');
  protected readonly canEdit = computed(() => this.plan()?.permissions.edit ?? false);
  protected readonly backLink = computed(() => (this.isVolunteer() ? `/${WebPaths.links}` : caseUrl(this.id())));
  protected readonly printLink = computed(() => planPrintUrl(this.id()));
  protected readonly title = computed(() => {
    const client = this.supportCase()?.client.displayName;
    return client ? this.text().page.titleFor(client) : this.text().page.title;
  });
  protected readonly goals = computed(() => [...(this.plan()?.goals ?? [])].sort((a, b) => a.position - b.position));
  protected readonly goalTitles = computed(() => new Map(this.goals().map((goal) => [goal.id, goal.title])));
  protected readonly people = computed<CasePeople>(() => {
    const current = this.supportCase();
    const contact = this.plan()?.contact.supporter;
    const supporters = current ? [current.leadSupporter] : contact ? [contact] : [];
    return { supporters, volunteers: current?.volunteers ?? [] };
  });
  protected readonly latestVersion = computed(() => {
    const versions = this.plan()?.versions ?? [];
    return versions.length > 0 ? Math.max(...versions.map((v) => v.number)) : null;
  });
  protected readonly versionsNewestFirst = computed(() =>
    [...(this.plan()?.versions ?? [])].sort((a, b) => b.number - a.number),
  );
  protected readonly evaluationsNewestFirst = computed(() =>
    [...(this.plan()?.evaluations ?? [])].sort((a, b) => b.evaluatedOn.localeCompare(a.evaluatedOn)),
  );
  protected readonly loadState = computed(() => {
    const error = this.store.loadError();
    return error ? describeApiError(error, this.coreText().errors) : this.coreText().loading;
  });

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        void this.store.load(id);
        void this.caseStore.load(id);
      });
    });
  }

  protected domainName(code: string): string {
    return domainLabel(code, this.language());
  }

  protected ownerName(action: PlanActionView): string {
    return ownerLabel(action.owner, this.language());
  }

  protected goalTitle(goalId: string): string {
    return this.goalTitles().get(goalId) ?? '';
  }

  protected dependents(goalId: string): PlanGoalView[] {
    return this.goals().filter((goal) => goal.dependsOn.includes(goalId));
  }

  protected otherGoals(goalId: string | null): PlanGoalView[] {
    return this.goals().filter((goal) => goal.id !== goalId);
  }

  protected isEditing(kind: Editor['kind'], key?: string): boolean {
    const editor = this.editor();
    if (!editor || editor.kind !== kind) {
      return false;
    }
    switch (editor.kind) {
      case 'goal':
      case 'new-action':
        return editor.goalId === key;
      case 'action':
        return editor.actionId === key;
      case 'agreement':
      case 'new-goal':
      case 'evaluation':
        return true;
    }
  }

  /** The overview's goal link: bring the goal's card to the reader. */
  protected showGoal(goalId: string): void {
    const heading = this.host.nativeElement.querySelector<HTMLElement>(`#goal-${goalId}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }

  // --- opening and closing the inline forms -------------------------------------------------

  protected openGoal(goal: PlanGoalView | null, opener: string): void {
    this.open(goal ? { kind: 'goal', goalId: goal.id } : { kind: 'new-goal' }, opener);
  }

  protected openAction(goalId: string, action: PlanActionView | null, opener: string): void {
    this.open(action ? { kind: 'action', actionId: action.id } : { kind: 'new-action', goalId }, opener);
  }

  protected openAgreement(plan: PlanView): void {
    this.open({ kind: 'agreement' }, 'edit-agreement');
    this.agreementEdit.start(plan);
    afterNextRender(
      { read: () => this.host.nativeElement.querySelector<HTMLElement>('#agreement-form input')?.focus() },
      { injector: this.injector },
    );
  }

  protected openEvaluation(plan: PlanView): void {
    this.open({ kind: 'evaluation' }, 'record-evaluation');
    this.evaluationVersion.set(plan.version);
    this.evaluationSubmitted.set(false);
    const goals = this.evaluationForm.controls.goals;
    goals.clear();
    for (const goal of this.goals()) {
      goals.push(this.evaluationGoalGroup(goal.id));
    }
    this.evaluationForm.reset({
      evaluatedOn: localIsoDate(new Date()),
      summary: '',
      nextEvaluationOn: plan.nextEvaluationOn ?? '',
    });
    afterNextRender(
      { read: () => this.host.nativeElement.querySelector<HTMLElement>('#evaluation-form input')?.focus() },
      { injector: this.injector },
    );
  }

  protected closeEditor(): void {
    this.editor.set(null);
    this.formFailure.set(null);
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (target) {
      this.focusAfterRender(`#${target}`);
    }
  }

  // --- goals -----------------------------------------------------------------------------------

  protected async saveGoal(value: GoalFormValue): Promise<void> {
    const editor = this.editor();
    const form = this.goalForm();
    if (!form) {
      return;
    }
    const before = new Set(this.goals().map((goal) => goal.id));
    this.formFailure.set(null);
    let outcome;
    let goalId: string | null = null;
    if (editor?.kind === 'goal') {
      goalId = editor.goalId;
      const changes = form.edit.changes(value);
      const version = form.edit.version();
      if (Object.keys(changes).length === 0 || version === null) {
        this.closeEditor();
        return;
      }
      outcome = await this.store.updateGoal(goalId, changes, version);
    } else {
      outcome = await this.store.createGoal({
        title: value.title,
        desiredOutcome: value.desiredOutcome,
        domains: value.domains,
        dependsOn: value.dependsOn,
      });
    }
    if (outcome.ok) {
      const saved = goalId ?? outcome.value.goals.find((goal) => !before.has(goal.id))?.id ?? null;
      this.notice.set(goalId ? this.text().goals.saved : this.text().goals.added);
      this.closeEditor();
      if (saved) {
        this.focusAfterRender(`#goal-${saved}`);
      }
      return;
    }
    if (form.showConflict(outcome.error, value)) {
      return;
    }
    this.showFormFailure(outcome.error, form.form);
  }

  protected async removeGoal(goal: PlanGoalView): Promise<void> {
    if (!this.confirm(this.text().goals.confirmRemove(goal.title))) {
      return;
    }
    const outcome = await this.store.deleteGoal(goal);
    this.announce(outcome.ok, outcome.ok ? this.text().goals.removed : null, outcome.ok ? null : outcome.error);
    if (outcome.ok) {
      this.focusAfterRender('#goals-heading');
    }
  }

  // --- actions ---------------------------------------------------------------------------------

  protected async saveAction(value: ActionFormValue): Promise<void> {
    const editor = this.editor();
    const form = this.actionForm();
    if (!form) {
      return;
    }
    this.formFailure.set(null);
    let outcome;
    if (editor?.kind === 'action') {
      const changes = form.edit.changes(value);
      const version = form.edit.version();
      if (Object.keys(changes).length === 0 || version === null) {
        this.closeEditor();
        return;
      }
      outcome = await this.store.updateAction(editor.actionId, changes, version);
    } else if (editor?.kind === 'new-action') {
      outcome = await this.store.createAction(editor.goalId, {
        description: value.description,
        owner: value.owner,
        dueOn: value.dueOn,
      });
    } else {
      return;
    }
    if (outcome.ok) {
      this.notice.set(editor.kind === 'action' ? this.text().actions.saved : this.text().actions.added);
      this.closeEditor();
      return;
    }
    if (form.showConflict(outcome.error, value)) {
      return;
    }
    this.showFormFailure(outcome.error, form.form);
  }

  protected async removeAction(action: PlanActionView): Promise<void> {
    if (!this.confirm(this.text().actions.confirmRemove(action.description))) {
      return;
    }
    const outcome = await this.store.deleteAction(action);
    this.announce(outcome.ok, outcome.ok ? this.text().actions.removed : null, outcome.ok ? null : outcome.error);
  }

  /** Ticking an action off (or on again): what a volunteer may do with their own actions. */
  protected async toggleDone(action: PlanActionView, done: boolean): Promise<void> {
    const outcome = await this.store.updateAction(action.id, { status: done ? 'done' : 'open' }, action.version);
    const t = this.text().actions;
    this.announce(outcome.ok, done ? t.markedDone : t.markedOpen, outcome.ok ? null : outcome.error);
  }

  // --- the agreement ---------------------------------------------------------------------------

  protected async saveAgreement(): Promise<void> {
    const version = this.agreementEdit.version();
    if (version === null) {
      return;
    }
    this.formFailure.set(null);
    const mine = this.agreementValue();
    const changes = this.agreementEdit.changes(mine);
    if (Object.keys(changes).length === 0) {
      this.closeEditor();
      return;
    }
    const outcome = await this.store.updatePlan(changes, version);
    if (outcome.ok) {
      this.notice.set(this.text().agreement.saved);
      this.closeEditor();
      return;
    }
    // The plan's 409 carries the whole plan: the agreement's state saved now.
    if (this.agreementEdit.showConflict(outcome.error, mine)) {
      return;
    }
    this.showFormFailure(outcome.error, this.agreementForm);
  }

  /** The user has seen the saved agreement and still wants their own input. */
  protected keepMyAgreement(): void {
    if (this.agreementEdit.keepMine()) {
      void this.saveAgreement();
    }
  }

  protected takeSavedAgreement(): void {
    if (this.agreementEdit.takeSaved()) {
      this.formFailure.set(null);
    }
  }

  private agreementValue(): AgreementValue {
    const value = this.agreementForm.getRawValue();
    return {
      agreedOn: value.agreedOn || null,
      agreementMethod: value.agreementMethod || null,
      nextEvaluationOn: value.nextEvaluationOn || null,
    };
  }

  private agreementFields(): ConflictField<AgreementValue>[] {
    const t = this.text().agreement;
    const empty = this.text().conflict.empty;
    const date = (value: string | null) => (value ? this.i18n.formatDate(value, 'longDate') : empty);
    return [
      { label: t.agreedOn, value: (a) => a.agreedOn, show: (a) => date(a.agreedOn) },
      {
        label: t.agreementMethod,
        value: (a) => a.agreementMethod,
        show: (a) => (a.agreementMethod ? this.i18n.label(PLAN_AGREEMENT_METHOD_LABELS[a.agreementMethod]) : empty),
      },
      { label: t.nextEvaluationOn, value: (a) => a.nextEvaluationOn, show: (a) => date(a.nextEvaluationOn) },
    ];
  }

  // --- fixing and comparing versions -------------------------------------------------------------

  protected async fixPlan(plan: PlanView): Promise<void> {
    if (this.fixForm.invalid) {
      this.fixForm.markAllAsTouched();
      return;
    }
    const note = this.fixForm.getRawValue().note.trim();
    const outcome = await this.store.fix(plan.version, note === '' ? null : note);
    if (outcome.ok) {
      this.fixForm.reset({ note: '' });
      this.notice.set(this.text().fix.fixed(outcome.value.number));
      this.alert.set(null);
      return;
    }
    if (outcome.error.statusCode === 409) {
      this.alert.set(this.text().fix.stale);
      return;
    }
    applyFieldErrors(this.fixForm, outcome.error.details);
    this.announce(false, null, outcome.error);
  }

  protected async compareWithCurrent(versionNumber: number): Promise<void> {
    await this.compare(versionNumber, 'current');
  }

  protected async compareChosen(): Promise<void> {
    const value = this.compareForm.getRawValue();
    const from = Number(value.from);
    if (!value.from || Number.isNaN(from)) {
      return;
    }
    await this.compare(from, value.to === 'current' ? 'current' : Number(value.to));
  }

  protected closeComparison(): void {
    this.comparison.set(null);
    this.focusAfterRender('#versions-heading');
  }

  private async compare(from: number, to: number | 'current'): Promise<void> {
    const t = this.text().versions;
    this.comparing.set(true);
    const outcome = await this.store.compare(from, to);
    this.comparing.set(false);
    if (!outcome.ok) {
      this.announce(false, null, outcome.error);
      return;
    }
    const title = t.diffTitle(from, to === 'current' ? null : to);
    this.comparison.set({ ...outcome.value, title });
    this.focusAfterRender('#diff-heading');
  }

  // --- evaluations -----------------------------------------------------------------------------

  protected evaluationGoals(): FormArray<ReturnType<PlanPageComponent['evaluationGoalGroup']>> {
    return this.evaluationForm.controls.goals;
  }

  protected async saveEvaluation(): Promise<void> {
    const version = this.evaluationVersion();
    this.evaluationSubmitted.set(true);
    this.formFailure.set(null);
    if (this.evaluationForm.invalid || version === null) {
      this.evaluationForm.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement.querySelector('#evaluation-form') ?? this.host.nativeElement);
      return;
    }
    const value = this.evaluationForm.getRawValue();
    const summary = value.summary.trim();
    const outcome = await this.store.recordEvaluation({
      version,
      evaluatedOn: value.evaluatedOn,
      summary: summary === '' ? null : summary,
      nextEvaluationOn: value.nextEvaluationOn || null,
      goals: value.goals.map((goal) => ({
        goalId: goal.goalId,
        progress: goal.progress as GoalProgress,
        note: goal.note.trim() === '' ? null : goal.note.trim(),
      })),
    });
    if (outcome.ok) {
      this.notice.set(this.text().evaluation.saved);
      this.closeEditor();
      return;
    }
    if (outcome.error.statusCode === 409) {
      // The plan moved on; the typed evaluation stays, the next save is based on the plan shown now.
      this.evaluationVersion.set(this.plan()?.version ?? version);
      this.formFailure.set({ message: this.text().evaluation.stale, details: [] });
      this.focusAfterRender('#evaluation-form naast-form-error-summary .summary');
      return;
    }
    this.showFormFailure(outcome.error, this.evaluationForm);
  }

  private evaluationGoalGroup(goalId: string) {
    return this.fb.group({
      goalId: [goalId],
      progress: ['' as GoalProgress | '', Validators.required],
      note: ['', Validators.maxLength(MAX_PLAN_TEXT_LENGTH)],
    });
  }

  // --- shared ----------------------------------------------------------------------------------

  private open(editor: Editor, opener: string): void {
    this.editor.set(editor);
    this.formFailure.set(null);
    this.notice.set(null);
    this.returnFocusTo = opener;
  }

  /** A refused save: the API's reasons next to their fields, the rest above the form. */
  private showFormFailure(error: ApiError, form: Parameters<typeof applyFieldErrors>[0] | null): void {
    const unmatched = form ? applyFieldErrors(form, error.details) : (error.details ?? []);
    const fieldsShown = (error.details?.length ?? 0) > unmatched.length;
    this.formFailure.set({
      message: fieldsShown && unmatched.length === 0 ? '' : describeApiError(error, this.coreText().errors),
      details: unmatched,
    });
    revealFormErrors(this.host.nativeElement, this.injector);
  }

  private announce(ok: boolean, message: string | null, error: ApiError | null): void {
    if (ok) {
      this.alert.set(null);
      this.notice.set(message);
    } else if (error) {
      this.notice.set(null);
      const details = (error.details ?? []).map((detail) => detail.reason).join(' ');
      this.alert.set(`${describeApiError(error, this.coreText().errors)}${details ? ` ${details}` : ''}`);
    }
  }

  private confirm(question: string): boolean {
    return this.host.nativeElement.ownerDocument.defaultView?.confirm(question) ?? false;
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(
      { read: () => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus() },
      { injector: this.injector },
    );
  }
}
