import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, todayIsoDate, type Actor } from '@naast/api-core';
import { caseAttentionSql, lastContactSql } from '@naast/api-cases';
import {
  CASE_STATUSES,
  UPCOMING_DAYS,
  WIDGET_ITEMS,
  type AttentionCase,
  type CaseStatus,
  type DomainCode,
  type MyWorkView,
  type NewReportItem,
  type OverdueActionItem,
  type Role,
  type UpcomingDateItem,
  type UpcomingDateKind,
  type VisitMode,
} from '@naast/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { addDays } from '../calendar';
import { CLIENT_REF_COLUMNS, clientRefOf, totalOf, type ClientRefRow, shownCasesLog } from '../client-ref';
import { OrganisationSettingsService } from '../organisation-settings/organisation-settings.service';
import { UPCOMING_DATE_SOURCES } from './upcoming-date-sources';

type Total = { total: string };

/**
 * The supporter's start page: what needs attention on the cases I lead. One aggregate query per
 * widget, each bounded to `WIDGET_ITEMS` rows with its true total (`count(*) OVER ()`).
 */
@Injectable()
export class MyWorkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly settings: OrganisationSettingsService,
  ) {}

  async myWork(actor: Actor): Promise<MyWorkView> {
    const today = todayIsoDate();
    return this.dataSource.transaction(async (manager) => {
      const noContactDays = await this.settings.noContactDays(manager, actor.organisationId);
      const view: MyWorkView = {
        noContactDays,
        openCases: await this.openCases(manager, actor),
        withoutContact: await this.withoutContact(manager, actor, today),
        overdueActions: await this.overdueActions(manager, actor, today),
        upcoming: await this.upcoming(manager, actor, today),
        newReports: await this.newReports(manager, actor),
      };
      const shown = new Map<string, string>();
      for (const item of [
        ...view.withoutContact.items,
        ...view.overdueActions.items,
        ...view.upcoming.items,
        ...view.newReports.items,
      ])
        shown.set(item.caseId, item.client.id);
      await this.accessLog.recordMany(manager, actor, shownCasesLog(shown, 'my-work'));
      return view;
    });
  }

  private async openCases(manager: EntityManager, actor: Actor): Promise<MyWorkView['openCases']> {
    const rows = await manager.query<{ status: CaseStatus; count: string }[]>(
      `SELECT k.status, count(*) AS count FROM cases k
        WHERE k.organisation_id = $1 AND k.lead_supporter_id = $2 AND k.status <> 'afgesloten'
        GROUP BY k.status`,
      [actor.organisationId, actor.userId],
    );
    const byStatus = Object.fromEntries(
      CASE_STATUSES.filter((s) => s !== 'afgesloten').map((s) => [s, 0]),
    ) as MyWorkView['openCases']['byStatus'];
    for (const row of rows) if (row.status !== 'afgesloten') byStatus[row.status] = Number(row.count);
    return { total: Object.values(byStatus).reduce((a, b) => a + b, 0), byStatus };
  }

  private async withoutContact(
    manager: EntityManager,
    actor: Actor,
    today: string,
  ): Promise<MyWorkView['withoutContact']> {
    const rows = await manager.query<
      (ClientRefRow & Total & { case_id: string; status: CaseStatus; last_contact: string | null; days: number })[]
    >(
      `WITH flagged AS (
         SELECT k.id, k.client_id, k.status, k.registered_on, ${lastContactSql('k')} AS last_contact
           FROM cases k
          WHERE k.organisation_id = $1 AND k.lead_supporter_id = $2
            AND ${caseAttentionSql('no_contact', 'k', { today: '$3::date', monthStart: '$3::date' })}
       )
       SELECT f.id AS case_id, f.status, to_char(f.last_contact, 'YYYY-MM-DD') AS last_contact,
              ($3::date - COALESCE(f.last_contact, f.registered_on)) AS days,
              ${CLIENT_REF_COLUMNS}, count(*) OVER () AS total
         FROM flagged f JOIN clients cl ON cl.id = f.client_id AND cl.organisation_id = $1
        ORDER BY days DESC, f.id
        LIMIT $4`,
      [actor.organisationId, actor.userId, today, WIDGET_ITEMS],
    );
    return {
      total: totalOf(rows),
      items: rows.map(
        (r): AttentionCase => ({
          caseId: r.case_id,
          client: clientRefOf(r),
          status: r.status,
          lastContactOn: r.last_contact,
          daysWithoutContact: Number(r.days),
        }),
      ),
    };
  }

  private async overdueActions(
    manager: EntityManager,
    actor: Actor,
    today: string,
  ): Promise<MyWorkView['overdueActions']> {
    const rows = await manager.query<
      (ClientRefRow & Total & { id: string; case_id: string; description: string; due_on: string; days: number })[]
    >(
      `SELECT pa.id, k.id AS case_id, pa.description, to_char(pa.due_on, 'YYYY-MM-DD') AS due_on,
              ($3::date - pa.due_on) AS days, ${CLIENT_REF_COLUMNS}, count(*) OVER () AS total
         FROM cases k
         JOIN plans p ON p.case_id = k.id AND p.organisation_id = k.organisation_id
         JOIN plan_actions pa ON pa.plan_id = p.id AND pa.organisation_id = k.organisation_id
         JOIN clients cl ON cl.id = k.client_id AND cl.organisation_id = k.organisation_id
        WHERE k.organisation_id = $1 AND k.lead_supporter_id = $2 AND k.status <> 'afgesloten'
          AND pa.status = 'open' AND pa.due_on < $3::date
        ORDER BY pa.due_on, pa.id
        LIMIT $4`,
      [actor.organisationId, actor.userId, today, WIDGET_ITEMS],
    );
    return {
      total: totalOf(rows),
      items: rows.map(
        (r): OverdueActionItem => ({
          actionId: r.id,
          caseId: r.case_id,
          client: clientRefOf(r),
          description: r.description,
          dueOn: r.due_on,
          daysOverdue: Number(r.days),
        }),
      ),
    };
  }

  /** Every `UPCOMING_DATE_SOURCES` arm in one UNION ALL, sorted by date and bounded. */
  private async upcoming(manager: EntityManager, actor: Actor, today: string): Promise<MyWorkView['upcoming']> {
    const arms = UPCOMING_DATE_SOURCES.map((source) => `(${source.sql})`).join('\n UNION ALL \n');
    const rows = await manager.query<
      (ClientRefRow &
        Total & { kind: UpcomingDateKind; case_id: string; date: string; label: string; passed: boolean })[]
    >(
      `WITH my_cases AS (
         SELECT k.id, k.organisation_id, k.client_id FROM cases k
          WHERE k.organisation_id = $1 AND k.lead_supporter_id = $2 AND k.status <> 'afgesloten'
       ), dates AS (${arms})
       SELECT d.kind, d.case_id, to_char(d.date, 'YYYY-MM-DD') AS date, d.label, d.date < $3::date AS passed,
              ${CLIENT_REF_COLUMNS}, count(*) OVER () AS total
         FROM dates d
         JOIN my_cases mc ON mc.id = d.case_id
         JOIN clients cl ON cl.id = mc.client_id AND cl.organisation_id = mc.organisation_id
        ORDER BY d.date, d.case_id, d.kind
        LIMIT $5`,
      [actor.organisationId, actor.userId, today, addDays(today, UPCOMING_DAYS), WIDGET_ITEMS],
    );
    return {
      total: totalOf(rows),
      items: rows.map(
        (r): UpcomingDateItem => ({
          kind: r.kind,
          caseId: r.case_id,
          client: clientRefOf(r),
          date: r.date,
          label: r.label,
          passed: r.passed,
        }),
      ),
    };
  }

  /** Submitted visits by volunteers on my cases that nobody has acknowledged yet, newest first. */
  private async newReports(manager: EntityManager, actor: Actor): Promise<MyWorkView['newReports']> {
    const rows = await manager.query<
      (ClientRefRow &
        Total & {
          id: string;
          case_id: string;
          occurred_at: Date;
          minutes: number;
          mode: VisitMode;
          summary: string;
          next_steps: string | null;
          author_id: string;
          author_name: string;
          author_role: Role;
          domains: DomainCode[];
        })[]
    >(
      `SELECT v.id, v.case_id, v.occurred_at, v.minutes, v.mode, v.summary, v.next_steps,
              u.id AS author_id, u.display_name AS author_name, u.role AS author_role,
              COALESCE((SELECT array_agg(vd.domain_code ORDER BY d.position) FROM visit_domains vd
                JOIN domains d ON d.code = vd.domain_code WHERE vd.visit_id = v.id), '{}') AS domains,
              ${CLIENT_REF_COLUMNS}, count(*) OVER () AS total
         FROM cases k
         JOIN visits v ON v.organisation_id = k.organisation_id AND v.case_id = k.id
         JOIN users u ON u.id = v.author_id AND u.role = 'volunteer'
         JOIN clients cl ON cl.id = k.client_id AND cl.organisation_id = k.organisation_id
        WHERE k.organisation_id = $1 AND k.lead_supporter_id = $2
          AND NOT EXISTS (SELECT 1 FROM visit_acknowledgements a WHERE a.visit_id = v.id)
        ORDER BY v.occurred_at DESC, v.id DESC
        LIMIT $3`,
      [actor.organisationId, actor.userId, WIDGET_ITEMS],
    );
    return {
      total: totalOf(rows),
      items: rows.map(
        (r): NewReportItem => ({
          visitId: r.id,
          caseId: r.case_id,
          client: clientRefOf(r),
          volunteer: { id: r.author_id, displayName: r.author_name, role: r.author_role },
          occurredAt: new Date(r.occurred_at).toISOString(),
          minutes: r.minutes,
          mode: r.mode,
          domains: r.domains,
          summary: r.summary,
          nextSteps: r.next_steps,
        }),
      ),
    };
  }
}
