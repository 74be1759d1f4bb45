import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
  type OnInit,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type FormControl,
  type FormGroup,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  PROCEDURE_DEFINITIONS,
  PROCEDURE_KINDS,
  PROCEDURE_KIND_LABELS,
  PROCEDURE_NOTE_MAX_LENGTH,
  PROCEDURE_OFFICE_MAX_LENGTH,
  PROCEDURE_OUTCOMES,
  PROCEDURE_OUTCOME_LABELS,
  PROCEDURE_STEPS,
  procedureDateProblems,
  type ApiError,
  type FieldError,
  type ProcedureDates,
  type ProcedureKind,
  type ProcedureOutcome,
  type ProcedureStep,
  type ProcedureView,
} from '@naast/contracts';
import {
  ConflictNoticeComponent,
  FieldErrorPipe,
  I18n,
  applyFieldErrors,
  describeApiError,
  CORE_MESSAGES,
  focusFirstInvalidField,
  revealFormErrors,
  versionedEdit,
  type ConflictField,
} from '@naast/web-core';
import { CaseProceduresStore } from '../case-procedures.store';
import { PROCEDURES_MESSAGES } from '../procedures.messages';

type DateControls = Record<ProcedureStep, FormControl<string>>;

/** What an edit of a procedure holds, compared field by field after a 409. */
export interface ProcedureEditValue {
  office: string;
  advisoryCommittee: boolean;
  dates: Partial<Record<ProcedureStep, string>>;
  outcome: ProcedureOutcome;
  outcomeOn: string | null;
  outcomeNote: string | null;
}

let nextFormId = 0;

function localToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/**
 * Adds a procedure, or enters the dates and the outcome of one as they happen. The dates are checked
 * by the same rules the API applies (a beschikking not before the aanvraag), and the API's reasons
 * appear next to the fields they name.
 */
@Component({
  selector: 'naast-procedure-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    FieldErrorPipe,
    ConflictNoticeComponent,
  ],
  templateUrl: './procedure-form.component.html',
  styleUrl: './procedure-form.component.scss',
})
export class ProcedureFormComponent implements OnInit {
  readonly caseId = input.required<string>();
  /** The procedure to update; without it the form adds a new one. */
  readonly procedure = input<ProcedureView | null>(null);
  readonly saved = output<ProcedureView>();
  readonly cancelled = output<void>();
  readonly removed = output<void>();

  private readonly store = inject(CaseProceduresStore);
  private readonly i18n = inject(I18n);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly conflictNotice = viewChild(ConflictNoticeComponent);

  protected readonly id = `procedure-form-${nextFormId++}`;
  protected readonly text = this.i18n.messages(PROCEDURES_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly language = this.i18n.language;
  protected readonly saving = this.store.saving;
  protected readonly submitted = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly unmatched = signal<FieldError[]>([]);
  protected readonly kinds = PROCEDURE_KINDS;
  protected readonly kindLabels = PROCEDURE_KIND_LABELS;
  protected readonly outcomes = PROCEDURE_OUTCOMES;
  protected readonly outcomeLabels = PROCEDURE_OUTCOME_LABELS;

  protected readonly form = this.fb.group({
    kind: this.fb.control<ProcedureKind | ''>('', Validators.required),
    office: this.fb.control('', [Validators.required, Validators.maxLength(PROCEDURE_OFFICE_MAX_LENGTH)]),
    advisoryCommittee: this.fb.control(false),
    dates: this.fb.group(
      Object.fromEntries(PROCEDURE_STEPS.map((step) => [step, this.fb.control('')])) as DateControls,
    ) as FormGroup<DateControls>,
    outcome: this.fb.control<ProcedureOutcome>('lopend'),
    outcomeOn: this.fb.control(''),
    outcomeNote: this.fb.control('', Validators.maxLength(PROCEDURE_NOTE_MAX_LENGTH)),
  });

  private readonly chosenKind = toSignal(this.form.controls.kind.valueChanges, { initialValue: '' as const });
  private readonly chosenOutcome = toSignal(this.form.controls.outcome.valueChanges, {
    initialValue: 'lopend' as const,
  });
  protected readonly kind = computed<ProcedureKind | null>(() => this.procedure()?.kind ?? (this.chosenKind() || null));
  protected readonly steps = computed(() => {
    const kind = this.kind();
    if (!kind) return [];
    const language = this.language();
    return PROCEDURE_DEFINITIONS[kind].steps.map((s) => ({ step: s.step, label: s.label[language] }));
  });
  protected readonly officeHint = computed(() => {
    const kind = this.kind();
    return kind ? this.text().officeHint(PROCEDURE_DEFINITIONS[kind].officeHint[this.language()]) : '';
  });
  protected readonly hasOutcome = computed(() => this.chosenOutcome() !== 'lopend');
  protected readonly isEdit = computed(() => this.procedure() !== null);

  protected readonly edit = versionedEdit<ProcedureView, ProcedureEditValue>({
    valueOf: (saved) => ({
      office: saved.office,
      advisoryCommittee: saved.advisoryCommittee,
      dates: { ...saved.dates },
      outcome: saved.outcome,
      outcomeOn: saved.outcomeOn,
      outcomeNote: saved.outcomeNote,
    }),
    fill: (saved) => this.fill(saved),
    fields: (saved) => this.conflictFields(saved.kind),
    notice: () => this.conflictNotice(),
  });
  /** The dates the edit started from, so only the steps the user changed are sent. */
  private startDates: ProcedureDates = {};

  ngOnInit(): void {
    const procedure = this.procedure();
    if (procedure) {
      this.edit.start(procedure);
      this.startDates = { ...procedure.dates };
    }
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    this.submitted.set(true);
    this.failure.set(null);
    this.unmatched.set([]);
    const kind = this.kind();
    const value = this.currentValue();
    if (kind) {
      // The same rules as the API, so the supporter sees them before sending.
      const problems = procedureDateProblems(
        kind,
        value.dates,
        { outcome: value.outcome, outcomeOn: value.outcomeOn },
        this.store.today() ?? localToday(),
      );
      applyFieldErrors(this.form, problems);
    }
    if (this.form.invalid || !kind) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const procedure = this.procedure();
    const outcome = procedure ? await this.update(procedure, value) : await this.create(kind, value);
    if (!outcome) return;
    if (outcome.ok) {
      this.saved.emit(outcome.value);
      return;
    }
    if (procedure && this.edit.showConflict(outcome.error, value)) return;
    this.showFailure(outcome.error);
  }

  protected keepMine(): void {
    if (this.edit.keepMine()) void this.submit();
  }

  protected takeSaved(): void {
    if (this.edit.takeSaved()) this.failure.set(null);
  }

  protected async remove(): Promise<void> {
    const procedure = this.procedure();
    if (!procedure || this.saving()) return;
    if (!globalThis.confirm(this.text().removeConfirm)) return;
    const outcome = await this.store.remove(this.caseId(), {
      ...procedure,
      version: this.edit.version() ?? procedure.version,
    });
    if (outcome.ok) this.removed.emit();
    else this.showFailure(outcome.error);
  }

  private async create(kind: ProcedureKind, value: ProcedureEditValue) {
    return this.store.create(this.caseId(), {
      kind,
      office: value.office,
      ...(kind === 'bezwaar' ? { advisoryCommittee: value.advisoryCommittee } : {}),
      dates: value.dates,
      outcome: value.outcome,
      outcomeOn: value.outcomeOn,
      outcomeNote: value.outcomeNote,
    });
  }

  private async update(procedure: ProcedureView, value: ProcedureEditValue) {
    const version = this.edit.version();
    if (version === null) return null;
    const { dates: _dates, ...changes } = this.edit.changes(value);
    const dates: Partial<Record<ProcedureStep, string | null>> = {};
    for (const step of PROCEDURE_STEPS) {
      const before = this.startDates[step] ?? null;
      const now = value.dates[step] ?? null;
      if (before !== now) dates[step] = now;
    }
    return this.store.update(this.caseId(), procedure.id, {
      version,
      ...changes,
      ...(Object.keys(dates).length > 0 ? { dates } : {}),
    });
  }

  private showFailure(error: ApiError): void {
    this.unmatched.set(applyFieldErrors(this.form, error.details));
    this.failure.set(describeApiError(error, this.coreText().errors));
    revealFormErrors(this.host.nativeElement, this.injector);
  }

  /** The form as a procedure's values: only the kind's steps, empty fields left out or null. */
  private currentValue(): ProcedureEditValue {
    const raw = this.form.getRawValue();
    const kind = this.kind();
    const dates: Partial<Record<ProcedureStep, string>> = {};
    for (const { step } of kind ? PROCEDURE_DEFINITIONS[kind].steps : []) {
      const date = raw.dates[step];
      if (date) dates[step] = date;
    }
    const hasOutcome = raw.outcome !== 'lopend';
    return {
      office: raw.office.trim(),
      advisoryCommittee: kind === 'bezwaar' && raw.advisoryCommittee,
      dates,
      outcome: raw.outcome,
      outcomeOn: hasOutcome && raw.outcomeOn ? raw.outcomeOn : null,
      outcomeNote: raw.outcomeNote.trim() || null,
    };
  }

  private fill(saved: ProcedureView): void {
    this.form.reset({
      kind: saved.kind,
      office: saved.office,
      advisoryCommittee: saved.advisoryCommittee,
      dates: Object.fromEntries(PROCEDURE_STEPS.map((step) => [step, saved.dates[step] ?? ''])) as Record<
        ProcedureStep,
        string
      >,
      outcome: saved.outcome,
      outcomeOn: saved.outcomeOn ?? '',
      outcomeNote: saved.outcomeNote ?? '',
    });
    this.startDates = { ...saved.dates };
  }

  private conflictFields(kind: ProcedureKind): ConflictField<ProcedureEditValue>[] {
    const t = this.text();
    const language = this.language();
    const date = (value: string | null | undefined) => (value ? this.i18n.formatDate(value) : t.notYet);
    return [
      { label: t.office, value: (v) => v.office, show: (v) => v.office },
      ...PROCEDURE_DEFINITIONS[kind].steps.map(
        (s): ConflictField<ProcedureEditValue> => ({
          label: s.label[language],
          value: (v) => v.dates[s.step] ?? null,
          show: (v) => date(v.dates[s.step]),
        }),
      ),
      { label: t.outcome, value: (v) => v.outcome, show: (v) => PROCEDURE_OUTCOME_LABELS[v.outcome][language] },
      { label: t.outcomeOn, value: (v) => v.outcomeOn, show: (v) => date(v.outcomeOn) },
      { label: t.outcomeNote, value: (v) => v.outcomeNote, show: (v) => v.outcomeNote ?? '' },
    ];
  }
}
