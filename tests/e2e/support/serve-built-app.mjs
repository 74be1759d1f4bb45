// Starts the production build the way a user does (`node dist/apps/api/main.js`) on an empty
// embedded PostgreSQL in a fresh directory, and removes that directory once the app has stopped.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const main = 'dist/apps/api/main.js';
const webIndex = 'dist/apps/web/browser/index.html';
for (const file of [main, webIndex]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: build first with "npx nx run-many -t build -p api web".`);
    process.exit(1);
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'naast-e2e-'));
// As root, PostgreSQL runs as the postgres user, which must be able to enter the directory.
chmodSync(dataDir, 0o755);

// Its own process group: a stop signal reaches the app once, from here, so it can shut its
// PostgreSQL down cleanly instead of leaving it running.
const app = spawn(process.execPath, [main], {
  stdio: 'inherit',
  detached: true,
  env: { ...process.env, DATA_DIR: dataDir },
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    app.kill(signal);
  });
}

app.on('exit', (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal && !stopping ? 1 : 0));
});
