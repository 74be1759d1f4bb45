// The TypeORM CLI entry: the same options as the app, against DATABASE_URL.
// eslint-disable-next-line @nx/enforce-module-boundaries -- a command-line entry composes the app, like apps/api
import { naastDataSourceOptions } from '@naast/api-app';
import { DataSource } from 'typeorm';

const url = process.env['DATABASE_URL'];
if (!url) {
  throw new Error(
    'DATABASE_URL is not set. Run "npm run db:start" and use the URL it prints, or point it at your PostgreSQL.',
  );
}

export default new DataSource(naastDataSourceOptions(url, { poolSize: 1, applicationName: 'naast-cli' }));
