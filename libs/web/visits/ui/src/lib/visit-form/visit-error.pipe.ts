import { Pipe, type PipeTransform } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { VISITS_UI_MESSAGES, type UiLanguage } from '../visits-ui.messages';

/**
 * The message for a control's first error. A reason the API gave is stored under `server`
 * (the convention of the web-core form-error mapping) and shown as is.
 * Impure because control errors are not signals.
 */
@Pipe({ name: 'visitError', pure: false })
export class VisitErrorPipe implements PipeTransform {
  transform(control: AbstractControl, language: UiLanguage): string {
    const errors = control.errors;
    if (!errors) {
      return '';
    }
    const texts = VISITS_UI_MESSAGES[language].errors;
    const key = Object.keys(errors)[0];
    const error: unknown = errors[key];
    switch (key) {
      case 'server':
        return typeof error === 'string' ? error : texts.invalid;
      case 'required':
        return texts.required;
      case 'min':
        return texts.min((error as { min: number }).min);
      case 'max':
        return texts.max((error as { max: number }).max);
      case 'integer':
        return texts.integer;
      case 'maxlength':
        return texts.maxlength((error as { requiredLength: number }).requiredLength);
      case 'notInFuture':
        return texts.notInFuture;
      default:
        return texts.invalid;
    }
  }
}
