import { isoDateOf } from '@naast/api-core';
import type { CreateVisitRequest, DomainCode } from '@naast/contracts';

/** A phone's clock may run a little ahead of the server's. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** The current values of a visit in request form (ISO instant, sorted domains). */
export type VisitValues = Required<Omit<CreateVisitRequest, 'nextSteps'>> & { nextSteps: string | null };

export const AMENDABLE_FIELDS = [
  'occurredAt',
  'minutes',
  'mode',
  'domains',
  'summary',
  'nextSteps',
] as const satisfies readonly (keyof VisitValues)[];

/** The same calendar day one year earlier (29 February becomes 28 February). */
export function oneYearBefore(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  const monthDay = `${month}-${day}` === '02-29' ? '02-28' : `${month}-${day}`;
  return `${String(Number(year) - 1).padStart(4, '0')}-${monthDay}`;
}

/**
 * Why `occurredAt` is not acceptable for a case registered on `registeredOn`, or null: a visit
 * is not in the future (beyond clock skew) and not more than a year before the registration.
 */
export function occurredAtProblem(occurredAt: Date, registeredOn: string, now: Date): string | null {
  if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) return 'mag niet in de toekomst liggen';
  const earliest = oneYearBefore(registeredOn);
  if (isoDateOf(occurredAt) < earliest) return `mag niet vóór ${earliest} liggen (een jaar voor de aanmelding)`;
  return null;
}

export function normaliseDomains(domains: readonly DomainCode[]): DomainCode[] {
  return [...new Set(domains)].sort();
}

/** ISO instants compare by moment, not by spelling ("+01:00" and "Z" can be the same time). */
const sameValue = (field: keyof VisitValues, a: unknown, b: unknown): boolean => {
  if (field === 'occurredAt') return new Date(a as string).getTime() === new Date(b as string).getTime();
  if (field === 'domains')
    return JSON.stringify(normaliseDomains(a as DomainCode[])) === JSON.stringify(normaliseDomains(b as DomainCode[]));
  return a === b;
};

export interface VisitChanges {
  previous: Partial<VisitValues>;
  changed: Partial<VisitValues>;
}

/** The fields an amendment really changes, with their values before and after; unchanged fields are left out. */
export function visitChanges(current: VisitValues, requested: Partial<VisitValues>): VisitChanges {
  const previous: Record<string, unknown> = {};
  const changed: Record<string, unknown> = {};
  for (const field of AMENDABLE_FIELDS) {
    const next = requested[field];
    if (next === undefined || sameValue(field, current[field], next)) continue;
    previous[field] = current[field];
    changed[field] =
      field === 'occurredAt'
        ? new Date(next as string).toISOString()
        : field === 'domains'
          ? normaliseDomains(next as DomainCode[])
          : next;
  }
  return { previous: previous as Partial<VisitValues>, changed: changed as Partial<VisitValues> };
}
