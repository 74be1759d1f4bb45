import { Agent, request as httpRequest } from 'node:http';
import { XSRF_COOKIE, XSRF_HEADER } from '@naast/contracts';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads arbitrary JSON
  body: any;
  ms: number;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs?: number;
  agent?: Agent;
}

/**
 * Requests retried because the server had closed an idle kept-alive connection just as the request
 * went out on it. Such a request never reached the server; HTTP clients (browsers, nginx, Node's
 * own guidance for `reusedSocket`) retry it on a new connection, and so does this one, counted.
 */
export const staleConnectionRetries = { count: 0 };

/** One HTTP request; rejects with the socket error's code (ECONNREFUSED, ECONNRESET, TIMEOUT). */
export async function request(method: string, url: string, options: RequestOptions = {}): Promise<Answer> {
  try {
    return await attempt(method, url, options);
  } catch (error) {
    if ((error as { code?: string }).code === 'ECONNRESET' && (error as { reusedSocket?: boolean }).reusedSocket) {
      staleConnectionRetries.count++;
      return attempt(method, url, options);
    }
    throw error;
  }
}

function attempt(method: string, url: string, options: RequestOptions): Promise<Answer> {
  const started = Date.now();
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method,
        agent: options.agent,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...options.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = undefined;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            body = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body, ms: Date.now() - started });
        });
      },
    );
    req.setTimeout(options.timeoutMs ?? 10_000, () =>
      req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })),
    );
    let answered = false;
    req.on('response', () => (answered = true));
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket && !answered })));
    req.end(payload);
  });
}

/** A browser-like user: cookies, and the CSRF token echoed on writes. The base URL may change between calls. */
export class Session {
  private readonly cookies = new Map<string, string>();
  readonly agent = new Agent({ keepAlive: true, maxSockets: 8 });

  constructor(public base: string) {}

  get csrf(): string | undefined {
    return this.cookies.get(XSRF_COOKIE);
  }

  async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, timeoutMs?: number) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const answer = await request(method, `${this.base}${path}`, {
      agent: this.agent,
      body,
      timeoutMs,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(method !== 'GET' && this.csrf ? { [XSRF_HEADER]: decodeURIComponent(this.csrf) } : {}),
        ...headers,
      },
    });
    for (const line of ([] as string[]).concat(answer.headers['set-cookie'] ?? [])) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return answer;
  }

  async signIn(email: string, password: string): Promise<Answer> {
    if (!this.csrf) await this.send('GET', '/api/health/live');
    return this.send('POST', '/api/auth/login', { email, password });
  }

  close(): void {
    this.agent.destroy();
  }
}

export const DEMO_PASSWORD = 'Naast-demo-2026';

/** The body of a new client, with a name that is obviously invented. */
export function newClient(teamId: string, n: number) {
  return {
    teamId,
    givenName: `Proef${n}`,
    familyNamePrefix: null,
    familyName: 'Belasting',
    dateOfBirth: '1960-01-01',
    phone: null,
    email: null,
    address: { street: 'Proefstraat', houseNumber: String(1 + (n % 200)), postcode: '3511 AB', city: 'Utrecht' },
    municipality: { code: 'GM0344', name: 'Utrecht' },
    preferredLanguage: 'nl',
    interpreterNeeded: false,
    accessibilityNeeds: [],
    representatives: [],
    processingConsent: null,
  };
}

export function newCase(clientId: string) {
  return {
    clientId,
    question: 'Hulp bij de aanvraag van huishoudelijke hulp.',
    domains: ['zorg', 'wonen'],
    legalFrameworks: ['wmo'],
    commissioningParty: { kind: 'gemeente', name: 'Gemeente Utrecht' },
    referralSource: 'huisarts',
  };
}

/** An ApiError body: exactly these keys, and nothing that looks like a stack trace or SQL. */
export function isCleanApiError(answer: Answer, status: number): boolean {
  const keys = answer.body && typeof answer.body === 'object' ? Object.keys(answer.body as object).sort() : [];
  return (
    answer.status === status &&
    JSON.stringify(keys) === JSON.stringify(['error', 'message', 'statusCode']) &&
    !/\n\s+at |Error:|SELECT|INSERT|ECONN|pg_/i.test(answer.text)
  );
}
