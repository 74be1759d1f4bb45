import { HttpContext, HttpContextToken, HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { SECOND_FACTOR_REQUIRED } from '@naast/contracts';
import { catchError, throwError } from 'rxjs';
import { AUTH_LOGIN_URL, AUTH_ME_URL } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';
import { RETURN_URL_PARAM, WebPaths } from '../routing/web-paths';

/** Marks the request that loads a page's main resource: its 403/404 replaces the page by a friendly message. */
export const SHOWS_ERROR_PAGE = new HttpContextToken<boolean>(() => false);

export function errorPageContext(): HttpContext {
  return new HttpContext().set(SHOWS_ERROR_PAGE, true);
}

/** A 401 from these means "wrong password" or "not signed in yet", not "your session ended". */
const SESSION_PROBES = [AUTH_LOGIN_URL, AUTH_ME_URL];

/**
 * Any 401 means the session is gone: forget the user and go to the login page, keeping the
 * URL to come back to. A page's own 403/404 shows the friendly message page (the address bar
 * keeps the URL the user asked for).
 */
export const httpErrorsInterceptor: HttpInterceptorFn = (request, next) => {
  const router = inject(Router);
  const session = inject(SessionStore);

  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse) {
        if (error.status === 401 && !SESSION_PROBES.includes(request.url)) {
          session.clear();
          const loginPath = `/${WebPaths.login}`;
          const returnUrl = router.currentNavigation()?.finalUrl?.toString() ?? router.url;
          if (!returnUrl.startsWith(loginPath)) {
            void router.navigate([loginPath], { queryParams: { [RETURN_URL_PARAM]: returnUrl } });
          }
        } else if (
          error.status === 403 &&
          (error.error as { code?: unknown } | null)?.code === SECOND_FACTOR_REQUIRED
        ) {
          // The session still owes its second factor: ask again what it needs, then go to that step.
          session.clear();
          void router.navigate([`/${WebPaths.loginCode}`]);
        } else if ((error.status === 403 || error.status === 404) && request.context.get(SHOWS_ERROR_PAGE)) {
          const page = error.status === 403 ? WebPaths.forbidden : WebPaths.notFound;
          void router.navigate([`/${page}`], { skipLocationChange: true });
        }
      }
      return throwError(() => error);
    }),
  );
};
