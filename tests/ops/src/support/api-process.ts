import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findFreePort } from '@naast/api-core';
import { request } from './http';

export const WORKSPACE = resolve(__dirname, '../../../..');
export const API_MAIN = join(WORKSPACE, 'dist/apps/api/main.js');

export type LogEntry = Record<string, unknown> & { msg?: string; level?: number; context?: string };

export interface ApiProcessOptions {
  databaseUrl: string;
  env?: Record<string, string>;
}

/** The built API as its own process, configured through the environment only, as in production. */
export class ApiProcess {
  readonly logs: LogEntry[] = [];
  readonly rawOutput: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  private exitedAt: number | null = null;

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    readonly name: string,
  ) {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        this.rawOutput.push(line);
        try {
          this.logs.push(JSON.parse(line) as LogEntry);
        } catch {
          // not a JSON line: kept in rawOutput (e.g. a crash before the logger exists)
        }
        // OPS_VERBOSE=1 echoes every process's log; OPS_LOG_DIR=<dir> keeps one file per process.
        if (process.env['OPS_VERBOSE']) process.stdout.write(`[${name}] ${line}\n`);
        if (process.env['OPS_LOG_DIR']) appendFileSync(join(process.env['OPS_LOG_DIR'], `${name}.log`), `${line}\n`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    this.exited = new Promise((done) =>
      child.on('exit', (code, signal) => {
        this.exitedAt = Date.now();
        done({ code, signal, at: this.exitedAt });
      }),
    );
  }

  static async start(name: string, options: ApiProcessOptions): Promise<ApiProcess> {
    if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: build it first with "npx nx build api"`);
    const port = await findFreePort();
    const child = spawn(process.execPath, [API_MAIN], {
      cwd: WORKSPACE,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env['PATH'] ?? '/usr/bin:/bin',
        HOME: process.env['HOME'] ?? '/tmp',
        NODE_ENV: 'production',
        SESSION_SECRET: 'ops-test-session-secret-0123456789-abcdef',
        COOKIE_SECURE: 'false',
        DEMO_DATA: 'always',
        LOG_FORMAT: 'json',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: options.databaseUrl,
        // No web app needed: the API alone answers.
        WEB_DIST: join(WORKSPACE, 'dist/nonexistent-web'),
        ...options.env,
      },
    });
    return new ApiProcess(child, port, name);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get alive(): boolean {
    return this.exitedAt === null;
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Resolves when /api/health/ready answers 200. */
  async ready(timeoutMs = 90_000): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (!this.alive) throw new Error(`${this.name} exited while starting:\n${this.rawOutput.slice(-20).join('\n')}`);
      const answer = await request('GET', `${this.url}/api/health/ready`, { timeoutMs: 2000 }).catch(() => null);
      if (answer?.status === 200) return Date.now() - started;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${this.name} not ready within ${timeoutMs} ms:\n${this.rawOutput.slice(-20).join('\n')}`);
  }

  /** Waits for a log entry matching `test`. */
  async waitForLog(test: (entry: LogEntry) => boolean, timeoutMs = 30_000): Promise<LogEntry> {
    const started = Date.now();
    for (;;) {
      const found = this.logs.find(test);
      if (found) return found;
      if (Date.now() - started > timeoutMs) throw new Error(`${this.name}: no such log entry within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    this.signal('SIGTERM');
    await this.exited;
  }
}
