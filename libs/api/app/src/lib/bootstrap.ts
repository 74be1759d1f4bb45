import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  type AppConfig,
  configureHttp,
  finishHttp,
  findUnauthorizedRoutes,
  type Logger as PinoLogger,
  PinoNestLogger,
  setupOpenApi,
  type TotpClock,
} from '@naast/api-core';
import { API_PREFIX } from '@naast/contracts';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { naastDataSourceOptions } from './data-source.options';

/** Applies pending migrations in their own short-lived connection, before the app serves anything. */
export async function runMigrations(databaseUrl: string, logger = new Logger('Migrations')): Promise<void> {
  const dataSource = new DataSource(
    // A migration's backfill grows with the data: on a large database it may need minutes.
    naastDataSourceOptions(databaseUrl, { poolSize: 1, applicationName: 'naast-migrations', statementTimeoutMs: 0 }),
  );
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0)
      logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await dataSource.destroy();
  }
}

/** Serves the built web app; any non-API GET falls back to index.html for client-side routes. */
function serveWebApp(app: INestApplication, webDist: string): boolean {
  const root = resolve(webDist);
  const index = join(root, 'index.html');
  if (!existsSync(index)) return false;
  const isApi = (path: string) => path === `/${API_PREFIX}` || path.startsWith(`/${API_PREFIX}/`);
  // The app's files travel compressed (brotli or gzip). API answers do not: they mix personal data
  // with text from the request, what compression side channels (BREACH) feed on.
  app.use(
    compression({ filter: (request, response) => !isApi(request.path) && compression.filter(request, response) }),
  );
  // Hashed bundles may be cached for long; index.html never, so a new release is picked up.
  app.use(express.static(root, { index: false, maxAge: '365d', immutable: true }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || isApi(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
  return true;
}

export interface CreateAppOptions {
  /** Serve the built web app from config.webDist. */
  serveWeb?: boolean;
  logger?: false | ('error' | 'warn' | 'log')[];
  /** Structured logging: NestJS's messages and one line per request go to this pino logger. */
  pino?: PinoLogger;
  /** The time TOTP codes are checked against; the system clock unless a test steps through 30-second windows. */
  totpClock?: TotpClock;
}

/** A fully configured, initialised Naast API (not yet listening): used by main and by the tests. */
export async function createNaastApp(
  config: AppConfig,
  databaseUrl: string,
  options: CreateAppOptions = {},
): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config, databaseUrl, { totpClock: options.totpClock }), {
    bodyParser: false,
    logger: options.pino ? new PinoNestLogger(options.pino) : (options.logger ?? ['error', 'warn', 'log']),
  });
  configureHttp(app, config, app.get<DataSource>(getDataSourceToken()), options.pino);
  const servesWeb = options.serveWeb ? serveWebApp(app, config.webDist) : false;
  setupOpenApi(app);
  await app.init();
  finishHttp(app);
  const unauthorized = findUnauthorizedRoutes(app);
  if (unauthorized.length > 0) {
    await app.close();
    throw new Error(`Routes without @Roles or @Public (deny by default): ${unauthorized.join(', ')}`);
  }
  if (options.serveWeb && !servesWeb) {
    new Logger('Web').warn(`No built web app in ${config.webDist}: serving the API only (run "npx nx build web").`);
  }
  return app;
}
