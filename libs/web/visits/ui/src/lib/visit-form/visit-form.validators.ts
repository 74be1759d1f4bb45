import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** A phone's clock may run a little ahead of the server's; this much is not "the future" yet. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** `YYYY-MM-DDTHH:mm` in the user's own time zone, the value a datetime-local input holds. */
export function toLocalDateTimeInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Reads a datetime-local value as local time (the ECMAScript rule for a date-time without offset). */
export function fromLocalDateTimeInput(value: string): Date {
  return new Date(value);
}

export const notInFutureValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value === '') {
    return null;
  }
  const date = fromLocalDateTimeInput(value);
  if (Number.isNaN(date.getTime())) {
    return { invalid: true };
  }
  return date.getTime() > Date.now() + CLOCK_SKEW_MS ? { notInFuture: true } : null;
};

export const integerValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  if (value === null || value === undefined || value === '') {
    return null;
  }
  return Number.isInteger(Number(value)) ? null : { integer: true };
};
