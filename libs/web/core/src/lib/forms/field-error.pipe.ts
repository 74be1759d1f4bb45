import { Pipe, inject, type PipeTransform } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { CORE_MESSAGES } from '../i18n/core.messages';
import { I18n } from '../i18n/i18n.service';
import { SERVER_ERROR_KEY } from './field-errors';

/** Field-specific texts for some error keys, e.g. `{ pattern: 'Een postcode is 1234 AB.' }`. */
export type ErrorTexts = Partial<Record<string, string>>;

/**
 * The message for a control's first error, in the current language: `{{ form.controls.email | fieldError }}`.
 * Impure because control errors are not signals; it is cheap and runs only when the view is checked.
 */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly messages = inject(I18n).messages(CORE_MESSAGES);

  transform(control: AbstractControl | null | undefined, texts: ErrorTexts = {}): string {
    const errors = control?.errors;
    if (!errors) {
      return '';
    }
    const v = this.messages().validation;
    const key = Object.keys(errors)[0];
    const error: unknown = errors[key];
    const custom = texts[key];
    if (custom) {
      return custom;
    }
    switch (key) {
      case SERVER_ERROR_KEY:
        return typeof error === 'string' ? error : v.invalid;
      case 'required':
        return v.required;
      case 'email':
        return v.email;
      case 'pattern':
        return v.pattern;
      case 'minlength':
        return v.minlength((error as { requiredLength: number }).requiredLength);
      case 'maxlength':
        return v.maxlength((error as { requiredLength: number }).requiredLength);
      case 'min':
        return v.min((error as { min: number }).min);
      case 'max':
        return v.max((error as { max: number }).max);
      case 'atLeastOne':
        return v.atLeastOne;
      case 'integer':
        return v.integer;
      case 'notInFuture':
        return v.notInFuture;
      default:
        return v.invalid;
    }
  }
}
