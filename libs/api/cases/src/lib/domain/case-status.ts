import { findCaseStatusTransition, type CaseStatus, type CaseStatusTransition, type Role } from '@naast/contracts';

export type StatusChangeRefusal =
  /** No such transition in the table (including "to the same status"). */
  | { kind: 'unknown_transition'; from: CaseStatus; to: CaseStatus }
  /** The transition exists, but not for this role (reopening is a team lead's act). */
  | { kind: 'role_not_allowed'; transition: CaseStatusTransition }
  | { kind: 'reason_required'; transition: CaseStatusTransition };

export type StatusChangeCheck =
  | { ok: true; transition: CaseStatusTransition; reason: string | null }
  | { ok: false; refusal: StatusChangeRefusal };

/**
 * Checks one status change against `CASE_STATUS_TRANSITIONS`, exactly: the table lists every
 * allowed move, the roles that may make it, and whether it needs a reason.
 */
export function checkStatusChange(
  role: Role,
  from: CaseStatus,
  to: CaseStatus,
  reason: string | undefined | null,
): StatusChangeCheck {
  const transition = findCaseStatusTransition(from, to);
  if (!transition) return { ok: false, refusal: { kind: 'unknown_transition', from, to } };
  if (!transition.roles.includes(role)) return { ok: false, refusal: { kind: 'role_not_allowed', transition } };
  const text = reason?.trim() ?? '';
  if (transition.reasonRequired && text === '') return { ok: false, refusal: { kind: 'reason_required', transition } };
  return { ok: true, transition, reason: text === '' ? null : text };
}

/** What a status change does to the closing fields: closing stamps the day and reason, reopening clears them. */
export function closingFieldsAfter(
  to: CaseStatus,
  reason: string | null,
  today: string,
): { closedOn: string | null; closingReason: string | null } {
  return to === 'afgesloten' ? { closedOn: today, closingReason: reason } : { closedOn: null, closingReason: null };
}
