import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import type { Role } from '@naast/contracts';
import { RETURN_URL_PARAM, WebPaths, homeUrlFor, secondFactorPathFor } from '../routing/web-paths';
import { SessionStore, isSecondFactorPending } from './session.store';

/**
 * Signed in, or off to the login page with the requested URL kept as return URL; a session that
 * still owes its second factor goes to that step.
 */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const session = await inject(SessionStore)
    .restoreSession()
    .catch(() => null);
  if (session && !isSecondFactorPending(session.secondFactor)) {
    return true;
  }
  const path = session ? secondFactorPathFor(session.secondFactor) : WebPaths.login;
  return router.createUrlTree([`/${path}`], { queryParams: { [RETURN_URL_PARAM]: state.url } });
};

/** The second-factor pages: only for a session that owes that step; signed-in users go home, others to login. */
export function secondFactorStepGuard(step: 'code_required' | 'enrolment_required'): CanActivateFn {
  return async (_route, state) => {
    const router = inject(Router);
    const session = await inject(SessionStore)
      .restoreSession()
      .catch(() => null);
    if (!session) return router.parseUrl(`/${WebPaths.login}`);
    if (session.secondFactor === step) return true;
    if (isSecondFactorPending(session.secondFactor)) {
      const query = state.root.queryParams[RETURN_URL_PARAM] as string | undefined;
      return router.createUrlTree([`/${secondFactorPathFor(session.secondFactor)}`], {
        queryParams: query ? { [RETURN_URL_PARAM]: query } : {},
      });
    }
    return router.parseUrl(homeUrlFor(session.role));
  };
}

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
