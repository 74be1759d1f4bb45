import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, findUserRefs, todayIsoDate, type Actor } from '@naast/api-core';
import { calendarDates, caseAttentionSql, type CalendarSql } from '@naast/api-cases';
import {
  CASELOAD_WEIGHT,
  CASE_STATUSES,
  type CaseStatus,
  type CaseloadFigures,
  type CaseloadReview,
  type CountOf,
  type DomainCode,
  type FirstContactMonth,
  type ReferralSource,
  type Role,
  type SupporterCaseload,
  type UserRef,
} from '@naast/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { monthRange, occurredWithinSql, shiftMonth } from '../calendar';
import { OrganisationSettingsService } from '../organisation-settings/organisation-settings.service';

/** `$1` organisation, `$2` team ids, `$3` today, `$4` first of this month in every figure query. */
const CALENDAR: CalendarSql = { today: '$3::date', monthStart: '$4::date', organisationId: '$1::uuid' };
const IN_SCOPE = `k.organisation_id = $1 AND k.team_id = ANY($2::uuid[])`;

type FigureRow = Record<string, string | null> & { supporter_id: string };

interface MonthVisits {
  supporterId: string;
  authorId: string;
  visits: number;
  minutes: number;
}

const roundOne = (value: number) => Math.round(value * 10) / 10;
const numberOrNull = (value: string | number | null | undefined) =>
  value === null || value === undefined ? null : roundOne(Number(value));

function emptyFigures(): CaseloadFigures {
  return {
    openCases: 0,
    newThisMonth: 0,
    closedThisMonth: 0,
    byStatus: Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>,
    visitsThisMonth: 0,
    withoutContact: 0,
    overdueActions: 0,
    weight: 0,
  };
}

/**
 * The team lead's caseload review, computed in the database within the lead's own teams: one
 * aggregate query per widget, whatever the number of cases. Every per-supporter count uses the same
 * `caseAttentionSql` as the case list, so each number drills down to exactly its cases.
 */
@Injectable()
export class CaseloadReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly settings: OrganisationSettingsService,
  ) {}

  async review(actor: Actor, teamId: string | undefined): Promise<CaseloadReview> {
    return this.dataSource.transaction((manager) => this.build(manager, actor, teamId));
  }

  /** The review for an export, with its access-log row in the same transaction. */
  async reviewForExport(actor: Actor, teamId: string | undefined, format: string): Promise<CaseloadReview> {
    return this.dataSource.transaction(async (manager) => {
      const review = await this.build(manager, actor, teamId);
      await this.accessLog.record(manager, actor, {
        action: 'export',
        entity: 'caseload',
        entityId: teamId ?? null,
        clientId: null,
        detail: JSON.stringify({ format, teams: review.teams.map((t) => t.id), month: review.month }),
      });
      return review;
    });
  }

  private async build(manager: EntityManager, actor: Actor, teamId: string | undefined): Promise<CaseloadReview> {
    const teams = await manager.query<{ id: string; name: string }[]>(
      `SELECT t.id, t.name FROM teams t WHERE t.organisation_id = $1 AND t.id = ANY($2::uuid[]) ORDER BY t.name, t.id`,
      [actor.organisationId, actor.teamIds],
    );
    // A team the lead does not lead answers exactly like an unknown one.
    if (teamId !== undefined && !teams.some((t) => t.id === teamId)) throw new NotFoundException('Team niet gevonden.');
    const teamIds = teamId ? [teamId] : teams.map((t) => t.id);
    const { today, monthStart } = calendarDates(todayIsoDate());
    const month = today.slice(0, 7);
    const scope = [actor.organisationId, teamIds, today, monthStart];

    const monthVisits = await this.monthVisits(manager, actor.organisationId, teamIds, month);
    const supporters = await this.supporters(manager, actor.organisationId, teamIds, scope, monthVisits);
    const totals = emptyFigures();
    for (const s of supporters) {
      totals.openCases += s.openCases;
      totals.newThisMonth += s.newThisMonth;
      totals.closedThisMonth += s.closedThisMonth;
      for (const status of CASE_STATUSES) totals.byStatus[status] += s.byStatus[status];
      totals.visitsThisMonth += s.visitsThisMonth;
      totals.withoutContact += s.withoutContact;
      totals.overdueActions += s.overdueActions;
      totals.weight = roundOne(totals.weight + s.weight);
    }
    return {
      teams,
      teamId: teamId ?? null,
      month,
      noContactDays: await this.settings.noContactDays(manager, actor.organisationId),
      supporters,
      totals,
      waitingList: await this.waitingList(manager, scope),
      firstContact: await this.firstContact(manager, scope, month),
      domainMix: await this.domainMix(manager, scope),
      referralSources: await this.referralSources(manager, scope),
      volunteerHours: await this.volunteerHours(manager, actor.organisationId, monthVisits),
    };
  }

  /**
   * The month's visits on the teams' cases per (lead supporter, author): one pass over the month serves
   * both the supporters' visit counts and the volunteers' hours.
   */
  private async monthVisits(
    manager: EntityManager,
    organisationId: string,
    teamIds: string[],
    month: string,
  ): Promise<MonthVisits[]> {
    const { start, end } = monthRange(month);
    const rows = await manager.query<{ supporter_id: string; author_id: string; visits: string; minutes: string }[]>(
      `SELECT k.lead_supporter_id AS supporter_id, v.author_id, count(*) AS visits, sum(v.minutes) AS minutes
         FROM visits v JOIN cases k ON k.id = v.case_id AND k.organisation_id = v.organisation_id
        WHERE v.organisation_id = $1 AND ${IN_SCOPE} AND ${occurredWithinSql('v.occurred_at', '$3', '$4')}
        GROUP BY k.lead_supporter_id, v.author_id`,
      [organisationId, teamIds, start, end],
    );
    return rows.map((r) => ({
      supporterId: r.supporter_id,
      authorId: r.author_id,
      visits: Number(r.visits),
      minutes: Number(r.minutes),
    }));
  }

  /** Per lead supporter: the case figures in one GROUP BY, the month's visits from `monthVisits`. */
  private async supporters(
    manager: EntityManager,
    organisationId: string,
    teamIds: string[],
    scope: unknown[],
    monthVisits: MonthVisits[],
  ): Promise<SupporterCaseload[]> {
    const statusCounts = CASE_STATUSES.map((s) => `count(*) FILTER (WHERE k.status = '${s}') AS "status_${s}"`).join(
      ',\n',
    );
    const figures = await manager.query<FigureRow[]>(
      `SELECT k.lead_supporter_id AS supporter_id,
              count(*) FILTER (WHERE k.status <> 'afgesloten') AS open_cases,
              count(*) FILTER (WHERE ${caseAttentionSql('new_this_month', 'k', CALENDAR)}) AS new_this_month,
              count(*) FILTER (WHERE ${caseAttentionSql('closed_this_month', 'k', CALENDAR)}) AS closed_this_month,
              ${statusCounts},
              count(*) FILTER (WHERE ${caseAttentionSql('no_contact', 'k', CALENDAR)}) AS without_contact,
              count(*) FILTER (WHERE ${caseAttentionSql('overdue_actions', 'k', CALENDAR)}) AS overdue_actions,
              COALESCE(sum(${CASELOAD_WEIGHT.base}::numeric + ${CASELOAD_WEIGHT.perExtraDomain}::numeric
                * GREATEST(0, k.domain_count - 1))
                FILTER (WHERE k.status <> 'afgesloten'), 0) AS weight
         FROM cases k
        WHERE ${IN_SCOPE}
        GROUP BY k.lead_supporter_id`,
      scope,
    );
    const members = await manager.query<{ id: string; display_name: string; role: Role }[]>(
      `SELECT DISTINCT u.id, u.display_name, u.role FROM team_memberships tm JOIN users u ON u.id = tm.user_id
        WHERE tm.organisation_id = $1 AND tm.team_id = ANY($2::uuid[]) AND u.active AND u.role = 'supporter'`,
      [organisationId, teamIds],
    );
    const people = new Map<string, UserRef>(
      members.map((m) => [m.id, { id: m.id, displayName: m.display_name, role: m.role }]),
    );
    const missing = figures.map((f) => f.supporter_id).filter((id) => !people.has(id));
    for (const [id, ref] of await findUserRefs(manager, organisationId, missing)) people.set(id, ref);

    const visitsBy = new Map<string, number>();
    for (const v of monthVisits) visitsBy.set(v.supporterId, (visitsBy.get(v.supporterId) ?? 0) + v.visits);
    const figuresBy = new Map(figures.map((f) => [f.supporter_id, f]));
    return [...people.values()]
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl') || a.id.localeCompare(b.id))
      .map((supporter): SupporterCaseload => {
        const f = figuresBy.get(supporter.id);
        const figures = emptyFigures();
        if (f) {
          figures.openCases = Number(f['open_cases']);
          figures.newThisMonth = Number(f['new_this_month']);
          figures.closedThisMonth = Number(f['closed_this_month']);
          for (const status of CASE_STATUSES) figures.byStatus[status] = Number(f[`status_${status}`]);
          figures.withoutContact = Number(f['without_contact']);
          figures.overdueActions = Number(f['overdue_actions']);
          figures.weight = roundOne(Number(f['weight']));
        }
        figures.visitsThisMonth = visitsBy.get(supporter.id) ?? 0;
        return { supporter, ...figures };
      });
  }

  private async waitingList(manager: EntityManager, scope: unknown[]): Promise<CaseloadReview['waitingList']> {
    const [row] = await manager.query<{ count: string; median: number | null; longest: number | null }[]>(
      `SELECT count(*) AS count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY $3::date - k.registered_on) AS median,
              max($3::date - k.registered_on) AS longest
         FROM cases k
        WHERE ${IN_SCOPE} AND ${caseAttentionSql('waiting', 'k', CALENDAR)}`,
      scope.slice(0, 3),
    );
    return {
      count: Number(row?.count ?? 0),
      medianDays: numberOrNull(row?.median),
      longestDays: numberOrNull(row?.longest),
    };
  }

  /** The last 12 months, oldest first; a month without first contacts shows 0 and no median. */
  private async firstContact(manager: EntityManager, scope: unknown[], month: string): Promise<FirstContactMonth[]> {
    const from = `${shiftMonth(month, -11)}-01`;
    const rows = await manager.query<{ month: string; cases: string; median: number | null }[]>(
      `SELECT to_char(k.first_contact_on, 'YYYY-MM') AS month, count(*) AS cases,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY k.first_contact_on - k.registered_on) AS median
         FROM cases k
        WHERE k.organisation_id = $1 AND k.team_id = ANY($2::uuid[]) AND k.first_contact_on >= $3::date
        GROUP BY 1`,
      [scope[0], scope[1], from],
    );
    const byMonth = new Map(rows.map((r) => [r.month, r]));
    return Array.from({ length: 12 }, (_, i) => {
      const m = shiftMonth(month, i - 11);
      const row = byMonth.get(m);
      return { month: m, cases: Number(row?.cases ?? 0), medianDays: numberOrNull(row?.median) };
    });
  }

  /** Open cases per domain (a case spanning two domains counts in both), from `cases.domain_codes`. */
  private async domainMix(manager: EntityManager, scope: unknown[]): Promise<CountOf<DomainCode>[]> {
    const rows = await manager.query<{ key: DomainCode; count: string }[]>(
      `SELECT code AS key, count(*) AS count
         FROM cases k CROSS JOIN LATERAL unnest(k.domain_codes) AS code
        WHERE ${IN_SCOPE} AND k.status <> 'afgesloten'
        GROUP BY code ORDER BY count(*) DESC, code`,
      scope.slice(0, 2),
    );
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
  }

  /** Open cases per referral source. */
  private async referralSources(manager: EntityManager, scope: unknown[]): Promise<CountOf<ReferralSource>[]> {
    const rows = await manager.query<{ key: ReferralSource; count: string }[]>(
      `SELECT k.referral_source AS key, count(*) AS count
         FROM cases k
        WHERE ${IN_SCOPE} AND k.status <> 'afgesloten'
        GROUP BY k.referral_source ORDER BY count(*) DESC, k.referral_source`,
      scope.slice(0, 2),
    );
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
  }

  /**
   * Minutes and visits volunteers recorded this month on the teams' cases: most minutes first, ties by
   * name as the supporters are sorted.
   */
  private async volunteerHours(
    manager: EntityManager,
    organisationId: string,
    monthVisits: MonthVisits[],
  ): Promise<CaseloadReview['volunteerHours']> {
    const byAuthor = new Map<string, { minutes: number; visits: number }>();
    for (const v of monthVisits) {
      const sum = byAuthor.get(v.authorId) ?? { minutes: 0, visits: 0 };
      sum.minutes += v.minutes;
      sum.visits += v.visits;
      byAuthor.set(v.authorId, sum);
    }
    const authors = await findUserRefs(manager, organisationId, [...byAuthor.keys()]);
    return [...byAuthor]
      .flatMap(([id, sum]) => {
        const volunteer = authors.get(id);
        return volunteer?.role === 'volunteer' ? [{ volunteer, ...sum }] : [];
      })
      .sort(
        (a, b) =>
          b.minutes - a.minutes ||
          a.volunteer.displayName.localeCompare(b.volunteer.displayName, 'nl') ||
          a.volunteer.id.localeCompare(b.volunteer.id),
      );
  }
}
