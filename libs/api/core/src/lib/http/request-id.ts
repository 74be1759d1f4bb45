import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

declare module 'express-serve-static-core' {
  interface Request {
    requestId: string;
  }
}

const VALID_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Every request gets an id (kept from a proxy's X-Request-Id when well-formed), echoed and logged. */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const incoming = request.header('x-request-id');
  request.requestId = incoming && VALID_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', request.requestId);
  next();
}
