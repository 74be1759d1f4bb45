import type { DomainCode, UserRef, VisitAmendment, VisitView } from '@naast/contracts';
import type { VisitEntity } from './visit.entity';
import type { VisitValues } from './domain/visit-rules';

/** A visit with its domains, author and amendments, as loaded by `VisitReader`. */
export interface VisitAggregate {
  visit: VisitEntity;
  domains: DomainCode[];
  author: UserRef;
  amendments: VisitAmendment[];
}

/** The current values in request form: what an amendment compares against. */
export function toVisitValues(visit: VisitEntity, domains: readonly DomainCode[]): VisitValues {
  return {
    occurredAt: visit.occurredAt.toISOString(),
    minutes: visit.minutes,
    mode: visit.mode,
    domains: [...domains],
    summary: visit.summary,
    nextSteps: visit.nextSteps,
  };
}

/** Only the amendable fields of a stored jsonb value. */
function pickValues(values: Partial<VisitValues>): Partial<VisitValues> {
  const { occurredAt, minutes, mode, domains, summary, nextSteps } = values;
  return Object.fromEntries(
    Object.entries({ occurredAt, minutes, mode, domains, summary, nextSteps }).filter(([, v]) => v !== undefined),
  );
}

/** `canAmend`: whether the reader may correct this visit, so the UI offers it only then. */
export function toVisitView({ visit, domains, author, amendments }: VisitAggregate, canAmend: boolean): VisitView {
  return {
    id: visit.id,
    caseId: visit.caseId,
    ...toVisitValues(visit, domains),
    author: { id: author.id, displayName: author.displayName, role: author.role },
    createdAt: visit.createdAt.toISOString(),
    amendments: amendments.map((a) => ({
      id: a.id,
      reason: a.reason,
      previous: pickValues(a.previous),
      changed: pickValues(a.changed),
      amendedBy: { ...a.amendedBy },
      amendedAt: a.amendedAt,
    })),
    version: visit.version,
    permissions: { amend: canAmend },
  };
}
