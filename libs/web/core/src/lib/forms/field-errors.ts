import { afterNextRender, type Injector } from '@angular/core';
import { FormArray, FormGroup, type AbstractControl } from '@angular/forms';
import type { FieldError } from '@naast/contracts';

/** Error key under which a reason given by the API is stored on a control. */
export const SERVER_ERROR_KEY = 'server';

/** `address.postcode`, `involvedParties[1].name` and `involvedParties.1.name` all become path segments. */
export function fieldPathSegments(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Finds the control an API field path points at. A path deeper than the form (`domains.1` on a
 * control holding the whole list) lands on the deepest control that holds a value, because that
 * is where the user fixes it.
 */
export function findControlForField(form: AbstractControl, field: string): AbstractControl | null {
  let control: AbstractControl = form;
  for (const segment of fieldPathSegments(field)) {
    let child: AbstractControl | null = null;
    if (control instanceof FormArray && typeof segment === 'number') {
      child = control.at(segment) ?? null;
    } else if (control instanceof FormGroup && typeof segment === 'string') {
      child = Object.prototype.hasOwnProperty.call(control.controls, segment) ? control.controls[segment] : null;
    }
    if (!child) {
      const isLeaf = !(control instanceof FormGroup) && !(control instanceof FormArray);
      return isLeaf && control !== form ? control : null;
    }
    control = child;
  }
  return control === form ? null : control;
}

/**
 * Puts each reason the API gave next to the field it names, marked touched so it shows at once.
 * The error disappears when the user edits the field (validators run again). Returns the details
 * no control matched, to be shown above the form.
 */
export function applyFieldErrors(form: AbstractControl, details: readonly FieldError[] | undefined): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const detail of details ?? []) {
    const control = findControlForField(form, detail.field);
    if (!control) {
      unmatched.push(detail);
      continue;
    }
    const { [SERVER_ERROR_KEY]: existing, ...otherErrors } = control.errors ?? {};
    const reason =
      typeof existing === 'string' && existing !== detail.reason ? `${existing} ${detail.reason}` : detail.reason;
    // The server's reason first: it is the one the user has not seen yet.
    control.setErrors({ [SERVER_ERROR_KEY]: reason, ...otherErrors });
    control.markAsTouched();
  }
  return unmatched;
}

/** Moves keyboard focus to the first invalid field, so a screen reader reads its error next. False when there is none. */
export function focusFirstInvalidField(host: HTMLElement): boolean {
  const invalid = host.querySelector<HTMLElement>(
    'input.ng-invalid, textarea.ng-invalid, select.ng-invalid, mat-select.ng-invalid, [role="listbox"].ng-invalid, mat-radio-group.ng-invalid input, input[aria-invalid="true"]',
  );
  invalid?.focus();
  return !!invalid;
}

/**
 * After the API refused a form: once the page shows the API's reasons (the fields' state shows
 * only after the next render), focus the first field it named, or else bring the summary above
 * the form into view. The user pressed save at the bottom of the form.
 */
export function revealFormErrors(host: HTMLElement, injector: Injector): void {
  afterNextRender(
    {
      read: () => {
        if (!focusFirstInvalidField(host)) {
          host.querySelector('naast-form-error-summary')?.scrollIntoView({ block: 'nearest' });
        }
      },
    },
    { injector },
  );
}
