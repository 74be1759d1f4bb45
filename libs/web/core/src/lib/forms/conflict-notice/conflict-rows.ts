import type { ConflictRow } from './conflict-notice.component';

/** One row of the notice: a part of the edit, how to compare it and how the user reads it. */
export interface ConflictField<T> {
  label: string;
  /** The part of the edit this row stands for; several fields may form one row (a name, an address). */
  value: (edit: T) => unknown;
  /** The part in the user's words ("Geen" for an empty list, a date as a date). */
  show: (edit: T) => string;
}

/** Lists of codes or ids are sets: their order is not a change. Lists of things keep their order. */
function comparable(value: unknown): string {
  const normal =
    Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...(value as string[])].sort() : value;
  return JSON.stringify(normal ?? null);
}

function same(a: unknown, b: unknown): boolean {
  return comparable(a) === comparable(b);
}

/**
 * The rows to show after a 409: what someone else changed since the edit started (`base` → `saved`),
 * and what the user changed that now differs from what is saved. A part both changed to the same
 * value is left out (there is nothing to choose); a part only someone else changed shows no input
 * of the user's (`mine: null`), so "keep mine" visibly leaves it as saved.
 */
export function conflictRows<T>(base: T, mine: T, saved: T, fields: readonly ConflictField<T>[]): ConflictRow[] {
  const rows: ConflictRow[] = [];
  for (const field of fields) {
    const baseValue = field.value(base);
    const changedByOthers = !same(baseValue, field.value(saved));
    const changedByMe = !same(baseValue, field.value(mine));
    if ((!changedByOthers && !changedByMe) || (changedByMe && same(field.value(mine), field.value(saved)))) {
      continue;
    }
    rows.push({ label: field.label, saved: field.show(saved), mine: changedByMe ? field.show(mine) : null });
  }
  return rows;
}
