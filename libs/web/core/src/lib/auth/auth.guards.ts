import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Role } from '@naast/contracts';
import { RETURN_URL_PARAM, WebPaths, homeUrlFor } from '../routing/web-paths';
import { SessionStore } from './session.store';

/** Signed in, or off to the login page with the requested URL kept as return URL. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(SessionStore)
    .restore()
    .catch(() => null);
  if (user) {
    return true;
  }
  return router.createUrlTree([`/${WebPaths.login}`], { queryParams: { [RETURN_URL_PARAM]: state.url } });
};

/** The login page is for people who are not signed in; others go to their home. */
export const signedOutGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(SessionStore)
    .restore()
    .catch(() => null);
  return user ? router.parseUrl(homeUrlFor(user.role)) : true;
};

/** Only the listed roles may open the route; anyone else sees the friendly "no access" page. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async () => {
    const router = inject(Router);
    const user = await inject(SessionStore)
      .restore()
      .catch(() => null);
    if (!user) {
      return router.createUrlTree([`/${WebPaths.login}`]);
    }
    return roles.includes(user.role) ? true : router.createUrlTree([`/${WebPaths.forbidden}`]);
  };
}

/** `/` leads each role to its own home. */
export const roleHomeGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(SessionStore)
    .restore()
    .catch(() => null);
  return router.parseUrl(user ? homeUrlFor(user.role) : `/${WebPaths.login}`);
};
