import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CLIENT_CONTENT_ROLES, type Role, SECOND_FACTOR_REQUIRED } from '@naast/contracts';
import type { Request } from 'express';
import type { AccessAction } from '../access-log/access-log.entity';
import { AccessLogService } from '../access-log/access-log.service';
import { actorFromRequest } from './actor';
import type { SessionPrincipal } from './auth.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';
import { SECOND_FACTOR_STEP_KEY } from './second-factor.decorator';
import { isSecondFactorPending, SecondFactorService } from './second-factor.service';

const ACTION_BY_METHOD: Record<string, AccessAction> = {
  GET: 'read',
  POST: 'create',
  PATCH: 'update',
  PUT: 'update',
  DELETE: 'update',
};

/**
 * Deny by default: a route must be @Public or name its @Roles; everything else is refused.
 * A session still owing its second factor reaches only the routes marked @SecondFactorStep.
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessLog: AccessLogService,
    private readonly secondFactor: SecondFactorService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = context.switchToHttp().getRequest<Request>();
    const principal = request.user as SessionPrincipal | undefined;
    if (!principal) throw new UnauthorizedException('Niet ingelogd.');
    if (
      !this.reflector.getAllAndOverride<boolean>(SECOND_FACTOR_STEP_KEY, targets) &&
      isSecondFactorPending(await this.secondFactor.sessionState(request))
    ) {
      throw new ForbiddenException({
        message: 'Rond eerst de inlog af met de code uit uw authenticator-app.',
        code: SECOND_FACTOR_REQUIRED,
      });
    }
    if (!roles || !roles.includes(principal.role)) {
      // A refused attempt at client content is itself worth knowing about (NEN 7513).
      if (roles?.some((role) => CLIENT_CONTENT_ROLES.includes(role))) {
        await this.accessLog.recordRefusal(actorFromRequest(request), {
          action: ACTION_BY_METHOD[request.method] ?? 'read',
          entity: `route:${request.route ? String((request.route as { path: unknown }).path) : request.path}`,
          entityId: null,
          clientId: null,
          outcome: 'denied',
        });
      }
      throw new ForbiddenException('U heeft geen toegang tot deze functie.');
    }
    return true;
  }
}
