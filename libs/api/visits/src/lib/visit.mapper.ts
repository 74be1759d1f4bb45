import type { DomainCode, UserRef, VisitAcknowledgement, VisitAmendment, VisitView } from '@naast/contracts';
import type { VisitEntity } from './visit.entity';
import type { VisitValues } from './domain/visit-rules';

/** A visit with its domains, author and amendments, as loaded by `VisitReader`. */
export interface VisitAggregate {
  visit: VisitEntity;
  domains: DomainCode[];
  author: UserRef;
  amendments: VisitAmendment[];
  acknowledgement: VisitAcknowledgement | null;
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

/** `permissions`: what the reader may do with this visit, so the UI offers only that. */
export function toVisitView(
  { visit, domains, author, amendments, acknowledgement }: VisitAggregate,
  permissions: VisitView['permissions'],
): VisitView {
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
    acknowledgement: acknowledgement
      ? { by: { ...acknowledgement.by }, at: acknowledgement.at, comment: acknowledgement.comment }
      : null,
    version: visit.version,
    permissions: { ...permissions },
  };
}
