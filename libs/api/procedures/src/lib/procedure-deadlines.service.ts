import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, FieldValidationException, todayIsoDate, type Actor } from '@naast/api-core';
import {
  DEFAULT_DEADLINE_WITHIN_DAYS,
  MAX_DEADLINE_ITEMS,
  PASSED_DEADLINE_SHOWN_DAYS,
  computeProcedureSteps,
  formatClientName,
  procedureDeadlineLabel,
  type ProcedureDates,
  type ProcedureDeadlineItem,
  type ProcedureDeadlinesQuery,
  type ProcedureDeadlinesView,
  type ProcedureKind,
  type ProcedureOutcome,
  type ProcedureStep,
  type Role,
} from '@naast/contracts';
import { DataSource } from 'typeorm';

interface DeadlineRow {
  id: string;
  kind: ProcedureKind;
  outcome: ProcedureOutcome;
  advisory_committee: boolean;
  case_id: string;
  client_id: string;
  given_name: string;
  family_name_prefix: string | null;
  family_name: string;
  lead_id: string;
  lead_display_name: string;
  lead_role: Role;
  dates: { step: ProcedureStep; on: string }[];
}

/** Where the deadlines come from: the cases the caller leads, or the cases of their teams. */
export interface DeadlineSource {
  scope: 'mine' | 'team';
  teamIds?: readonly string[];
}

/**
 * Open procedure deadlines across cases, for the start page ("mine") and the team lead's review
 * ("team"). The deadlines are computed by the same function the case page uses; a deadline that
 * passed without its step is shown for 30 days, marked passed.
 */
@Injectable()
export class ProcedureDeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  async forQuery(actor: Actor, query: ProcedureDeadlinesQuery): Promise<ProcedureDeadlinesView> {
    const scope = query.scope ?? 'mine';
    if (query.teamId && scope !== 'team')
      throw new FieldValidationException([{ field: 'teamId', reason: 'hoort alleen bij scope=team' }]);
    // Another organisation's team and a team of one's own organisation one is not in answer alike.
    if (query.teamId && !actor.teamIds.includes(query.teamId))
      throw new FieldValidationException([{ field: 'teamId', reason: 'is geen team waar je bij hoort' }]);
    const teamIds = query.teamId ? [query.teamId] : actor.teamIds;
    return this.deadlines(actor, { scope, teamIds }, query.within ?? DEFAULT_DEADLINE_WITHIN_DAYS);
  }

  /**
   * The deadlines due within `within` days and those passed in the last 30, soonest first; the
   * seam for start pages, which add them to their own list of upcoming dates.
   */
  async deadlines(actor: Actor, source: DeadlineSource, within: number): Promise<ProcedureDeadlinesView> {
    const today = todayIsoDate();
    return this.dataSource.transaction(async (manager) => {
      const params: unknown[] = [actor.organisationId];
      let where: string;
      if (source.scope === 'mine') {
        params.push(actor.userId);
        where = 'k.lead_supporter_id = $2';
      } else {
        params.push([...(source.teamIds ?? actor.teamIds)]);
        where = 'k.team_id = ANY($2::uuid[])';
      }
      const rows = await manager.query<DeadlineRow[]>(
        `SELECT p.id, p.kind, p.outcome, p.advisory_committee, k.id AS case_id, cl.id AS client_id,
                cl.given_name, cl.family_name_prefix, cl.family_name,
                u.id AS lead_id, u.display_name AS lead_display_name, u.role AS lead_role,
                COALESCE((SELECT json_agg(json_build_object('step', d.step, 'on', to_char(d.occurred_on, 'YYYY-MM-DD')))
                            FROM case_procedure_dates d WHERE d.procedure_id = p.id), '[]') AS dates
           FROM case_procedures p
           JOIN cases k ON k.id = p.case_id AND k.organisation_id = p.organisation_id
           JOIN clients cl ON cl.id = k.client_id
           JOIN users u ON u.id = k.lead_supporter_id
          WHERE p.organisation_id = $1 AND k.status <> 'afgesloten' AND p.outcome <> 'ingetrokken' AND ${where}`,
        params,
      );

      const all: ProcedureDeadlineItem[] = [];
      for (const row of rows) {
        const dates: ProcedureDates = Object.fromEntries(row.dates.map((d) => [d.step, d.on]));
        const steps = computeProcedureSteps(
          { kind: row.kind, dates, outcome: row.outcome, advisoryCommittee: row.advisory_committee },
          today,
        );
        for (const { step, deadline } of steps) {
          if (!deadline?.dueOn || deadline.daysLeft === null) continue;
          if (deadline.status !== 'upcoming' && deadline.status !== 'due_soon' && deadline.status !== 'passed')
            continue;
          if (deadline.daysLeft > within || deadline.daysLeft < -PASSED_DEADLINE_SHOWN_DAYS) continue;
          all.push({
            kind: 'procedure_deadline',
            caseId: row.case_id,
            client: {
              id: row.client_id,
              displayName: formatClientName({
                givenName: row.given_name,
                familyNamePrefix: row.family_name_prefix,
                familyName: row.family_name,
              }),
            },
            date: deadline.dueOn,
            label: procedureDeadlineLabel(row.kind, step),
            passed: deadline.status === 'passed',
            procedureId: row.id,
            procedureKind: row.kind,
            step,
            status: deadline.status,
            daysLeft: deadline.daysLeft,
            by: deadline.by,
            leadSupporter: { id: row.lead_id, displayName: row.lead_display_name, role: row.lead_role },
          });
        }
      }
      all.sort(
        (a, b) =>
          a.date.localeCompare(b.date) ||
          a.caseId.localeCompare(b.caseId) ||
          a.procedureId.localeCompare(b.procedureId),
      );
      const items = all.slice(0, MAX_DEADLINE_ITEMS);

      const detail = JSON.stringify({ scope: source.scope, within, results: items.length });
      const seen = new Map(items.map((item) => [item.procedureId, item.client.id]));
      await this.accessLog.recordMany(
        manager,
        actor,
        seen.size > 0
          ? [...seen].map(([procedureId, clientId]) => ({
              action: 'search' as const,
              entity: 'case_procedure',
              entityId: procedureId,
              clientId,
              detail,
            }))
          : [{ action: 'search' as const, entity: 'case_procedure', entityId: null, clientId: null, detail }],
      );
      return { today, within, total: all.length, items };
    });
  }
}
