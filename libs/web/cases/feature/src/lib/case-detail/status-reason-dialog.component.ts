import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FieldErrorPipe } from '@naast/web-core';

export const MAX_STATUS_REASON_LENGTH = 2000;

export interface StatusReasonDialogData {
  title: string;
  hint: string;
  reasonLabel: string;
  confirmLabel: string;
  cancelLabel: string;
  /** What the user typed before, e.g. when a first attempt met a conflict. */
  reason: string;
}

/** Asks why a case is closed or reopened; resolves with the reason, or nothing when cancelled. */
@Component({
  selector: 'naast-status-reason-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, FieldErrorPipe],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <form [formGroup]="form" (ngSubmit)="confirm()" novalidate>
      <mat-dialog-content>
        <p id="status-reason-hint">{{ data.hint }}</p>
        <mat-form-field appearance="outline" class="reason">
          <mat-label>{{ data.reasonLabel }}</mat-label>
          <textarea
            matInput
            formControlName="reason"
            rows="4"
            required
            aria-describedby="status-reason-hint"
          ></textarea>
          @if (reason.invalid) {
            <mat-error>{{ reason | fieldError }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ data.cancelLabel }}</button>
        <button mat-flat-button type="submit">{{ data.confirmLabel }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason {
      width: 100%;
      min-width: min(28rem, 80vw);
    }
  `,
})
export class StatusReasonDialogComponent {
  protected readonly data = inject<StatusReasonDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<StatusReasonDialogComponent, string>>(MatDialogRef);
  protected readonly reason = new FormControl(this.data.reason, {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(MAX_STATUS_REASON_LENGTH)],
  });
  protected readonly form = new FormGroup({ reason: this.reason });

  protected confirm(): void {
    const reason = this.reason.value.trim();
    if (this.reason.invalid || reason === '') {
      this.reason.setValue(reason);
      this.reason.markAsTouched();
      return;
    }
    this.dialogRef.close(reason);
  }
}
