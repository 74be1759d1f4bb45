import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  DOMAINS,
  INDEPENDENCE_CONFLICT_CODE,
  INVOLVED_PARTY_KIND_LABELS,
  LEGAL_FRAMEWORK_LABELS,
  REFERRAL_SOURCE_LABELS,
  type ApiError,
  type CaseView,
  type FieldError,
  type UserRef,
} from '@naast/contracts';
import { CaseDetailStore, type CaseChanges } from '@naast/web-cases-data-access';
import {
  CORE_MESSAGES,
  ConflictNoticeComponent,
  FormErrorSummaryComponent,
  I18n,
  SessionStore,
  applyFieldErrors,
  caseUrl,
  describeApiError,
  focusFirstInvalidField,
  revealFormErrors,
  versionedEdit,
  type ConflictField,
} from '@naast/web-core';
import { CASES_MESSAGES } from '../cases.messages';
import {
  COMMISSIONING_KIND_LABELS,
  buildCaseForm,
  caseChangesOf,
  fillCaseForm,
  toCaseChanges,
} from '../case-form/case-form';
import { CaseFormComponent } from '../case-form/case-form.component';

/** Editing a case. A 409 keeps what the user typed and shows what is saved now next to it, field by field. */
@Component({
  selector: 'naast-case-edit',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    CaseFormComponent,
    ConflictNoticeComponent,
    FormErrorSummaryComponent,
  ],
  providers: [CaseDetailStore],
  templateUrl: './case-edit.component.html',
  styleUrl: './case-edit.component.scss',
})
export class CaseEditComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly store = inject(CaseDetailStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);
  private readonly caseForm = viewChild(CaseFormComponent);
  private readonly conflictNotice = viewChild(ConflictNoticeComponent);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly text = this.i18n.messages(CASES_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly form = buildCaseForm(this.fb);
  protected readonly supportCase = this.store.supportCase;
  protected readonly saving = this.store.saving;
  protected readonly submitted = signal(false);
  protected readonly edit = versionedEdit<CaseView, CaseChanges>({
    valueOf: (saved) => caseChangesOf(this.fb, saved),
    fill: (saved) => fillCaseForm(this.form, this.fb, saved),
    fields: (saved) => this.conflictFields(saved),
    notice: () => this.conflictNotice(),
  });
  private readonly failure = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure && failure.statusCode !== 409 ? describeApiError(failure, this.coreText().errors) : null;
  });
  protected readonly backUrl = computed(() => caseUrl(this.id()));
  /** A 409 refusing the assignment for a tie to an involved party: its reasons show next to the fields. */
  protected readonly independenceConflict = signal<ApiError | null>(null);
  protected readonly isTeamLead = computed(() => this.session.role() === 'team_lead');
  protected readonly justification = signal('');

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.loadCase(id));
    });
  }

  /** A team lead assigns despite the tie, with the justification typed next to the refusal. */
  protected async saveWithOverride(): Promise<void> {
    // The refusal's reasons sit on the fields as server errors; the override answers them.
    for (const { field } of this.independenceConflict()?.details ?? []) {
      this.form.get(field)?.updateValueAndValidity();
    }
    await this.saveCase({ justification: this.justification().trim() });
  }

  protected async saveCase(override?: { justification: string }): Promise<void> {
    const baseVersion = this.edit.version();
    if (this.saving() || baseVersion === null) {
      return;
    }
    this.submitted.set(true);
    this.failure.set(null);
    this.unmatchedErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const edited = toCaseChanges(this.form);
    const changes = this.edit.changes(edited);
    if (Object.keys(changes).length === 0) {
      await this.router.navigateByUrl(this.backUrl());
      return;
    }
    const outcome = await this.store.update(
      override ? { ...changes, independenceOverride: override } : changes,
      baseVersion,
    );
    if (outcome.ok) {
      await this.router.navigateByUrl(caseUrl(outcome.value.id));
      return;
    }
    this.failure.set(outcome.error);
    this.independenceConflict.set(outcome.error.code === INDEPENDENCE_CONFLICT_CODE ? outcome.error : null);
    if (this.edit.showConflict(outcome.error, edited)) {
      return;
    }
    this.unmatchedErrors.set(applyFieldErrors(this.form, outcome.error.details));
    revealFormErrors(this.host.nativeElement, this.injector);
  }

  /** The user has seen the saved state and still wants their own input. */
  protected keepMyInput(): void {
    if (this.edit.keepMine()) {
      void this.saveCase();
    }
  }

  protected takeSavedData(): void {
    if (this.edit.takeSaved()) {
      this.failure.set(null);
    }
  }

  private async loadCase(id: string): Promise<void> {
    await this.store.load(id);
    const loaded = this.store.supportCase();
    if (loaded) {
      this.edit.start(loaded);
    }
  }

  private conflictFields(saved: CaseView): ConflictField<CaseChanges>[] {
    const t = this.text().detail;
    const label = (text: { nl: string; en: string }) => this.i18n.label(text);
    const list = (values: string[]) => (values.length > 0 ? values.join(', ') : t.none);
    // The edit holds people as ids; the saved case, the case as loaded and the form's choices name them.
    const people = new Map<string, string>(
      [
        ...(this.caseForm()?.colleagues() ?? []),
        ...[this.supportCase(), saved].flatMap((c): UserRef[] => (c ? [c.leadSupporter, ...c.volunteers] : [])),
      ].map((user) => [user.id, user.displayName]),
    );
    const person = (id: string) => people.get(id) ?? id;
    return [
      { label: t.question, value: (c) => c.question, show: (c) => c.question ?? '' },
      {
        label: t.domains,
        value: (c) => c.domains,
        show: (c) =>
          list((c.domains ?? []).map((code) => label(DOMAINS.find((d) => d.code === code) ?? { nl: code, en: code }))),
      },
      {
        label: t.legalFrameworks,
        value: (c) => c.legalFrameworks,
        show: (c) => list((c.legalFrameworks ?? []).map((f) => label(LEGAL_FRAMEWORK_LABELS[f]))),
      },
      {
        label: t.commissioningParty,
        value: (c) => c.commissioningParty,
        show: ({ commissioningParty: party }) =>
          party ? `${party.name} (${label(COMMISSIONING_KIND_LABELS[party.kind])})` : t.none,
      },
      {
        label: t.referralSource,
        value: (c) => c.referralSource,
        show: (c) => (c.referralSource ? label(REFERRAL_SOURCE_LABELS[c.referralSource]) : t.none),
      },
      {
        label: t.firstContactOn,
        value: (c) => c.firstContactOn,
        show: (c) => (c.firstContactOn ? this.i18n.formatDate(c.firstContactOn) : t.notYet),
      },
      {
        label: t.leadSupporter,
        value: (c) => c.leadSupporterId ?? null,
        show: (c) => (c.leadSupporterId ? person(c.leadSupporterId) : t.none),
      },
      {
        label: t.volunteers,
        value: (c) => c.volunteerIds,
        show: (c) => list((c.volunteerIds ?? []).map(person)),
      },
      {
        label: t.involvedParties,
        value: (c) => c.involvedParties,
        show: (c) =>
          list((c.involvedParties ?? []).map((p) => `${p.name} (${label(INVOLVED_PARTY_KIND_LABELS[p.kind])})`)),
      },
    ];
  }
}
