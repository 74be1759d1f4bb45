import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** For a control holding a list (domains, chips): at least one item chosen. */
export const atLeastOneValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  return Array.isArray(value) && value.length > 0 ? null : { atLeastOne: true };
};

/** For number inputs that must be whole numbers (minutes). */
export const integerValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  if (value === null || value === undefined || value === '') {
    return null;
  }
  return Number.isInteger(Number(value)) ? null : { integer: true };
};

/** For date inputs (YYYY-MM-DD): not after today. */
export const notInFutureDateValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value === '') {
    return null;
  }
  return value > localIsoDate(new Date()) ? { notInFuture: true } : null;
};

/** Today (or any date) as YYYY-MM-DD in the user's own time zone, the value a date input holds. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
