import type { NextFunction, Request, Response } from 'express';

export const SESSION_COOKIE = 'naast.sid';
export const SESSION_IDLE_MS = 30 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;

declare module 'express-session' {
  interface SessionData {
    authenticatedAt?: number;
  }
}

/** Ends a session 12 hours after sign-in, however active it is (the idle limit is the cookie's). */
export function absoluteLifetimeMiddleware(request: Request, _response: Response, next: NextFunction): void {
  const signedInAt = request.session?.authenticatedAt;
  if (request.user && (!signedInAt || Date.now() - signedInAt > SESSION_ABSOLUTE_MS)) {
    request.user = undefined;
    request.session.destroy(() => next());
    return;
  }
  next();
}
