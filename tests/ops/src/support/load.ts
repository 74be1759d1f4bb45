import type { Answer, Session } from './http';

export interface Outcome {
  start: number;
  end: number;
  kind: 'read' | 'write';
  status: number | null;
  /** Socket error code when there was no HTTP answer. */
  error: string | null;
  clean: boolean;
  answer?: Answer;
}

export interface LoadOptions {
  workers: number;
  /** One unit of work; returns the answer (or throws a socket error). */
  step: (session: Session, worker: number, n: number) => Promise<{ kind: 'read' | 'write'; answer: Answer }>;
  sessions: Session[];
  /** Pause between requests of one worker. */
  pauseMs?: number;
  /** A worker stops at its first connection refusal (the listener is gone). */
  stopOnRefused?: boolean;
}

/** A steady load: `workers` loops, each one request at a time, until stopped. */
export class Load {
  readonly outcomes: Outcome[] = [];
  private running = true;
  /** No request starts after this time (a balancer that has taken the process out of rotation). */
  cutoff = Infinity;
  private readonly loops: Promise<void>[];

  constructor(private readonly options: LoadOptions) {
    this.loops = Array.from({ length: options.workers }, (_, w) => this.loop(w));
  }

  private async loop(worker: number): Promise<void> {
    const session = this.options.sessions[worker % this.options.sessions.length] as Session;
    for (let n = 0; this.running && Date.now() < this.cutoff; n++) {
      const start = Date.now();
      try {
        const { kind, answer } = await this.options.step(session, worker, n);
        const clean = answer.status < 500 || !/\n\s+at |Error:/.test(answer.text);
        this.outcomes.push({ start, end: Date.now(), kind, status: answer.status, error: null, clean, answer });
      } catch (error) {
        const code = (error as { code?: string }).code ?? String(error);
        this.outcomes.push({ start, end: Date.now(), kind: 'read', status: null, error: code, clean: true });
        if (this.options.stopOnRefused && code === 'ECONNREFUSED') return;
      }
      if (this.options.pauseMs) await new Promise((r) => setTimeout(r, this.options.pauseMs));
    }
  }

  async stop(): Promise<Outcome[]> {
    this.running = false;
    await Promise.all(this.loops);
    return this.outcomes;
  }

  /** Outcomes of requests that started within [from, to). */
  between(from: number, to = Infinity): Outcome[] {
    return this.outcomes.filter((o) => o.start >= from && o.start < to);
  }
}

export const ok = (o: Outcome) => o.status !== null && o.status >= 200 && o.status < 300;
export const rate = (list: Outcome[]) => (list.length === 0 ? 1 : list.filter(ok).length / list.length);
