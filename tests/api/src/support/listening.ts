import type { AddressInfo } from 'node:net';
import type { TestApp } from './test-app';

/**
 * Lets the app listen on a loopback port once. supertest otherwise opens and closes a server for
 * every request, which dominates suites that send thousands of them.
 */
export async function listenOnLoopback(t: TestApp): Promise<string> {
  if (!t.http.listening) {
    // Clients keep connections open between bursts; the server must not close them under a request.
    t.http.keepAliveTimeout = 120_000;
    t.http.headersTimeout = 121_000;
    await new Promise<void>((resolve, reject) => {
      t.http.once('error', reject);
      t.http.listen(0, '127.0.0.1', () => resolve());
    });
  }
  const { port } = t.http.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}
