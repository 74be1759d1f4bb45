import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { I18n } from '@naast/web-core';
import { AUTH_MESSAGES } from '../auth.messages';

/** The ten recovery codes, shown once: print, copy, and confirm they are kept. */
@Component({
  selector: 'naast-recovery-codes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  template: `
    <h2 id="recovery-codes-title">{{ text().codesTitle }}</h2>
    <p>{{ text().codesIntro }}</p>
    <ol class="codes" aria-labelledby="recovery-codes-title" data-testid="recovery-codes">
      @for (code of codes(); track code) {
        <li>
          <code>{{ code }}</code>
        </li>
      }
    </ol>
    <div class="actions">
      <button mat-stroked-button type="button" (click)="print()">{{ text().codesPrint }}</button>
      <button mat-stroked-button type="button" (click)="copy()">{{ text().codesCopy }}</button>
    </div>
    <p class="status" role="status">{{ copied() ? text().codesCopied : '' }}</p>
    <button mat-flat-button type="button" class="submit" (click)="saved.emit()">{{ text().codesSaved }}</button>
  `,
  styles: `
    .codes {
      columns: 2;
      padding-left: 1.5rem;
      font-size: 1.05rem;
    }
    .codes li {
      margin-bottom: 4px;
    }
    .actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .submit {
      min-height: 48px;
      width: 100%;
    }
    @media print {
      .actions,
      .submit {
        display: none;
      }
    }
  `,
})
export class RecoveryCodesComponent {
  protected readonly text = inject(I18n).messages(AUTH_MESSAGES);
  readonly codes = input.required<string[]>();
  readonly saved = output<void>();
  protected readonly copied = signal(false);

  protected print(): void {
    window.print();
  }

  protected async copy(): Promise<void> {
    await navigator.clipboard.writeText(this.codes().join('\n'));
    this.copied.set(true);
  }
}
