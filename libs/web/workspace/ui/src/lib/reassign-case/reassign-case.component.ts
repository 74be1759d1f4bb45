import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  OVERRIDE_JUSTIFICATION_MAX_LENGTH,
  OVERRIDE_JUSTIFICATION_MIN_LENGTH,
  type IndependenceOverrideRequest,
  type UserRef,
} from '@naast/contracts';
import { WORKSPACE_UI_MESSAGES, type UiLanguage } from '../workspace-ui.messages';

export const REASSIGN_REASON_MAX_LENGTH = 1000;

/** What the page sends as `POST cases/:id/reassign` (it adds the version). */
export interface ReassignChoice {
  leadSupporterId: string;
  reason: string | null;
  /** Only after the server refused the choice for a tie to an involved party. */
  independenceOverride?: IndependenceOverrideRequest;
}

/**
 * A team lead hands a case to another supporter of the team. The form keeps the choice when the
 * page reports a failure (e.g. a 409), so the user can try again on the current version.
 */
@Component({
  selector: 'naast-reassign-case',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    @let t = text();
    @if (open()) {
      <form class="reassign" [formGroup]="form" (ngSubmit)="confirm()" novalidate>
        <h3>{{ t.title }}</h3>
        @if (options().length === 0) {
          <p>{{ t.noCandidates }}</p>
        } @else {
          <mat-form-field appearance="outline">
            <mat-label>{{ t.supporter }}</mat-label>
            <select matNativeControl formControlName="leadSupporterId" required>
              <option value="" disabled>{{ t.choose }}</option>
              @for (option of options(); track option.id) {
                <option [value]="option.id">{{ option.displayName }}</option>
              }
            </select>
            @if (form.controls.leadSupporterId.invalid) {
              <mat-error>{{ t.required }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ t.reason }}</mat-label>
            <textarea matInput formControlName="reason" rows="2"></textarea>
          </mat-form-field>
        }
        @if (error(); as message) {
          <p class="error" role="alert" id="reassign-error">{{ message }}</p>
        }
        @if (independenceConflict()) {
          <mat-form-field appearance="outline">
            <mat-label>{{ t.justification }}</mat-label>
            <textarea
              matInput
              formControlName="justification"
              rows="3"
              required
              aria-describedby="reassign-error"
            ></textarea>
            <mat-hint>{{ t.justificationHint(minJustification) }}</mat-hint>
            @if (form.controls.justification.invalid) {
              <mat-error>{{ t.justificationRequired(minJustification) }}</mat-error>
            }
          </mat-form-field>
        }
        <div class="buttons">
          @if (options().length > 0) {
            <button mat-flat-button type="submit" [disabled]="busy()">
              {{ busy() ? t.busy : independenceConflict() ? t.override : t.confirm }}
            </button>
          }
          <button mat-button type="button" (click)="close()">{{ t.cancel }}</button>
        </div>
      </form>
    } @else {
      <button mat-stroked-button type="button" class="open" (click)="show()">{{ t.open }}</button>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .reassign {
      display: flex;
      flex-direction: column;
      max-width: 28rem;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    h3 {
      margin: 0 0 8px;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    button {
      min-height: 44px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class ReassignCaseComponent {
  readonly language = input<UiLanguage>('nl');
  /** The supporters of the case's team. */
  readonly candidates = input<readonly UserRef[]>([]);
  readonly currentLeadId = input<string | null>(null);
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  /** The server refused the choice for a tie to an involved party: a team lead may override it. */
  readonly independenceConflict = input(false);
  /** Set by the page after a successful handover: closes the form. */
  readonly done = input(0);

  readonly reassign = output<ReassignChoice>();
  /** The form opened: the page loads the candidates then. */
  readonly opened = output<void>();

  protected readonly text = computed(() => WORKSPACE_UI_MESSAGES[this.language()].reassign);
  protected readonly open = signal(false);
  protected readonly options = computed(() => this.candidates().filter((user) => user.id !== this.currentLeadId()));
  protected readonly form = inject(NonNullableFormBuilder).group({
    leadSupporterId: ['', Validators.required],
    reason: ['', Validators.maxLength(REASSIGN_REASON_MAX_LENGTH)],
    justification: [''],
  });
  protected readonly minJustification = OVERRIDE_JUSTIFICATION_MIN_LENGTH;

  constructor() {
    // The justification is asked for, and checked, only once the server reported a tie.
    effect(() => {
      const justification = this.form.controls.justification;
      justification.setValidators(
        this.independenceConflict()
          ? [
              Validators.required,
              Validators.minLength(OVERRIDE_JUSTIFICATION_MIN_LENGTH),
              Validators.maxLength(OVERRIDE_JUSTIFICATION_MAX_LENGTH),
            ]
          : [],
      );
      justification.updateValueAndValidity();
    });
    effect(() => {
      if (this.done() > 0) {
        this.open.set(false);
        this.form.reset();
      }
    });
  }

  protected show(): void {
    this.open.set(true);
    this.opened.emit();
  }

  protected close(): void {
    this.open.set(false);
  }

  protected confirm(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const justification = value.justification.trim();
    this.reassign.emit({
      leadSupporterId: value.leadSupporterId,
      reason: value.reason.trim() || null,
      ...(this.independenceConflict() && justification ? { independenceOverride: { justification } } : {}),
    });
  }
}
