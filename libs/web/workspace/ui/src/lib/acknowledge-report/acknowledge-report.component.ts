import { ChangeDetectionStrategy, Component, computed, effect, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ACKNOWLEDGEMENT_COMMENT_MAX_LENGTH } from '@naast/contracts';
import { WORKSPACE_UI_MESSAGES, type UiLanguage } from '../workspace-ui.messages';

let nextId = 0;

/**
 * "Gelezen" on a volunteer's visit report, with an optional comment the volunteer will see. Used on
 * the supporter's start page, on the case timeline and by the team lead: one way to acknowledge.
 */
@Component({
  selector: 'naast-acknowledge-report',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    @let t = text();
    @if (open()) {
      <form class="acknowledge-form" [formGroup]="form" (ngSubmit)="confirm()" novalidate>
        <mat-form-field appearance="outline" class="comment">
          <mat-label>{{ t.comment }}</mat-label>
          <textarea matInput [id]="id + '-comment'" formControlName="comment" rows="2"></textarea>
          <mat-hint>{{ t.commentHint }}</mat-hint>
          @if (form.controls.comment.invalid) {
            <mat-error>{{ t.tooLong(maxLength) }}</mat-error>
          }
        </mat-form-field>
        @if (error(); as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
        <div class="buttons">
          <button mat-flat-button type="submit" [disabled]="busy()">{{ busy() ? t.busy : t.confirm }}</button>
          <button mat-button type="button" (click)="close()">{{ t.cancel }}</button>
        </div>
      </form>
    } @else {
      <button mat-stroked-button type="button" class="open" [attr.aria-label]="openLabel()" (click)="show()">
        {{ t.open }}
      </button>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .comment {
      width: 100%;
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
export class AcknowledgeReportComponent {
  readonly language = input<UiLanguage>('nl');
  /** What the report is, for the button's accessible name (e.g. "van Vera, 3 nov."). */
  readonly what = input('');
  readonly busy = input(false);
  readonly error = input<string | null>(null);

  /** The comment, trimmed; null when left empty. */
  readonly acknowledge = output<string | null>();

  protected readonly id = `acknowledge-${nextId++}`;
  protected readonly maxLength = ACKNOWLEDGEMENT_COMMENT_MAX_LENGTH;
  protected readonly text = computed(() => WORKSPACE_UI_MESSAGES[this.language()].acknowledge);
  protected readonly open = signal(false);
  protected readonly openLabel = computed(() => this.text().openFor(this.what()));
  protected readonly form = new FormGroup({
    comment: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(ACKNOWLEDGEMENT_COMMENT_MAX_LENGTH)],
    }),
  });

  constructor() {
    // A failed attempt keeps the form open with the typed comment.
    effect(() => {
      if (this.error()) {
        this.open.set(true);
      }
    });
  }

  protected show(): void {
    this.open.set(true);
  }

  protected close(): void {
    this.open.set(false);
  }

  protected confirm(): void {
    const control = this.form.controls.comment;
    if (control.invalid) {
      control.markAsTouched();
      return;
    }
    const comment = control.value.trim();
    this.acknowledge.emit(comment === '' ? null : comment);
  }
}
