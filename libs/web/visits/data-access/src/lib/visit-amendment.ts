import type { AmendVisitRequest, CreateVisitRequest, VisitView } from '@naast/contracts';

const AMENDABLE_FIELDS = ['occurredAt', 'minutes', 'mode', 'domains', 'summary', 'nextSteps'] as const;
type AmendableField = (typeof AMENDABLE_FIELDS)[number];

function sameValue(field: AmendableField, before: unknown, after: unknown): boolean {
  if (field === 'domains') {
    const a = [...((before as string[] | undefined) ?? [])].sort();
    const b = [...((after as string[] | undefined) ?? [])].sort();
    return a.length === b.length && a.every((value, i) => value === b[i]);
  }
  if (field === 'occurredAt') {
    return new Date(before as string).getTime() === new Date(after as string).getTime();
  }
  if (field === 'nextSteps') {
    return ((before as string | null) ?? '') === ((after as string | null) ?? '');
  }
  return before === after;
}

/**
 * A correction carries only what changed, with the reason and the version it is based on, so the
 * history shows exactly what was corrected. Null when nothing changed.
 */
export function buildVisitAmendment(
  visit: VisitView,
  edited: CreateVisitRequest,
  reason: string,
): AmendVisitRequest | null {
  const changes: Partial<CreateVisitRequest> = {};
  for (const field of AMENDABLE_FIELDS) {
    if (!sameValue(field, visit[field], edited[field])) {
      Object.assign(changes, { [field]: edited[field] });
    }
  }
  if (Object.keys(changes).length === 0) {
    return null;
  }
  return { ...changes, reason: reason.trim(), version: visit.version };
}
