import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { FieldError } from '@naast/contracts';
import { CORE_MESSAGES } from '../../i18n/core.messages';
import { I18n } from '../../i18n/i18n.service';

/**
 * Announced summary above a form after a failed submit (role="alert"): what is wrong in general,
 * plus any reason the API gave that no single field could show.
 */
@Component({
  selector: 'naast-form-error-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (show()) {
      <div class="summary" role="alert">
        <p class="title">{{ message() || text().formSummary.title }}</p>
        @if (fieldsInvalid()) {
          <p>{{ text().formSummary.fixFields }}</p>
        }
        @if (details().length > 0) {
          <ul>
            @for (detail of details(); track detail.field + detail.reason) {
              <li>{{ detail.reason }}</li>
            }
          </ul>
        }
      </div>
    }
  `,
  styles: `
    .summary {
      border: 2px solid var(--mat-sys-error, #b3261e);
      border-radius: 8px;
      padding: 12px 16px;
      margin-block: 0 16px;
      color: var(--mat-sys-on-error-container, #410e0b);
      background: var(--mat-sys-error-container, #f9dedc);
    }
    .title {
      font-weight: 500;
      margin: 0 0 4px;
    }
    p:last-child,
    ul {
      margin-bottom: 0;
    }
  `,
})
export class FormErrorSummaryComponent {
  readonly show = input(false);
  /** A sentence replacing the default title, e.g. for a conflict or a network error. */
  readonly message = input<string | null>(null);
  readonly fieldsInvalid = input(true);
  readonly details = input<readonly FieldError[]>([]);

  protected readonly text = inject(I18n).messages(CORE_MESSAGES);
}
