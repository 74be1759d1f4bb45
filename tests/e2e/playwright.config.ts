import { defineConfig } from '@playwright/test';

/** A fixed port away from the development ports (3000, 4200), so a running dev server never interferes. */
const PORT = 3310;
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: './src',
  outputDir: '../../dist/.playwright/test-results',
  // One server with one database: journeys share it, so they run one at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: '../../dist/.playwright/report', open: 'never' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The built production app, started as a user starts it, on an empty embedded database.
    command: 'node tests/e2e/support/serve-built-app.mjs',
    cwd: '../..',
    url: `${baseURL}/api/health/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stderr: 'pipe',
    env: {
      NODE_ENV: 'test',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DEMO_DATA: 'always',
      DATABASE_URL: '',
      WEB_DIST: 'dist/apps/web/browser',
    },
  },
});
