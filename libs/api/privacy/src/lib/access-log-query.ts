import {
  CALENDAR_TIME_ZONE,
  decodeCursor,
  encodeCursor,
  FieldValidationException,
  type CursorValue,
} from '@naast/api-core';
import { DEFAULT_PAGE_SIZE, type AccessLogAction, type AccessLogOutcome, type Role } from '@naast/contracts';
import type { EntityManager } from 'typeorm';

/** One access-log row with the columns the viewer shows; `occurred_at` keeps its microseconds for the cursor. */
export interface AccessLogRow {
  id: string;
  occurred_at: string;
  user_id: string;
  display_name: string;
  role: Role;
  organisation_name: string;
  client_id: string | null;
  entity: string;
  entity_id: string | null;
  action: AccessLogAction;
  outcome: AccessLogOutcome;
  client_given_name: string | null;
  client_family_name_prefix: string | null;
  client_family_name: string | null;
}

export interface AccessLogFilter {
  organisationId: string;
  clientId?: string;
  userId?: string;
  from?: string;
  to?: string;
  /** A team lead's scope: rows about clients of these teams or of these teams' members. */
  teamIds?: readonly string[];
  /** Client names are read only for clients of these teams (a team lead's); never for an administrator. */
  namesForTeamIds?: readonly string[];
  order: 'newest' | 'oldest';
  cursor?: string;
  limit?: number;
}

const BIGINT = /^\d{1,19}$/;

function cursorValues(raw: string): [string, string] {
  const [at, id] = decodeCursor(raw, ['date', 'string']) as [string, string];
  if (!BIGINT.test(id)) throw new FieldValidationException([{ field: 'cursor', reason: 'is geen geldige cursor' }]);
  return [at, id];
}

/**
 * One keyset page of the access log. The filters map onto the indexes (organisation, [client |
 * user,] occurred_at, id), so a page is one index range scan whatever the log's size.
 */
export async function queryAccessLog(
  manager: EntityManager,
  filter: AccessLogFilter,
): Promise<{ rows: AccessLogRow[]; nextCursor: string | null }> {
  if (filter.from && filter.to && filter.from > filter.to) {
    throw new FieldValidationException([{ field: 'to', reason: 'mag niet voor de begindatum liggen' }]);
  }
  const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
  const params: unknown[] = [filter.organisationId];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['a.organisation_id = $1'];
  if (filter.clientId) where.push(`a.client_id = ${param(filter.clientId)}`);
  if (filter.userId) where.push(`a.user_id = ${param(filter.userId)}`);
  const zone = `'${CALENDAR_TIME_ZONE}'`;
  if (filter.from) where.push(`a.occurred_at >= (${param(filter.from)}::date)::timestamp AT TIME ZONE ${zone}`);
  if (filter.to) where.push(`a.occurred_at < (${param(filter.to)}::date + 1)::timestamp AT TIME ZONE ${zone}`);
  if (filter.teamIds) {
    const teams = param(filter.teamIds);
    where.push(`(a.client_id IN (SELECT sc.id FROM clients sc WHERE sc.organisation_id = $1 AND sc.team_id = ANY(${teams}::uuid[]))
      OR a.user_id IN (SELECT tm.user_id FROM team_memberships tm WHERE tm.team_id = ANY(${teams}::uuid[])))`);
  }
  const newest = filter.order === 'newest';
  if (filter.cursor) {
    const [at, id] = cursorValues(filter.cursor);
    where.push(`(a.occurred_at, a.id) ${newest ? '<' : '>'} (${param(at)}::timestamptz, ${param(id)}::bigint)`);
  }
  const direction = newest ? 'DESC' : 'ASC';
  const names = filter.namesForTeamIds && filter.namesForTeamIds.length > 0 ? param(filter.namesForTeamIds) : null;
  const nameColumn = (column: string) =>
    names ? `CASE WHEN cl.team_id = ANY(${names}::uuid[]) THEN cl.${column} END` : 'NULL::text';
  const rows = await manager.query<AccessLogRow[]>(
    `SELECT a.id::text AS id,
            to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
            a.user_id, u.display_name, a.role, o.name AS organisation_name, a.client_id, a.entity, a.entity_id,
            a.action, a.outcome,
            ${nameColumn('given_name')} AS client_given_name,
            ${nameColumn('family_name_prefix')} AS client_family_name_prefix,
            ${nameColumn('family_name')} AS client_family_name
       FROM access_log a
       JOIN users u ON u.id = a.user_id
       JOIN organisations o ON o.id = a.organisation_id
       ${names ? 'LEFT JOIN clients cl ON cl.id = a.client_id AND cl.organisation_id = a.organisation_id' : ''}
      WHERE ${where.join(' AND ')}
      ORDER BY a.occurred_at ${direction}, a.id ${direction}
      LIMIT ${param(limit + 1)}`,
    params,
  );
  const hasMore = rows.length > limit;
  const page = hasMore ? rows.slice(0, limit) : rows;
  const last = page[page.length - 1];
  const next: CursorValue[] | null = hasMore && last ? [last.occurred_at, last.id] : null;
  return { rows: page, nextCursor: next ? encodeCursor(next) : null };
}
