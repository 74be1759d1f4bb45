import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceParts {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity and migration classes
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Application name in pg_stat_activity. */
  applicationName?: string;
  poolSize?: number;
  /** How long a query waits for a connection (new or from the pool) before failing. */
  connectTimeoutMs?: number;
  /** How long one statement may run; 0 for none (migrations, whose backfills grow with the data). */
  statementTimeoutMs?: number;
}

/** Without a bound, a request would wait for ever for a database that is down. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 1500;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

/**
 * The one set of DataSource options: used by Nest, the TypeORM CLI and the tests.
 * The schema only ever changes through migrations.
 */
export function buildDataSourceOptions(parts: DataSourceParts): DataSourceOptions {
  return {
    type: 'postgres',
    url: parts.url,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is built into PostgreSQL 13+; extensions come from migrations only,
    // so the app never needs superuser rights.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: parts.applicationName ?? 'naast',
    poolSize: parts.poolSize ?? 10,
    connectTimeoutMS: parts.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    extra: {
      // A query that runs away must not hold a connection for ever.
      statement_timeout: parts.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: 60_000,
      // Notice a dead server or a half-open connection on idle pool clients.
      keepAlive: true,
    },
  };
}
