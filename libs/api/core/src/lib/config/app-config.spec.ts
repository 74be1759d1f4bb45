import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, describeDatabaseUrl, loadConfig } from './app-config';

describe(loadConfig.name, () => {
  it('applies defaults for development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      demoData: 'auto',
      dataDir: '.data',
      cookieSecure: false,
    });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('names every invalid variable and why', () => {
    expect(() => loadConfig({ PORT: 'eighty', NODE_ENV: 'staging', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', NODE_ENV: 'staging', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/NODE_ENV/);
      expect(message).toMatch(/DATABASE_URL: must be a postgres/);
    }
  });

  it('requires a long SESSION_SECRET in production and then sets Secure cookies', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(/at least 32/);
    const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) });
    expect(config.cookieSecure).toBe(true);
  });

  it('treats empty values as unset and ignores unrelated variables', () => {
    expect(loadConfig({ PORT: '', HOME: '/root', DEMO_DATA: 'never' })).toMatchObject({
      port: 3000,
      demoData: 'never',
    });
  });

  it('reads secrets from *_FILE, without the trailing newline, and refuses both forms at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'naast-config-'));
    writeFileSync(join(dir, 'secret'), `${'s'.repeat(40)}\n`);
    writeFileSync(join(dir, 'password'), 'p@ss/word\n');
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET_FILE: join(dir, 'secret'),
      DATABASE_URL: 'postgres://naast@db:5432/naast',
      DATABASE_PASSWORD_FILE: join(dir, 'password'),
    });
    expect(config.sessionSecret).toBe('s'.repeat(40));
    expect(config.databaseUrl).toBe('postgres://naast:p%40ss%2Fword@db:5432/naast');
    expect(() => loadConfig({ SESSION_SECRET: 'x'.repeat(32), SESSION_SECRET_FILE: join(dir, 'secret') })).toThrow(
      /SESSION_SECRET_FILE: set either/,
    );
    expect(() => loadConfig({ SESSION_SECRET_FILE: join(dir, 'missing') })).toThrow(
      /SESSION_SECRET_FILE: cannot read .*ENOENT/,
    );
  });

  it('validates the operations settings and derives the log format from NODE_ENV', () => {
    expect(loadConfig({})).toMatchObject({
      log: { level: 'info', format: 'text' },
      database: { poolSize: 10, connectTimeoutMs: 1500, waitSeconds: 0 },
      shutdown: { drainSeconds: 2, timeoutSeconds: 9 },
      jobs: { enabled: true, checkSeconds: 60 },
      trustProxy: 0,
    });
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).log.format).toBe('json');
    expect(loadConfig({ TRUST_PROXY_ADDRESSES: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
    ]);
    const wrong = () =>
      loadConfig({ LOG_LEVEL: 'loud', JOBS_ENABLED: 'maybe', DATABASE_POOL_SIZE: '0', DATABASE_PASSWORD: 'x' });
    for (const name of ['LOG_LEVEL', 'JOBS_ENABLED', 'DATABASE_POOL_SIZE', 'DATABASE_PASSWORD: needs DATABASE_URL']) {
      expect(wrong).toThrow(name);
    }
    expect(() => loadConfig({ TRUST_PROXY_HOPS: '1', TRUST_PROXY_ADDRESSES: 'loopback' })).toThrow(/not both/);
  });

  it('describes a database URL without its credentials', () => {
    expect(describeDatabaseUrl('postgres://naast:geheim@db.example:6432/naast')).toBe('db.example:6432/naast');
  });
});
