import { buildDataSourceOptions, CORE_ENTITIES, type DataSourceParts } from '@naast/api-core';
import { CASES_ENTITIES } from '@naast/api-cases';
import { CLIENTS_ENTITIES } from '@naast/api-clients';
import { CONSENT_ENTITIES } from '@naast/api-consent';
import { INDEPENDENCE_ENTITIES } from '@naast/api-independence';
import { PLAN_ENTITIES } from '@naast/api-plans';
import { PROCEDURES_ENTITIES } from '@naast/api-procedures';
import { RETENTION_ENTITIES } from '@naast/api-retention';
import { SIGNAL_ENTITIES } from '@naast/api-signals';
import { VISITS_ENTITIES } from '@naast/api-visits';
import { WORKSPACES_ENTITIES } from '@naast/api-workspaces';
import { MIGRATIONS } from '@naast/migrations';
import type { DataSourceOptions } from 'typeorm';

/** Every entity of every module: the app, the migration CLI and the tests all use this list. */
export const ALL_ENTITIES = [
  ...CORE_ENTITIES,
  ...CLIENTS_ENTITIES,
  ...CASES_ENTITIES,
  ...VISITS_ENTITIES,
  ...PLAN_ENTITIES,
  ...PROCEDURES_ENTITIES,
  ...INDEPENDENCE_ENTITIES,
  ...WORKSPACES_ENTITIES,
  ...SIGNAL_ENTITIES,
  ...CONSENT_ENTITIES,
  ...RETENTION_ENTITIES,
];

export function naastDataSourceOptions(
  url: string,
  overrides: Omit<Partial<DataSourceParts>, 'url' | 'entities' | 'migrations'> = {},
): DataSourceOptions {
  return buildDataSourceOptions({ url, entities: ALL_ENTITIES, migrations: MIGRATIONS, ...overrides });
}
