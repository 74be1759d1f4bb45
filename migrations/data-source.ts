// The TypeORM CLI entry: the same options as the app, against DATABASE_URL.
// eslint-disable-next-line @nx/enforce-module-boundaries -- a command-line entry composes the app, like apps/api
import { naastDataSourceOptions } from '@naast/api-app';
import { DataSource } from 'typeorm';

const url = process.env['DATABASE_URL'];
if (!url) {
  throw new Error(
    'DATABASE_URL is not set: use "npm run migration:<command>", which starts the embedded PostgreSQL when it is unset.',
  );
}

// No statement timeout: a migration's backfill grows with the data.
export default new DataSource(
  naastDataSourceOptions(url, { poolSize: 1, applicationName: 'naast-cli', statementTimeoutMs: 0 }),
);
