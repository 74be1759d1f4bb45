/**
 * The fields of an edit that differ from what the edit started from, so a PATCH carries only what
 * the user changed and never writes back a colleague's newer value the user did not touch.
 */
export function changedFields<T extends object>(edited: T, base: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(edited) as (keyof T)[]) {
    if (JSON.stringify(edited[key] ?? null) !== JSON.stringify(base[key] ?? null)) {
      changes[key] = edited[key];
    }
  }
  return changes;
}
