import type { EntityManager } from 'typeorm';
import { ANONYMISATION_REGISTRY, type TableRule } from './anonymisation-registry';
import { scrubJson } from './scrub-json';

/** Where an anonymisation was asked for; written to the run record. */
export interface AnonymisationOrder {
  clientId: string;
  organisationId: string;
  trigger: 'request' | 'retention';
  requestedById: string | null;
  reason: string | null;
}

/** Figures of one anonymisation, for the job's result and the logs: counts, never content. */
export type AnonymisationCounts = Record<string, number>;

function quoted(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/**
 * Removes one client's personal data following ANONYMISATION_REGISTRY, in the caller's transaction
 * (together with the run record and the access-log row). Tables that do not exist in this database
 * are skipped: the registry may name a table a later migration brings.
 */
export async function anonymiseClientData(
  manager: EntityManager,
  order: AnonymisationOrder,
): Promise<AnonymisationCounts> {
  const existing = new Set(
    (
      (await manager.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1)`,
        [ANONYMISATION_REGISTRY.map((t) => t.table)],
      )) as { table_name: string }[]
    ).map((r) => r.table_name),
  );
  // Lets this transaction blank the text of append-only history (plan versions, visit amendments).
  await manager.query(`SELECT set_config('naast.anonymising', 'on', true)`);
  const counts: AnonymisationCounts = {};
  const params = [order.clientId, order.organisationId];
  // The client row last: the other tables find their rows through it, which stays true throughout.
  const ordered = [
    ...ANONYMISATION_REGISTRY.filter((t) => t.table !== 'clients'),
    ...ANONYMISATION_REGISTRY.filter((t) => t.table === 'clients'),
  ];
  for (const rule of ordered) {
    if (rule.rows === null || !existing.has(rule.table)) continue;
    counts[rule.table] = await anonymiseTable(manager, rule, rule.rows, params);
  }
  await manager.query(`SELECT set_config('naast.anonymising', 'off', true)`);
  return counts;
}

async function anonymiseTable(
  manager: EntityManager,
  rule: TableRule,
  where: string,
  params: unknown[],
): Promise<number> {
  const table = quoted(rule.table);
  if (rule.deleteRows) {
    const [, deleted] = (await manager.query(`DELETE FROM ${table} WHERE ${where}`, params)) as [unknown, number];
    return deleted;
  }
  const sets = Object.entries(rule.columns).flatMap(([column, c]) =>
    c.kind === 'replace' ? [`${quoted(column)} = ${c.sql}`] : [],
  );
  if (rule.table === 'clients') sets.push(`anonymised_at = now()`, `version = version + 1`, `updated_at = now()`);
  let touched = 0;
  if (sets.length > 0) {
    const [, updated] = (await manager.query(`UPDATE ${table} SET ${sets.join(', ')} WHERE ${where}`, params)) as [
      unknown,
      number,
    ];
    touched = updated;
  }
  const jsonColumns = Object.entries(rule.columns)
    .filter(([, c]) => c.kind === 'scrubJson')
    .map(([column]) => column);
  if (jsonColumns.length > 0) {
    const rows = (await manager.query(
      `SELECT id, ${jsonColumns.map(quoted).join(', ')} FROM ${table} WHERE ${where}`,
      params,
    )) as Record<string, unknown>[];
    for (const row of rows) {
      await manager.query(
        `UPDATE ${table} SET ${jsonColumns.map((c, i) => `${quoted(c)} = $${i + 2}::jsonb`).join(', ')} WHERE id = $1`,
        [row['id'], ...jsonColumns.map((c) => (row[c] === null ? null : JSON.stringify(scrubJson(row[c]))))],
      );
    }
    touched = Math.max(touched, rows.length);
  }
  return touched;
}
