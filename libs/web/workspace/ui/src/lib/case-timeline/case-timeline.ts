import { TIMELINE_KIND_LABELS, type TimelineEntry, type TimelineKind } from '@naast/contracts';
import {
  WORKSPACE_UI_MESSAGES,
  domainName,
  formatUiDate,
  modeName,
  statusName,
  type UiLanguage,
} from '../workspace-ui.messages';

/** One timeline entry as the template shows it: a title line, the details, and what can be done. */
export interface TimelineRow {
  id: string;
  kind: TimelineKind;
  kindLabel: string;
  when: string;
  at: string;
  by: string;
  headline: string;
  domains: string;
  details: { label: string; value: string }[];
  /** A volunteer's visit report not yet acknowledged: the id to acknowledge. */
  acknowledgeVisitId: string | null;
  /** For a volunteer's visit: whether it was acknowledged, in words. */
  acknowledgedText: string | null;
}

/** Turns entries into rows; the order the API gives (newest first) is kept. */
export function timelineRows(entries: readonly TimelineEntry[], language: UiLanguage): TimelineRow[] {
  const t = WORKSPACE_UI_MESSAGES[language].timeline;
  return entries.map((entry) => {
    const base = {
      id: entry.id,
      kind: entry.kind,
      kindLabel: TIMELINE_KIND_LABELS[entry.kind][language],
      when: formatUiDate(entry.at, language, true),
      at: entry.at,
      by: t.by(entry.actor.displayName),
      domains: entry.domains.map((code) => domainName(code, language)).join(', '),
      acknowledgeVisitId: null as string | null,
      acknowledgedText: null as string | null,
    };
    switch (entry.kind) {
      case 'visit': {
        const fromVolunteer = entry.actor.role === 'volunteer';
        return {
          ...base,
          headline: `${modeName(entry.mode, language)} · ${t.minutes(entry.minutes)}`,
          details: [
            { label: t.summary, value: entry.summary },
            ...(entry.nextSteps ? [{ label: t.nextSteps, value: entry.nextSteps }] : []),
          ],
          acknowledgeVisitId: fromVolunteer && !entry.acknowledged ? entry.visitId : null,
          acknowledgedText: fromVolunteer ? (entry.acknowledged ? t.acknowledged : t.notAcknowledged) : null,
        };
      }
      case 'visit_amendment':
        return {
          ...base,
          headline: '',
          details: [
            { label: t.reason, value: entry.reason },
            { label: t.changedFields, value: entry.changedFields.join(', ') },
          ],
        };
      case 'acknowledgement':
        return {
          ...base,
          headline: '',
          details: [{ label: t.comment, value: entry.comment ?? t.noComment }],
        };
      case 'status_change':
        return {
          ...base,
          headline: t.statusFrom(entry.from ? statusName(entry.from, language) : null, statusName(entry.to, language)),
          details: entry.reason ? [{ label: t.reason, value: entry.reason }] : [],
        };
      case 'reassignment':
        return {
          ...base,
          headline: t.reassigned(entry.from?.displayName ?? null, entry.to.displayName),
          details: entry.reason ? [{ label: t.reason, value: entry.reason }] : [],
        };
      case 'plan_version':
        return { ...base, headline: t.planVersion(entry.versionNumber), details: [] };
      case 'plan_evaluation':
        return {
          ...base,
          headline: entry.nextEvaluationOn ? t.nextEvaluation(formatUiDate(entry.nextEvaluationOn, language)) : '',
          details: entry.note ? [{ label: t.comment, value: entry.note }] : [],
        };
    }
  });
}
