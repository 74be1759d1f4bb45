import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n } from './i18n.service';
import type { LocalizedText } from './language';

/** `{{ CASE_STATUS_LABELS[status] | label }}`; impure so it follows the language signal. */
@Pipe({ name: 'label', pure: false })
export class LabelPipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(text: LocalizedText | null | undefined): string {
    return text ? this.i18n.label(text) : '';
  }
}
