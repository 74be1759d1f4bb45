import { Agent, request } from 'node:http';

export interface LoadRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Produces the i-th request of a run: scenarios vary ids, cursors and bodies per request. */
export type RequestFactory = (i: number) => LoadRequest;

export interface LoadResult {
  requests: number;
  /** Completed per second over the measured window. */
  throughput: number;
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
}

interface Sample {
  status: number;
  latencyMs: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

function send(baseUrl: URL, req: LoadRequest): Promise<number> {
  return new Promise((resolve) => {
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    const outgoing = request(
      {
        host: baseUrl.hostname,
        port: baseUrl.port,
        method: req.method,
        path: req.path,
        agent,
        headers: {
          accept: 'application/json',
          ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
          ...req.headers,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(0));
      },
    );
    outgoing.on('error', () => resolve(0));
    outgoing.end(body);
  });
}

function summarise(samples: Sample[], seconds: number): LoadResult {
  const latencies = samples.map((s) => s.latencyMs).sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0;
  const statuses: Record<string, number> = {};
  for (const s of samples) statuses[s.status || 'error'] = (statuses[s.status || 'error'] ?? 0) + 1;
  return {
    requests: samples.length,
    throughput: samples.length / seconds,
    non2xx: samples.filter((s) => s.status < 200 || s.status >= 300).length,
    errors: samples.filter((s) => s.status === 0).length,
    statuses,
    latencyMs: {
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: latencies[latencies.length - 1] ?? 0,
      mean: latencies.reduce((a, b) => a + b, 0) / (latencies.length || 1),
    },
  };
}

/**
 * Open model at a fixed arrival rate: request i is due at start + i / rate and its latency counts
 * from that moment, not from when it could be sent, so a stalled server cannot hide its queue
 * (no coordinated omission). The warm-up is sent the same way and left out of the figures.
 */
export async function runFixedRate(
  baseUrl: string,
  next: RequestFactory,
  options: { rate: number; seconds: number; warmupSeconds: number },
): Promise<LoadResult> {
  const url = new URL(baseUrl);
  const total = Math.round(options.rate * (options.seconds + options.warmupSeconds));
  const warmup = Math.round(options.rate * options.warmupSeconds);
  const samples: Sample[] = [];
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const req = next(i);
    inFlight.push(
      send(url, req).then((status) => {
        if (i >= warmup) samples.push({ status, latencyMs: performance.now() - due });
      }),
    );
  }
  await Promise.all(inFlight);
  return summarise(samples, options.seconds);
}

/** Closed model: `connections` loops, each sending its next request when the last one answered; measures capacity. */
export async function runSaturated(
  baseUrl: string,
  next: RequestFactory,
  options: { connections: number; seconds: number; warmupSeconds: number },
): Promise<LoadResult> {
  const url = new URL(baseUrl);
  const samples: Sample[] = [];
  let i = 0;
  const measureFrom = performance.now() + options.warmupSeconds * 1000;
  const end = measureFrom + options.seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const sentAt = performance.now();
      const status = await send(url, next(i++));
      if (sentAt >= measureFrom && performance.now() <= end)
        samples.push({ status, latencyMs: performance.now() - sentAt });
    }
  };
  await Promise.all(Array.from({ length: options.connections }, loop));
  return summarise(samples, options.seconds);
}
