import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, todayIsoDate, type Actor } from '@naast/api-core';
import {
  WIDGET_ITEMS,
  type AcknowledgedReport,
  type Role,
  type VolunteerCaseCard,
  type VolunteerHours,
  type VolunteerWorkView,
} from '@naast/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { monthRange, occurredWithinSql } from '../calendar';
import { CLIENT_REF_COLUMNS, clientRefOf, totalOf, userRefOf, type ClientRefRow, shownCasesLog } from '../client-ref';
import { VisitDraftsService } from '../visit-drafts/visit-drafts.service';

interface CardRow extends ClientRefRow {
  case_id: string;
  phone: string | null;
  city: string | null;
  lead_id: string;
  lead_name: string;
  lead_role: Role;
  last_at: Date | null;
  last_next_steps: string | null;
  last_by_id: string | null;
  last_by_name: string | null;
  last_by_role: Role | null;
}

/**
 * The volunteer's page: linked open cases with only what the next visit needs (name, phone, city,
 * lead supporter, what was agreed last time, my open actions) — never date of birth, address or
 * the case's other details. One query per part.
 */
@Injectable()
export class VolunteerWorkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly drafts: VisitDraftsService,
  ) {}

  async myVisits(actor: Actor): Promise<VolunteerWorkView> {
    const today = todayIsoDate();
    return this.dataSource.transaction(async (manager) => {
      const cases = await this.cases(manager, actor, today);
      const drafts = await this.drafts.listMine(manager, actor);
      const hoursThisMonth = await this.hoursIn(manager, actor, today.slice(0, 7));
      const acknowledgements = await this.acknowledgements(manager, actor);
      const shown = new Map<string, string>();
      for (const c of cases) shown.set(c.caseId, c.client.id);
      for (const d of drafts) shown.set(d.caseId, d.client.id);
      for (const a of acknowledgements.items) shown.set(a.caseId, a.client.id);
      await this.accessLog.recordMany(manager, actor, shownCasesLog(shown, 'my-visits'));
      return { cases, drafts, hoursThisMonth, acknowledgements };
    });
  }

  /** Minutes and visits I recorded in a calendar month (`YYYY-MM`): no client data, so no access-log row. */
  async hours(actor: Actor, month: string): Promise<VolunteerHours> {
    return this.hoursIn(this.dataSource.manager, actor, month);
  }

  private async hoursIn(manager: EntityManager, actor: Actor, month: string): Promise<VolunteerHours> {
    const { start, end } = monthRange(month);
    const [row] = await manager.query<{ minutes: string; visits: string }[]>(
      `SELECT COALESCE(sum(v.minutes), 0) AS minutes, count(*) AS visits FROM visits v
        WHERE v.organisation_id = $1 AND v.author_id = $2 AND ${occurredWithinSql('v.occurred_at', '$3', '$4')}`,
      [actor.organisationId, actor.userId, start, end],
    );
    return { month, minutes: Number(row?.minutes ?? 0), visits: Number(row?.visits ?? 0) };
  }

  private async cases(manager: EntityManager, actor: Actor, today: string): Promise<VolunteerCaseCard[]> {
    const rows = await manager.query<CardRow[]>(
      `SELECT k.id AS case_id, ${CLIENT_REF_COLUMNS}, cl.phone, cl.address_city AS city,
              u.id AS lead_id, u.display_name AS lead_name, u.role AS lead_role,
              lv.occurred_at AS last_at, lv.next_steps AS last_next_steps,
              la.id AS last_by_id, la.display_name AS last_by_name, la.role AS last_by_role
         FROM case_volunteers cv
         JOIN cases k ON k.id = cv.case_id AND k.organisation_id = cv.organisation_id
         JOIN clients cl ON cl.id = k.client_id AND cl.organisation_id = k.organisation_id
         JOIN users u ON u.id = k.lead_supporter_id
         LEFT JOIN LATERAL (
           SELECT v.occurred_at, v.next_steps, v.author_id FROM visits v
            WHERE v.organisation_id = k.organisation_id AND v.case_id = k.id
            ORDER BY v.occurred_at DESC, v.id DESC LIMIT 1
         ) lv ON TRUE
         LEFT JOIN users la ON la.id = lv.author_id
        WHERE cv.organisation_id = $1 AND cv.user_id = $2 AND k.status <> 'afgesloten'
        ORDER BY cl.sort_name, k.id`,
      [actor.organisationId, actor.userId],
    );
    if (rows.length === 0) return [];
    const actions = await manager.query<
      { id: string; case_id: string; description: string; due_on: string | null; overdue: boolean }[]
    >(
      `SELECT pa.id, p.case_id, pa.description, to_char(pa.due_on, 'YYYY-MM-DD') AS due_on,
              COALESCE(pa.due_on < $4::date, FALSE) AS overdue
         FROM plan_actions pa JOIN plans p ON p.id = pa.plan_id AND p.organisation_id = pa.organisation_id
        WHERE pa.organisation_id = $1 AND pa.owner_user_id = $2 AND pa.status = 'open' AND p.case_id = ANY($3)
        ORDER BY pa.due_on NULLS LAST, pa.id`,
      [actor.organisationId, actor.userId, rows.map((r) => r.case_id), today],
    );
    return rows.map(
      (r): VolunteerCaseCard => ({
        caseId: r.case_id,
        client: { ...clientRefOf(r), phone: r.phone, city: r.city },
        leadSupporter: userRefOf(r.lead_id, r.lead_name, r.lead_role),
        lastAgreed:
          r.last_at && r.last_by_id && r.last_by_name && r.last_by_role
            ? {
                occurredAt: new Date(r.last_at).toISOString(),
                nextSteps: r.last_next_steps,
                by: userRefOf(r.last_by_id, r.last_by_name, r.last_by_role),
              }
            : null,
        myOpenActions: actions
          .filter((a) => a.case_id === r.case_id)
          .map((a) => ({ id: a.id, description: a.description, dueOn: a.due_on, overdue: a.overdue })),
      }),
    );
  }

  /** Acknowledgements of my reports, newest first, on cases I am still linked to. */
  private async acknowledgements(manager: EntityManager, actor: Actor): Promise<VolunteerWorkView['acknowledgements']> {
    const rows = await manager.query<
      (ClientRefRow & {
        total: string;
        visit_id: string;
        case_id: string;
        occurred_at: Date;
        acknowledged_at: Date;
        comment: string | null;
        by_id: string;
        by_name: string;
        by_role: Role;
      })[]
    >(
      `SELECT v.id AS visit_id, v.case_id, v.occurred_at, a.acknowledged_at, a.comment,
              u.id AS by_id, u.display_name AS by_name, u.role AS by_role,
              ${CLIENT_REF_COLUMNS}, count(*) OVER () AS total
         FROM visit_acknowledgements a
         JOIN visits v ON v.id = a.visit_id AND v.organisation_id = a.organisation_id
         JOIN cases k ON k.id = v.case_id AND k.organisation_id = v.organisation_id
         JOIN case_volunteers cv ON cv.case_id = k.id AND cv.user_id = v.author_id
         JOIN clients cl ON cl.id = k.client_id AND cl.organisation_id = k.organisation_id
         JOIN users u ON u.id = a.acknowledged_by_id
        WHERE v.organisation_id = $1 AND v.author_id = $2
        ORDER BY a.acknowledged_at DESC, v.id DESC
        LIMIT $3`,
      [actor.organisationId, actor.userId, WIDGET_ITEMS],
    );
    return {
      total: totalOf(rows),
      items: rows.map(
        (r): AcknowledgedReport => ({
          visitId: r.visit_id,
          caseId: r.case_id,
          client: clientRefOf(r),
          occurredAt: new Date(r.occurred_at).toISOString(),
          acknowledgement: {
            by: userRefOf(r.by_id, r.by_name, r.by_role),
            at: new Date(r.acknowledged_at).toISOString(),
            comment: r.comment,
          },
        }),
      ),
    };
  }
}
