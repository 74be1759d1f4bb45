import { join } from 'node:path';
import { type INestApplication, Logger } from '@nestjs/common';
import { createNaastApp, naastDataSourceOptions, runMigrations } from '@naast/api-app';
import { ConfigError, type EmbeddedDatabase, loadConfig, startEmbeddedPostgres } from '@naast/api-core';
import { loadDemoDataIfEmpty } from '@naast/api-demo';
import { DataSource } from 'typeorm';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const logger = new Logger('Naast');
  const config = loadConfig(process.env);

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dir: join(config.dataDir, 'pg') });
    databaseUrl = embedded.url;
    logger.log(`Embedded PostgreSQL started (data in ${join(config.dataDir, 'pg')})`);
  }

  let app: INestApplication | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: shutting down`);
    await app?.close().catch((error: unknown) => logger.error(String(error)));
    await embedded?.stop().catch((error: unknown) => logger.error(String(error)));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await start(databaseUrl);
  } catch (error) {
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }

  async function start(url: string): Promise<void> {
    await runMigrations(url);
    const setup = new DataSource(
      naastDataSourceOptions(url, {
        poolSize: 2,
        applicationName: 'naast-setup',
      }),
    );
    await setup.initialize();
    try {
      await loadDemoDataIfEmpty(setup, config, logger);
    } finally {
      await setup.destroy();
    }
    app = await createNaastApp(config, url, { serveWeb: true });
    await app.listen(config.port, config.host);
    logger.log(
      `Naast is ready at http://localhost:${config.port} (API docs at /api/docs) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
    );
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
