import { createParamDecorator, type ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { Role } from '@naast/contracts';
import type { Request } from 'express';
import { requestIdOf } from '../http/request-id';

/** Who is acting, on whose behalf every service call checks scope and writes the access log. */
export interface Actor {
  userId: string;
  organisationId: string;
  role: Role;
  displayName: string;
  teamIds: string[];
  requestId: string;
  ip: string | null;
}

export function actorFromRequest(request: Request): Actor {
  const actor = request.user as Actor | undefined;
  if (!actor) throw new UnauthorizedException('Niet ingelogd.');
  return { ...actor, requestId: requestIdOf(request), ip: request.ip ?? null };
}

/** The signed-in user of this request as an Actor. */
export const CurrentActor = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): Actor => actorFromRequest(ctx.switchToHttp().getRequest<Request>()),
);
