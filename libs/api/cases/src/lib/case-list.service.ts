import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, UserEntity, type Actor } from '@naast/api-core';
import { ClientEntity } from '@naast/api-clients';
import { decodeCursor, encodeCursor, todayIsoDate } from '@naast/api-core';
import {
  DEFAULT_PAGE_SIZE,
  type CaseListItem,
  type CaseStatus,
  type DomainCode,
  type Page,
  type Role,
} from '@naast/contracts';
import { DataSource } from 'typeorm';
import { toCaseListItem } from './case.mapper';
import { CaseEntity } from './case.entity';
import { caseReadPredicate } from './domain/case-access';
import { calendarDates, caseAttentionSql } from './domain/case-attention';
import { DEFAULT_CASE_SORT, type CaseListQueryDto } from './dto/case-list-query.dto';

/** Word similarity at which a misspelled name or word still matches. */
const WORD_SIMILARITY_THRESHOLD = '0.5';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Each sort: the column to order by, its value as a cursor key (full precision), and its SQL type. */
const SORT_KEYS = {
  registeredOn: {
    column: 'k.registered_on',
    key: `to_char(k.registered_on, 'YYYY-MM-DD')`,
    type: 'date',
    kind: 'date',
  },
  // Microseconds: a millisecond cursor would skip or repeat rows updated within the same millisecond.
  updatedAt: {
    column: 'k.updated_at',
    key: `to_char(k.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
    type: 'timestamptz',
    kind: 'date',
  },
  clientName: { column: 'cl.sort_name', key: 'cl.sort_name', type: 'text', kind: 'string' },
} as const;

interface CaseListRow {
  id: string;
  question: string;
  status: CaseStatus;
  registered_on: string;
  team_id: string;
  updated_at: Date;
  sort_key: string;
  domains: DomainCode[];
  client_id: string;
  given_name: string;
  family_name_prefix: string | null;
  family_name: string;
  date_of_birth: string | null;
  municipality_code: string;
  municipality_name: string;
  client_team_id: string;
  lead_id: string;
  lead_display_name: string;
  lead_role: Role;
}

/** The case list: one query per page (client, lead supporter and domains joined in), keyset-paged. */
@Injectable()
export class CaseListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  async list(actor: Actor, query: CaseListQueryDto, searchText?: string): Promise<Page<CaseListItem>> {
    const sort = query.sort ?? DEFAULT_CASE_SORT;
    const descending = sort.startsWith('-');
    const sortKey = SORT_KEYS[(descending ? sort.slice(1) : sort) as keyof typeof SORT_KEYS];
    const after = query.cursor ? decodeCursor(query.cursor, [sortKey.kind, 'uuid']) : null;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const direction = descending ? 'DESC' : 'ASC';

    return this.dataSource.transaction(async (manager) => {
      const scope = caseReadPredicate(actor, 'k');
      // The page is chosen from cases alone, and only its rows are joined to client, lead and domains:
      // joining every matching case (thousands in a team) before the sort costs far more than the page.
      const needsClient = Boolean(searchText) || sortKey.column.startsWith('cl.');
      const builder = manager
        .createQueryBuilder()
        .from(CaseEntity, 'k')
        .select('k.id', 'id')
        .where(scope.sql, scope.params);
      if (needsClient)
        builder.innerJoin(ClientEntity, 'cl', 'cl.id = k.client_id AND cl.organisation_id = k.organisation_id');
      const pageQuery = manager
        .createQueryBuilder()
        .from(CaseEntity, 'k')
        .innerJoin(ClientEntity, 'cl', 'cl.id = k.client_id AND cl.organisation_id = k.organisation_id')
        .innerJoin(UserEntity, 'u', 'u.id = k.lead_supporter_id AND u.organisation_id = k.organisation_id')
        .select([
          'k.id AS id',
          'k.question AS question',
          'k.status AS status',
          `to_char(k.registered_on, 'YYYY-MM-DD') AS registered_on`,
          'k.team_id AS team_id',
          'k.updated_at AS updated_at',
          `${sortKey.key} AS sort_key`,
          `COALESCE((SELECT array_agg(cd.domain_code ORDER BY d.position) FROM case_domains cd JOIN domains d ON d.code = cd.domain_code
              WHERE cd.case_id = k.id), '{}') AS domains`,
          'cl.id AS client_id',
          'cl.given_name AS given_name',
          'cl.family_name_prefix AS family_name_prefix',
          'cl.family_name AS family_name',
          `to_char(cl.date_of_birth, 'YYYY-MM-DD') AS date_of_birth`,
          'cl.municipality_code AS municipality_code',
          'cl.municipality_name AS municipality_name',
          'cl.team_id AS client_team_id',
          'u.id AS lead_id',
          'u.display_name AS lead_display_name',
          'u.role AS lead_role',
        ]);

      if (query.status?.length) builder.andWhere('k.status = ANY(:statuses)', { statuses: query.status });
      if (query.domain?.length) {
        builder.andWhere(
          'EXISTS (SELECT 1 FROM case_domains fd WHERE fd.case_id = k.id AND fd.domain_code = ANY(:domains))',
          { domains: query.domain },
        );
      }
      if (query.supporterId) builder.andWhere('k.lead_supporter_id = :supporterId', { supporterId: query.supporterId });
      if (query.teamId) builder.andWhere('k.team_id = :teamId', { teamId: query.teamId });
      if (query.clientId) builder.andWhere('k.client_id = :clientId', { clientId: query.clientId });
      // A volunteer's scope already is "linked to me".
      if (query.mine && actor.role !== 'volunteer')
        builder.andWhere('k.lead_supporter_id = :mineUserId', { mineUserId: actor.userId });
      if (query.attention) {
        const calendar = calendarDates(todayIsoDate());
        builder.andWhere(
          caseAttentionSql(query.attention, 'k', {
            today: 'CAST(:attentionToday AS date)',
            monthStart: 'CAST(:attentionMonthStart AS date)',
          }),
          { attentionToday: calendar.today, attentionMonthStart: calendar.monthStart },
        );
      }
      if (searchText) {
        // Names are stored folded (lower case, no accents); the text is folded the same way for them.
        const [{ folded }] = await manager.query<{ folded: string }[]>(
          `SELECT set_config('pg_trgm.word_similarity_threshold', $1, true), naast_fold($2) AS folded`,
          [WORD_SIMILARITY_THRESHOLD, searchText],
        );
        const q = searchText.toLowerCase();
        builder.andWhere(
          `(cl.search_name LIKE :nameContains OR :name <% cl.search_name OR lower(k.question) LIKE :qContains OR :q <% lower(k.question))`,
          { name: folded, nameContains: `%${escapeLike(folded)}%`, q, qContains: `%${escapeLike(q)}%` },
        );
      }
      if (after) {
        const comparison = descending ? '<' : '>';
        builder.andWhere(
          `(${sortKey.column}, k.id) ${comparison} (CAST(:afterKey AS ${sortKey.type}), CAST(:afterId AS uuid))`,
          {
            afterKey: after[0],
            afterId: after[1],
          },
        );
      }
      builder
        .orderBy(sortKey.column, direction)
        .addOrderBy('k.id', direction)
        .limit(limit + 1);
      pageQuery
        .where(`k.id IN (${builder.getQuery()})`)
        .setParameters(builder.getParameters())
        .orderBy(sortKey.column, direction)
        .addOrderBy('k.id', direction);

      const rows = await pageQuery.getRawMany<CaseListRow>();
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const items = page.map((row) =>
        toCaseListItem(
          {
            id: row.id,
            question: row.question,
            status: row.status,
            registeredOn: row.registered_on,
            teamId: row.team_id,
            updatedAt: new Date(row.updated_at),
            domains: row.domains,
            client: {
              id: row.client_id,
              givenName: row.given_name,
              familyNamePrefix: row.family_name_prefix,
              familyName: row.family_name,
              dateOfBirth: row.date_of_birth,
              municipalityCode: row.municipality_code,
              municipalityName: row.municipality_name,
              teamId: row.client_team_id,
            },
            leadSupporter: { id: row.lead_id, displayName: row.lead_display_name, role: row.lead_role },
          },
          actor,
        ),
      );

      const detail = JSON.stringify({ ...filtersOf(query, searchText), sort, results: items.length });
      await this.accessLog.recordMany(
        manager,
        actor,
        items.length > 0
          ? items.map((c) => ({
              action: 'search' as const,
              entity: 'case',
              entityId: c.id,
              clientId: c.client.id,
              detail,
            }))
          : [{ action: 'search' as const, entity: 'case', entityId: null, clientId: null, detail }],
      );
      return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.sort_key, last.id]) : null };
    });
  }
}

/**
 * The filters as the access log keeps them: what was asked, not what was found, and never the search
 * text itself (a name), since the log is append-only and must hold ids, not content.
 */
function filtersOf(query: CaseListQueryDto, searchText: string | undefined): Record<string, unknown> {
  const { status, domain, supporterId, teamId, clientId, mine, attention, cursor } = query;
  return Object.fromEntries(
    Object.entries({
      status,
      domain,
      supporterId,
      teamId,
      searched: searchText ? true : undefined,
      clientId,
      mine,
      attention,
      page: cursor ? 'next' : undefined,
    }).filter(([, v]) => v !== undefined),
  );
}
