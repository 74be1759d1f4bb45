import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { XSRF_COOKIE, XSRF_HEADER } from '@naast/contracts';
import type { CookieOptions, NextFunction, Request, RequestHandler, Response } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sign(secret: string, nonce: string): string {
  return createHmac('sha256', secret).update(`xsrf:${nonce}`).digest('base64url');
}

export function issueCsrfToken(secret: string): string {
  const nonce = randomBytes(18).toString('base64url');
  return `${nonce}.${sign(secret, nonce)}`;
}

export function isValidCsrfToken(secret: string, token: unknown): token is string {
  if (typeof token !== 'string') return false;
  const [nonce, mac] = token.split('.');
  if (!nonce || !mac) return false;
  const expected = Buffer.from(sign(secret, nonce));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function csrfCookieOptions(secure: boolean): CookieOptions {
  // Readable by the page (not HttpOnly): Angular copies it into the X-XSRF-TOKEN header.
  return { httpOnly: false, sameSite: 'lax', secure, path: '/' };
}

/**
 * The Angular double-submit convention: a signed XSRF-TOKEN cookie, echoed in X-XSRF-TOKEN on every
 * state-changing request. The signature stops a cookie planted by a sibling domain from passing.
 */
export function csrfMiddleware(secret: string, secure: boolean): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const cookies = request.cookies as Record<string, string | undefined>;
    const cookie = cookies[XSRF_COOKIE];
    if (!isValidCsrfToken(secret, cookie)) {
      response.cookie(XSRF_COOKIE, issueCsrfToken(secret), csrfCookieOptions(secure));
    }
    if (SAFE_METHODS.has(request.method)) return next();
    const header = request.header(XSRF_HEADER);
    if (!isValidCsrfToken(secret, cookie) || header !== cookie) {
      response.status(403).json({
        statusCode: 403,
        error: 'Forbidden',
        message: 'CSRF-token ontbreekt of is ongeldig. Herlaad de pagina.',
      });
      return;
    }
    next();
  };
}
