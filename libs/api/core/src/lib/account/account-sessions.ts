import type { Request } from 'express';

declare module 'express-session' {
  interface SessionData {
    /** The browser and address that signed in, shown on the account page. */
    client?: { userAgent: string | null; ip: string | null };
  }
}

/** What the account page shows of a session: remembered once, at sign-in. */
export function rememberSessionClient(request: Request): void {
  request.session.client = { userAgent: request.get('user-agent')?.slice(0, 400) ?? null, ip: request.ip ?? null };
}
