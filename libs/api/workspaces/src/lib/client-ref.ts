import { formatClientName, type ClientSummary, type Role, type UserRef } from '@naast/contracts';

/** The client columns every workspace query selects for a row: enough to name the person. */
export const CLIENT_REF_COLUMNS = 'cl.id AS client_id, cl.given_name, cl.family_name_prefix, cl.family_name';

export interface ClientRefRow {
  client_id: string;
  given_name: string;
  family_name_prefix: string | null;
  family_name: string;
}

export function clientRefOf(row: ClientRefRow): Pick<ClientSummary, 'id' | 'displayName'> {
  return {
    id: row.client_id,
    displayName: formatClientName({
      givenName: row.given_name,
      familyNamePrefix: row.family_name_prefix,
      familyName: row.family_name,
    }),
  };
}

export function userRefOf(id: string, displayName: string, role: Role): UserRef {
  return { id, displayName, role };
}

/** `count(*) OVER ()` arrives as text; a widget's total is the same on every row. */
export function totalOf(rows: readonly { total: string | number }[]): number {
  return rows.length > 0 ? Number(rows[0]?.total) : 0;
}

/**
 * The access-log rows for a start page: one per case it showed (with its client), or one row
 * without a case when it showed none, so that opening the page is always on record.
 */
export function shownCasesLog(
  shown: ReadonlyMap<string, string>,
  detail: string,
): { action: 'search'; entity: 'case'; entityId: string | null; clientId: string | null; detail: string }[] {
  if (shown.size === 0) return [{ action: 'search', entity: 'case', entityId: null, clientId: null, detail }];
  return [...shown].map(([caseId, clientId]) => ({
    action: 'search',
    entity: 'case',
    entityId: caseId,
    clientId,
    detail,
  }));
}
