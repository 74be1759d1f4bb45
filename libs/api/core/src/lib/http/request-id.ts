import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const VALID_ID = /^[A-Za-z0-9._-]{8,64}$/;
const REQUEST_ID = Symbol('requestId');

type WithRequestId = Request & { [REQUEST_ID]?: string };

/** The id given to this request by `requestIdMiddleware`. */
export function requestIdOf(request: Request): string {
  return (request as WithRequestId)[REQUEST_ID] ?? 'none';
}

/** Every request gets an id (kept from a proxy's X-Request-Id when well-formed), echoed and logged. */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const incoming = request.header('x-request-id');
  const id = incoming && VALID_ID.test(incoming) ? incoming : randomUUID();
  (request as WithRequestId)[REQUEST_ID] = id;
  response.setHeader('X-Request-Id', id);
  next();
}
