import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18n, type DateStyle } from './i18n.service';

/** `{{ visit.occurredAt | localDate: 'dateTime' }}` in nl-NL or en-GB; impure so it follows the language signal. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);

  transform(value: string | Date | null | undefined, style: DateStyle = 'date'): string {
    return this.i18n.formatDate(value, style);
  }
}
