import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';

/** Set by `npm test`: where each suite leaves the SQL the API ran, for the query-plan check. */
export const SQL_CAPTURE_DIR_ENV = 'NAAST_SQL_CAPTURE_DIR';

export interface CapturedStatement {
  sql: string;
  parameters: unknown[];
}

/**
 * Records each distinct statement the API itself sends (its call stack passes through libs/api),
 * not the statements tests use to arrange or inspect data. Returns a function that writes them out.
 */
export function captureApiStatements(db: DataSource): () => void {
  const dir = process.env[SQL_CAPTURE_DIR_ENV];
  if (!dir) return () => undefined;
  const seen = new Map<string, CapturedStatement>();
  const logger = db.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (sql, parameters, queryRunner) => {
    if (!seen.has(sql)) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 60;
      const stack = new Error().stack ?? '';
      Error.stackTraceLimit = limit;
      if (stack.includes('/libs/api/')) seen.set(sql, { sql, parameters: Array.isArray(parameters) ? parameters : [] });
    }
    logQuery(sql, parameters, queryRunner);
  };
  return () => {
    const file = join(dir, `${process.pid}-${randomBytes(4).toString('hex')}.json`);
    writeFileSync(file, JSON.stringify([...seen.values()]));
  };
}
