import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@naast/contracts';
import { ApiErrorDto } from '../http/api-error.dto';

export const ROLES_KEY = 'naast:roles';
export const PUBLIC_KEY = 'naast:public';

/**
 * Who may call a route. Deny by default: a route without @Roles or @Public is refused,
 * and the app refuses to start while such a route exists.
 */
export function Roles(...roles: [Role, ...Role[]]) {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiCookieAuth('session'),
    ApiUnauthorizedResponse({ description: 'Not signed in.', type: ApiErrorDto }),
    ApiForbiddenResponse({
      description: `Wrong role (allowed: ${roles.join(', ')}), outside scope, or missing CSRF token.`,
      type: ApiErrorDto,
    }),
  );
}

/** A route anyone may call, signed in or not (login, health). */
export function Public() {
  return SetMetadata(PUBLIC_KEY, true);
}
