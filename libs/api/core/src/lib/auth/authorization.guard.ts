import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@naast/contracts';
import type { Request } from 'express';
import type { SessionPrincipal } from './auth.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/** Deny by default: a route must be @Public or name its @Roles; everything else is refused. */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const request = context.switchToHttp().getRequest<Request>();
    const principal = request.user as SessionPrincipal | undefined;
    if (!principal) throw new UnauthorizedException('Niet ingelogd.');
    if (!roles || !roles.includes(principal.role)) {
      throw new ForbiddenException('U heeft geen toegang tot deze functie.');
    }
    return true;
  }
}
