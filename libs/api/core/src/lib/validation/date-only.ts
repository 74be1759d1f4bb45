import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Dates without a time (date of birth, registration) are Dutch calendar days. */
export const CALENDAR_TIME_ZONE = 'Europe/Amsterdam';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (no 2024-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date in the Netherlands as YYYY-MM-DD. */
export function todayIsoDate(now: Date = new Date()): string {
  // sv-SE formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: CALENDAR_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The Dutch calendar day of an instant, as YYYY-MM-DD. */
export function isoDateOf(instant: Date): string {
  return todayIsoDate(instant);
}

export interface IsoDateOptions {
  /** Earliest allowed date, inclusive or exclusive per `afterExclusive`. */
  after?: string;
  /** Refuse dates after today (Dutch time). */
  notInFuture?: boolean;
}

/** A YYYY-MM-DD calendar date, optionally bounded; the message says which rule failed. */
export function IsIsoDate(options: IsoDateOptions = {}, validationOptions?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: validationOptions,
      validator: {
        validate(value: unknown) {
          if (!isIsoDate(value)) return false;
          if (options.after && value <= options.after) return false;
          if (options.notInFuture && value > todayIsoDate()) return false;
          return true;
        },
        defaultMessage() {
          const rules = ['moet een datum zijn als JJJJ-MM-DD'];
          if (options.after) rules.push(`na ${options.after}`);
          if (options.notInFuture) rules.push('niet in de toekomst');
          return rules.join(', ');
        },
      },
    });
  };
}
