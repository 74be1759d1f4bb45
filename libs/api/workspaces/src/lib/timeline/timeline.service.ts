import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, findUserRefs, type Actor } from '@naast/api-core';
import { CaseAccessService } from '@naast/api-cases';
import {
  TIMELINE_KINDS,
  type CaseStatus,
  type DomainCode,
  type TimelineEntry,
  type TimelineKind,
  type TimelineQuery,
  type UserRef,
  type VisitMode,
} from '@naast/contracts';
import { DataSource } from 'typeorm';

/** What a volunteer sees on the timeline: the visits and what happened to the case, not the plan's internals. */
export const VOLUNTEER_TIMELINE_KINDS: readonly TimelineKind[] = ['visit', 'acknowledgement', 'status_change'];

const VISIT_DOMAINS = (visitAlias: string) =>
  `COALESCE((SELECT array_agg(vd.domain_code ORDER BY vd.domain_code) FROM visit_domains vd WHERE vd.visit_id = ${visitAlias}.id), '{}')`;

/**
 * One arm per kind, each giving `kind, row_id, at, actor_id, domains, data` for case `$2` of
 * organisation `$1`. The timeline is their UNION ALL, filtered and sorted in the database.
 */
const ARMS: Record<TimelineKind, string> = {
  visit: `SELECT 'visit'::text AS kind, v.id AS row_id, v.occurred_at AS at, v.author_id AS actor_id,
            ${VISIT_DOMAINS('v')} AS domains,
            jsonb_build_object('visitId', v.id, 'mode', v.mode, 'minutes', v.minutes, 'summary', v.summary,
              'nextSteps', v.next_steps,
              'acknowledged', EXISTS (SELECT 1 FROM visit_acknowledgements a WHERE a.visit_id = v.id)) AS data
       FROM visits v WHERE v.organisation_id = $1 AND v.case_id = $2`,
  visit_amendment: `SELECT 'visit_amendment', am.id, am.amended_at, am.amended_by_id, ${VISIT_DOMAINS('v')},
            jsonb_build_object('visitId', v.id, 'reason', am.reason,
              'changedFields', to_jsonb(ARRAY(SELECT jsonb_object_keys(am.changed) ORDER BY 1)))
       FROM visit_amendments am JOIN visits v ON v.id = am.visit_id
      WHERE v.organisation_id = $1 AND v.case_id = $2 AND am.organisation_id = $1`,
  acknowledgement: `SELECT 'acknowledgement', a.visit_id, a.acknowledged_at, a.acknowledged_by_id, ${VISIT_DOMAINS('v')},
            jsonb_build_object('visitId', v.id, 'comment', a.comment)
       FROM visit_acknowledgements a JOIN visits v ON v.id = a.visit_id
      WHERE v.organisation_id = $1 AND v.case_id = $2 AND a.organisation_id = $1`,
  status_change: `SELECT 'status_change', s.id, s.changed_at, s.changed_by_id, '{}'::text[],
            jsonb_build_object('from', s.from_status, 'to', s.to_status, 'reason', s.reason)
       FROM case_status_changes s WHERE s.organisation_id = $1 AND s.case_id = $2`,
  reassignment: `SELECT 'reassignment', r.id, r.changed_at, r.changed_by_id, '{}'::text[],
            jsonb_build_object('fromId', r.from_user_id, 'toId', r.to_user_id, 'reason', r.reason)
       FROM case_assignment_changes r WHERE r.organisation_id = $1 AND r.case_id = $2`,
  plan_version: `SELECT 'plan_version', pv.id, pv.fixed_at, pv.fixed_by_id, '{}'::text[],
            jsonb_build_object('versionNumber', pv.number)
       FROM plan_versions pv JOIN plans p ON p.id = pv.plan_id
      WHERE p.organisation_id = $1 AND p.case_id = $2 AND pv.organisation_id = $1`,
  plan_evaluation: `SELECT 'plan_evaluation', pe.id, pe.created_at, pe.evaluated_by_id, '{}'::text[],
            jsonb_build_object('note', pe.summary, 'nextEvaluationOn', to_char(pe.next_evaluation_on, 'YYYY-MM-DD'))
       FROM plan_evaluations pe JOIN plans p ON p.id = pe.plan_id
      WHERE p.organisation_id = $1 AND p.case_id = $2 AND pe.organisation_id = $1`,
};

interface TimelineRow {
  kind: TimelineKind;
  row_id: string;
  at: Date;
  actor_id: string;
  domains: DomainCode[];
  data: Record<string, unknown>;
}

/** The case's history in one list, newest first: visits, corrections, acknowledgements, status, lead and plan. */
@Injectable()
export class TimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
  ) {}

  async timeline(actor: Actor, caseId: string, query: TimelineQuery): Promise<TimelineEntry[]> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.caseAccess.readable(manager, actor, caseId, {
        action: 'read',
        entity: 'case',
        entityId: caseId,
      });
      const visible = actor.role === 'volunteer' ? VOLUNTEER_TIMELINE_KINDS : TIMELINE_KINDS;
      const kinds = visible.filter((k) => !query.kind?.length || query.kind.includes(k));
      const domains = query.domain?.length ? query.domain : null;
      let rows: TimelineRow[] = [];
      if (kinds.length > 0) {
        rows = await manager.query<TimelineRow[]>(
          `SELECT t.* FROM (${kinds.map((k) => `(${ARMS[k]})`).join('\n UNION ALL \n')})
                 AS t (kind, row_id, at, actor_id, domains, data)
            WHERE $3::text[] IS NULL OR t.domains && $3::text[]
            ORDER BY t.at DESC, t.kind, t.row_id DESC`,
          [actor.organisationId, caseId, domains],
        );
      }
      const people = await findUserRefs(
        manager,
        actor.organisationId,
        [
          ...rows.map((r) => r.actor_id),
          ...rows.flatMap((r) => (r.kind === 'reassignment' ? [r.data['fromId'], r.data['toId']] : [])),
        ].filter((id): id is string => typeof id === 'string'),
      );
      const ref = (id: string): UserRef => people.get(id) ?? { id, displayName: '', role: 'supporter' };
      await this.accessLog.record(manager, actor, {
        action: 'read',
        entity: 'case',
        entityId: caseId,
        clientId: facts.clientId,
        detail: 'timeline',
      });
      return rows.map((r) => toEntry(r, ref, actor.role === 'volunteer'));
    });
  }
}

function toEntry(row: TimelineRow, ref: (id: string) => UserRef, forVolunteer: boolean): TimelineEntry {
  const base = {
    id: `${row.kind}:${row.row_id}`,
    at: new Date(row.at).toISOString(),
    actor: ref(row.actor_id),
    domains: row.domains,
  };
  const d = row.data;
  const text = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : null);
  switch (row.kind) {
    case 'visit':
      return {
        ...base,
        kind: 'visit',
        visitId: String(d['visitId']),
        mode: d['mode'] as VisitMode,
        minutes: Number(d['minutes']),
        summary: String(d['summary']),
        nextSteps: text('nextSteps'),
        acknowledged: d['acknowledged'] === true,
      };
    case 'visit_amendment':
      return {
        ...base,
        kind: 'visit_amendment',
        visitId: String(d['visitId']),
        reason: String(d['reason']),
        changedFields: (d['changedFields'] as string[] | null) ?? [],
      };
    case 'acknowledgement':
      return { ...base, kind: 'acknowledgement', visitId: String(d['visitId']), comment: text('comment') };
    case 'status_change':
      // A volunteer does not see why a case was closed (as on the case itself).
      return {
        ...base,
        kind: 'status_change',
        from: text('from') as CaseStatus | null,
        to: d['to'] as CaseStatus,
        reason: forVolunteer ? null : text('reason'),
      };
    case 'reassignment': {
      const from = text('fromId');
      return {
        ...base,
        kind: 'reassignment',
        from: from ? ref(from) : null,
        to: ref(String(d['toId'])),
        reason: text('reason'),
      };
    }
    case 'plan_version':
      return { ...base, kind: 'plan_version', versionNumber: Number(d['versionNumber']) };
    case 'plan_evaluation':
      return { ...base, kind: 'plan_evaluation', note: text('note'), nextEvaluationOn: text('nextEvaluationOn') };
  }
}
