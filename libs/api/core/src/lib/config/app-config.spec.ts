import { ConfigError, loadConfig } from './app-config';

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
});
