import type { Server } from 'node:http';
import { type SecondFactorEnrolment, type SessionUser, XSRF_COOKIE, XSRF_HEADER } from '@naast/contracts';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { enrolledSecrets, secretOf, testTotpClock } from './totp';

function csrfFrom(response: request.Response): string | undefined {
  const cookies = ([] as string[]).concat((response.headers['set-cookie'] as string[] | string | undefined) ?? []);
  const cookie = cookies.find((c) => c.startsWith(`${XSRF_COOKIE}=`));
  return cookie?.slice(XSRF_COOKIE.length + 1).split(';')[0];
}

/** A browser-like client: keeps cookies and echoes the CSRF token on state-changing requests, as Angular does. */
export class TestClient {
  readonly agent: TestAgent;
  private csrf: string | undefined;

  constructor(http: Server) {
    this.agent = request.agent(http);
  }

  /** Fetches the CSRF cookie the API hands out on any request. */
  async init(): Promise<this> {
    this.remember(await this.agent.get('/api/health/live'));
    return this;
  }

  /**
   * Signs in fully: the password, then the second factor where the session asks for it — a code of
   * the test clock's next step, or an enrolment (whose secret is remembered for the next sign-in).
   * Returns the answer to the password step.
   */
  async signIn(email: string, password: string): Promise<request.Response> {
    if (!this.csrf) await this.init();
    const response = await this.post('/api/auth/login', { email, password });
    this.remember(response);
    if (response.status !== 200)
      throw new Error(`Sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    await this.completeSecondFactor(email, (response.body as SessionUser).secondFactor);
    return response;
  }

  private async completeSecondFactor(email: string, state: SessionUser['secondFactor']): Promise<void> {
    let second: request.Response | undefined;
    if (state === 'code_required') {
      second = await this.post('/api/auth/second-factor', { code: testTotpClock.nextCode(secretOf(email)) });
    } else if (state === 'enrolment_required') {
      const started = await this.post('/api/auth/second-factor/enrolment');
      const { secret } = started.body as SecondFactorEnrolment;
      second = await this.post('/api/auth/second-factor/enrolment/confirm', { code: testTotpClock.nextCode(secret) });
      if (second.status === 200) enrolledSecrets.set(email.toLowerCase(), secret);
    }
    if (second && second.status !== 200)
      throw new Error(`Second factor of ${email} failed: ${second.status} ${JSON.stringify(second.body)}`);
  }

  get(path: string) {
    return this.agent.get(path);
  }

  post(path: string, body?: object) {
    return this.unsafe(this.agent.post(path), body);
  }

  patch(path: string, body?: object) {
    return this.unsafe(this.agent.patch(path), body);
  }

  put(path: string, body?: object) {
    return this.unsafe(this.agent.put(path), body);
  }

  delete(path: string) {
    return this.unsafe(this.agent.delete(path));
  }

  /** The same request without the CSRF header, to prove it is refused. */
  postWithoutCsrf(path: string, body?: object) {
    return this.agent.post(path).send(body ?? {});
  }

  patchWithoutCsrf(path: string, body?: object) {
    return this.agent.patch(path).send(body ?? {});
  }

  private unsafe(test: request.Test, body?: object): request.Test {
    const withHeader = this.csrf ? test.set(XSRF_HEADER, this.csrf) : test;
    const sent = body === undefined ? withHeader : withHeader.send(body);
    // Pick up a rotated token (sign-in issues a new one).
    return sent.on('response', (response: request.Response) => this.remember(response));
  }

  private remember(response: request.Response): void {
    this.csrf = csrfFrom(response) ?? this.csrf;
  }
}
