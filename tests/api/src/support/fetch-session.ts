import { Agent, request as httpRequest } from 'node:http';
import { type SecondFactorEnrolment, type SessionUser, XSRF_COOKIE, XSRF_HEADER } from '@naast/contracts';
import { enrolledSecrets, secretOf, testTotpClock } from './totp';

/** One keep-alive pool for all sessions: thousands of requests, few sockets. */
const agent = new Agent({ keepAlive: true, maxSockets: 32 });

export interface RawResponse {
  status: number;
  /** The body as sent, for checks on what an answer must never contain. */
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  json: unknown;
}

export interface RawRequest {
  method: string;
  /** Path and query, e.g. `/api/cases?limit=5`. */
  path: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is (malformed or oversized bodies); wins over `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

/**
 * A lean browser-like session over node:http with keep-alive (unlike fetch it sends a body with any
 * method), for suites that send thousands of requests:
 * keeps the session cookie and echoes the CSRF token, as the web app does.
 */
export class FetchSession {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  /** Picks up the CSRF cookie the API hands out on any request. */
  async init(): Promise<this> {
    await this.send({ method: 'GET', path: '/api/health/live' });
    return this;
  }

  async signIn(email: string, password: string): Promise<this> {
    if (!this.cookies.has(XSRF_COOKIE)) await this.init();
    const response = await this.send({ method: 'POST', path: '/api/auth/login', body: { email, password } });
    if (response.status !== 200) throw new Error(`Sign-in of ${email} failed: ${response.status} ${response.text}`);
    // The second factor, as TestClient.signIn does it.
    const state = (response.json as SessionUser).secondFactor;
    let second: RawResponse | undefined;
    if (state === 'code_required') {
      const code = testTotpClock.nextCode(secretOf(email));
      second = await this.send({ method: 'POST', path: '/api/auth/second-factor', body: { code } });
    } else if (state === 'enrolment_required') {
      const started = await this.send({ method: 'POST', path: '/api/auth/second-factor/enrolment' });
      const { secret } = started.json as SecondFactorEnrolment;
      const code = testTotpClock.nextCode(secret);
      second = await this.send({ method: 'POST', path: '/api/auth/second-factor/enrolment/confirm', body: { code } });
      if (second.status === 200) enrolledSecrets.set(email.toLowerCase(), secret);
    }
    if (second && second.status !== 200)
      throw new Error(`Second factor of ${email} failed: ${second.status} ${second.text}`);
    return this;
  }

  async send(request: RawRequest): Promise<RawResponse> {
    const headers: Record<string, string> = { ...request.headers };
    if (this.cookies.size > 0)
      headers['cookie'] = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const csrf = this.cookies.get(XSRF_COOKIE);
    if (csrf && request.method !== 'GET') headers[XSRF_HEADER] = csrf;
    let body: string | undefined;
    if (request.rawBody !== undefined) body = request.rawBody;
    else if (request.body !== undefined) body = JSON.stringify(request.body);
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json';
    const response = await rawHttp(this.baseUrl + request.path, request.method, headers, body);
    for (const cookie of response.setCookie) {
      // split always yields at least one part; the default only narrows the type
      const [pair = ''] = cookie.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = response.text;
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, text, json };
  }
}

function rawHttp(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
): Promise<{ status: number; text: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    // An explicit length: node sends a GET body neither chunked nor measured otherwise.
    const sized = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const outgoing = httpRequest(url, { method, headers: sized, agent }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          text: Buffer.concat(chunks).toString('utf8'),
          setCookie: incoming.headers['set-cookie'] ?? [],
        }),
      );
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
