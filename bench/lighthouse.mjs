// `npm run bench:lighthouse -- [--runs 5]`: Lighthouse (desktop preset) on the login, start, case list,
// case detail and plan pages of the production build with demo data, signed in as the demo
// supporter; prints the median of the runs per page and writes every run to .data/bench/results.
// Chromium: CHROME_PATH, or Debian's /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const MAIN = 'dist/apps/api/main.js';
const DEMO_SUPPORTER = { email: 'ondersteuner@utrecht.example', password: 'Naast-demo-2026' };
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(baseUrl, app) {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    if (app.exitCode !== null) throw new Error(`The app exited with code ${app.exitCode}`);
    if (
      await fetch(`${baseUrl}/api/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The app did not become ready within 2 minutes');
}

/** Signs in like the browser does and returns the Cookie header for Lighthouse's requests. */
async function signIn(baseUrl) {
  const first = await fetch(`${baseUrl}/api/health/live`);
  const xsrf = first.headers
    .getSetCookie()
    .find((c) => c.startsWith('XSRF-TOKEN='))
    ?.split(';')[0];
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: xsrf, 'X-XSRF-TOKEN': xsrf.split('=')[1] },
    body: JSON.stringify(DEMO_SUPPORTER),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function main() {
  for (const file of [MAIN, 'dist/apps/web/browser/index.html']) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first.`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'naast-lighthouse-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as postgres and must enter the directory
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = spawn(process.execPath, [MAIN], {
    stdio: 'ignore',
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DEMO_DATA: 'always' },
  });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  try {
    await waitUntilReady(baseUrl, app);
    const cookie = await signIn(baseUrl);
    const cases = await fetch(`${baseUrl}/api/cases?mine=true&status=actief&limit=1`, { headers: { cookie } }).then(
      (r) => r.json(),
    );
    const caseId = cases.items[0]?.id;
    if (!caseId) throw new Error('The demo supporter has no active case');
    const pages = [
      { name: 'login', path: '/inloggen', signedIn: false },
      { name: 'start page (Mijn werk)', path: '/mijn-werk', signedIn: true },
      { name: 'case list', path: '/caseload', signedIn: true },
      { name: 'case detail', path: `/caseload/${caseId}`, signedIn: true },
      { name: 'support plan', path: `/caseload/${caseId}/plan`, signedIn: true },
    ];
    const report = [];
    console.log(
      `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, desktop preset, median of ${runs} runs`,
    );
    console.log(`${'page'.padEnd(14)} perf  a11y   FCP ms   LCP ms   TBT ms    CLS`);
    for (const page of pages) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          `${baseUrl}${page.path}`,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'],
            extraHeaders: page.signedIn ? { Cookie: cookie } : undefined,
          },
          desktopConfig,
        );
        const { categories, audits } = result.lhr;
        results.push({
          performance: Math.round(categories.performance.score * 100),
          accessibility: Math.round(categories.accessibility.score * 100),
          fcpMs: audits['first-contentful-paint'].numericValue,
          lcpMs: audits['largest-contentful-paint'].numericValue,
          tbtMs: audits['total-blocking-time'].numericValue,
          cls: audits['cumulative-layout-shift'].numericValue,
          failedA11yAudits: Object.values(audits)
            .filter((a) => a.score === 0 && result.lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id))
            .map((a) => a.id),
        });
      }
      const summary = Object.fromEntries(
        ['performance', 'accessibility', 'fcpMs', 'lcpMs', 'tbtMs', 'cls'].map((k) => [
          k,
          median(results.map((r) => r[k])),
        ]),
      );
      report.push({ page: page.name, path: page.path.replace(caseId, ':id'), median: summary, runs: results });
      console.log(
        `${page.name.padEnd(14)} ${String(summary.performance).padStart(4)} ${String(summary.accessibility).padStart(5)} ` +
          `${summary.fcpMs.toFixed(0).padStart(8)} ${summary.lcpMs.toFixed(0).padStart(8)} ${summary.tbtMs.toFixed(0).padStart(8)} ${summary.cls.toFixed(3).padStart(6)}`,
      );
      const failed = [...new Set(results.flatMap((r) => r.failedA11yAudits))];
      if (failed.length) console.log(`  accessibility audits failed: ${failed.join(', ')}`);
    }
    const out = join('.data', 'bench', 'results');
    mkdirSync(out, { recursive: true });
    const file = join(out, `lighthouse-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2));
    console.log(`Every run written to ${file}`);
  } finally {
    chrome.kill();
    app.kill('SIGTERM');
    await new Promise((r) => (app.exitCode === null ? app.once('exit', r) : r()));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
