import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormGroupDirective, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  DOMAINS,
  MAX_VISIT_MINUTES,
  VISIT_MODES,
  VISIT_MODE_LABELS,
  type CreateVisitRequest,
  type DomainCode,
  type VisitDraftFields,
  type VisitMode,
  type VisitView,
} from '@naast/contracts';
import { VISITS_UI_MESSAGES, type UiLanguage } from '../visits-ui.messages';
import { VisitErrorPipe } from './visit-error.pipe';
import {
  fromLocalDateTimeInput,
  integerValidator,
  notInFutureValidator,
  toLocalDateTimeInput,
} from './visit-form.validators';

/** The API's limits, so the form never refuses what the server accepts. */
export const MAX_SUMMARY_LENGTH = 10_000;
export const MAX_NEXT_STEPS_LENGTH = 5_000;
export const MAX_REASON_LENGTH = 1000;
const QUICK_MINUTES = [15, 30, 45, 60, 90] as const;

/** What the form hands to its page: the visit as the API takes it, and the reason of a correction. */
export interface VisitFormSubmit {
  visit: CreateVisitRequest;
  /** Only for a correction. */
  reason: string | null;
}

let nextFormId = 0;

/**
 * Recording a contactmoment, or correcting one (when `visit` is given). Made for a phone right
 * after a visit: date and time default to now, large touch targets, native pickers.
 */
@Component({
  selector: 'naast-visit-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatChipsModule, MatButtonModule, VisitErrorPipe],
  templateUrl: './visit-form.component.html',
  styleUrl: './visit-form.component.scss',
})
export class VisitFormComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  /** Knows whether the form was submitted, which makes Material show errors; a reset must clear that too. */
  private readonly formDirective = viewChild(FormGroupDirective);

  readonly language = input<UiLanguage>('nl');
  /** The visit being corrected; null records a new one. */
  readonly visit = input<VisitView | null>(null);
  /** The case's own domains, offered first. */
  readonly suggestedDomains = input<readonly DomainCode[]>([]);
  readonly saving = input(false);
  /** Offers "Opslaan als concept" next to sending: a volunteer finishes the report later. */
  readonly draftable = input(false);

  readonly save = output<VisitFormSubmit>();
  /** Whatever is filled in so far; a draft is checked in full only when it is sent. */
  readonly saveDraft = output<VisitDraftFields>();
  readonly cancelled = output<void>();

  /** Public so the page can put the API's field errors on it. */
  readonly form = inject(NonNullableFormBuilder).group({
    occurredAt: [toLocalDateTimeInput(new Date()), [Validators.required, notInFutureValidator]],
    minutes: [
      null as number | null,
      [Validators.required, Validators.min(1), Validators.max(MAX_VISIT_MINUTES), integerValidator],
    ],
    mode: ['' as VisitMode | '', Validators.required],
    // A contact may touch no domain at all (a call to make an appointment).
    domains: [[] as DomainCode[]],
    summary: ['', [Validators.required, Validators.maxLength(MAX_SUMMARY_LENGTH)]],
    nextSteps: ['', Validators.maxLength(MAX_NEXT_STEPS_LENGTH)],
    reason: ['', Validators.maxLength(MAX_REASON_LENGTH)],
  });

  protected readonly id = `visit-form-${nextFormId++}`;
  protected readonly text = computed(() => VISITS_UI_MESSAGES[this.language()]);
  protected readonly isCorrection = computed(() => this.visit() !== null);
  protected readonly submitted = signal(false);
  protected readonly quickMinutes = QUICK_MINUTES;
  protected readonly maxMinutes = MAX_VISIT_MINUTES;
  protected readonly nowLimit = signal(toLocalDateTimeInput(new Date()));
  protected readonly modes = computed(() =>
    VISIT_MODES.map((mode) => ({ value: mode, label: VISIT_MODE_LABELS[mode][this.language()] })),
  );
  /** The case's domains first, then the primary four, then the rest. */
  protected readonly domainOptions = computed(() => {
    const suggested = new Set(this.suggestedDomains());
    const language = this.language();
    return [...DOMAINS]
      .sort((a, b) => Number(suggested.has(b.code)) - Number(suggested.has(a.code)) || a.position - b.position)
      .map((domain) => ({ code: domain.code, label: domain[language] }));
  });

  constructor() {
    // Errors set from outside (the API's field errors) must show at once in this OnPush view.
    const changeDetector = inject(ChangeDetectorRef);
    this.form.events.pipe(takeUntilDestroyed()).subscribe(() => changeDetector.markForCheck());

    effect(() => {
      const visit = this.visit();
      untracked(() => this.fillFrom(visit));
    });
  }

  /** Empties the form for the next contactmoment, with the time set to now again. */
  reset(): void {
    this.submitted.set(false);
    this.formDirective()?.resetForm();
    this.nowLimit.set(toLocalDateTimeInput(new Date()));
    this.fillFrom(this.visit());
  }

  protected chooseMinutes(minutes: number): void {
    this.form.controls.minutes.setValue(minutes);
    this.form.controls.minutes.markAsTouched();
  }

  protected submitVisit(): void {
    this.submitted.set(true);
    this.nowLimit.set(toLocalDateTimeInput(new Date()));
    this.form.controls.occurredAt.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    const value = this.form.getRawValue();
    const nextSteps = value.nextSteps.trim();
    this.save.emit({
      visit: {
        occurredAt: fromLocalDateTimeInput(value.occurredAt).toISOString(),
        minutes: Number(value.minutes),
        mode: value.mode as VisitMode,
        domains: value.domains,
        summary: value.summary.trim(),
        nextSteps: nextSteps === '' ? null : nextSteps,
      },
      reason: this.isCorrection() ? value.reason.trim() : null,
    });
  }

  /** Puts a saved draft into the form; fields the draft lacks stay at their defaults. */
  fillDraft(fields: VisitDraftFields): void {
    this.submitted.set(false);
    this.formDirective()?.resetForm();
    this.nowLimit.set(toLocalDateTimeInput(new Date()));
    this.form.reset({
      occurredAt: toLocalDateTimeInput(fields.occurredAt ? new Date(fields.occurredAt) : new Date()),
      minutes: fields.minutes ?? null,
      mode: fields.mode ?? '',
      domains: [...(fields.domains ?? [])],
      summary: fields.summary ?? '',
      nextSteps: fields.nextSteps ?? '',
      reason: '',
    });
  }

  /** The form as it stands, for a draft: only the fields that hold a usable value. */
  draftFields(): VisitDraftFields {
    const value = this.form.getRawValue();
    const fields: VisitDraftFields = { domains: value.domains };
    const occurredAt = value.occurredAt ? fromLocalDateTimeInput(value.occurredAt) : null;
    if (occurredAt && !Number.isNaN(occurredAt.getTime())) {
      fields.occurredAt = occurredAt.toISOString();
    }
    const minutes = value.minutes === null || (value.minutes as unknown) === '' ? NaN : Number(value.minutes);
    if (Number.isFinite(minutes)) {
      fields.minutes = minutes;
    }
    if (value.mode) {
      fields.mode = value.mode;
    }
    if (value.summary.trim()) {
      fields.summary = value.summary.trim();
    }
    fields.nextSteps = value.nextSteps.trim() || null;
    return fields;
  }

  protected keepDraft(): void {
    this.saveDraft.emit(this.draftFields());
  }

  protected cancel(): void {
    this.cancelled.emit();
  }

  private fillFrom(visit: VisitView | null): void {
    const reason = this.form.controls.reason;
    reason.setValidators(
      visit
        ? [Validators.required, Validators.maxLength(MAX_REASON_LENGTH)]
        : [Validators.maxLength(MAX_REASON_LENGTH)],
    );
    const values = {
      occurredAt: toLocalDateTimeInput(visit ? new Date(visit.occurredAt) : new Date()),
      minutes: visit?.minutes ?? null,
      mode: visit?.mode ?? ('' as const),
      domains: visit ? [...visit.domains] : [],
      summary: visit?.summary ?? '',
      nextSteps: visit?.nextSteps ?? '',
      reason: '',
    };
    this.form.reset(values);
  }

  private focusFirstInvalidField(): void {
    this.host.nativeElement
      .querySelector<HTMLElement>(
        'input.ng-invalid, select.ng-invalid, textarea.ng-invalid, [role="listbox"].ng-invalid',
      )
      ?.focus();
  }
}
