import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '@naast/api-core';
import { Client } from 'pg';

const WORKSPACE = resolve(__dirname, '../../../..');

/** A real PostgreSQL the test can stop and start again on the same port, as an outage would. */
export class TestDatabase {
  private server: ChildProcess | undefined;

  private constructor(
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<TestDatabase> {
    const dir = mkdtempSync(join(tmpdir(), 'naast-ops-pg-'));
    chmodSync(dir, 0o755); // as root the server runs as "postgres", which must reach the cluster
    const db = new TestDatabase(dir, await findFreePort());
    await db.resume();
    return db;
  }

  get url(): string {
    return `postgres://naast:naast-embedded@127.0.0.1:${this.port}/naast`;
  }

  get running(): boolean {
    return this.server !== undefined;
  }

  /** Fast shutdown: open connections are terminated, new ones refused. */
  async halt(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const exited = new Promise((done) => server.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  }

  async resume(): Promise<void> {
    const server = spawn(
      join(WORKSPACE, 'node_modules/.bin/ts-node'),
      [join(__dirname, 'db-server.ts'), join(this.dir, 'data'), String(this.port)],
      {
        cwd: WORKSPACE,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          TS_NODE_TRANSPILE_ONLY: 'true',
          TS_NODE_PROJECT: join(WORKSPACE, 'migrations/tsconfig.json'),
        },
      },
    );
    let output = '';
    await new Promise<void>((ready, fail) => {
      server.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('READY ')) ready();
      });
      server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      server.once('exit', (code) => fail(new Error(`database server exited (${code}): ${output}`)));
    });
    this.server = server;
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.url, application_name: 'naast-ops-test' });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async destroy(): Promise<void> {
    await this.halt().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
