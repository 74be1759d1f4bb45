import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from './support';

/** The API process also serves the built web app: compressed files, long caching for hashed names only. */
describe('Serving the web app', () => {
  let t: TestApp;
  let webDist: string;
  // Large and repetitive enough that compression applies (the threshold is 1 kB).
  const bundle = `export const messages = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Bericht ${i}`))};\n`;

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'naast-web-'));
    writeFileSync(
      join(webDist, 'index.html'),
      '<!doctype html><html lang="nl"><body><naast-root></naast-root></body></html>',
    );
    writeFileSync(join(webDist, 'main-ABC123.js'), bundle);
    t = await startTestApp({ WEB_DIST: webDist }, { serveWeb: true });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('sends bundles compressed as the browser accepts, and lets them be cached for long', async () => {
    const brotli = await request(t.http).get('/main-ABC123.js').set('Accept-Encoding', 'br, gzip').buffer(true);
    expect(brotli.status).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toContain('immutable');

    const gzip = await request(t.http).get('/main-ABC123.js').set('Accept-Encoding', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.text).toBe(bundle);

    const plain = await request(t.http).get('/main-ABC123.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(bundle);
  });

  it('answers a client-side route with index.html that is never cached stale', async () => {
    const response = await request(t.http).get('/caseload/123').set('Accept-Encoding', 'gzip');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<naast-root>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('never compresses API answers, which mix personal data with text from the request', async () => {
    const response = await request(t.http).get(`/api/docs-json`).set('Accept-Encoding', 'br, gzip');
    expect(response.status).toBe(200);
    expect(response.text.length).toBeGreaterThan(1024);
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it('keeps unknown API routes as JSON 404s, not the web app', async () => {
    const response = await request(t.http).get('/api/no-such-route');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toContain('application/json');
  });
});
