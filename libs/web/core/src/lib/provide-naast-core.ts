import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { inject, makeEnvironmentProviders, provideAppInitializer, type EnvironmentProviders } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { XSRF_COOKIE, XSRF_HEADER } from '@naast/contracts';
import { SessionStore } from './auth/session.store';
import { httpErrorsInterceptor } from './http/http-errors.interceptor';
import { LocalizedTitleStrategy } from './routing/page-title';

/**
 * HTTP with the API's CSRF double submit and session handling, and localized page titles.
 * Every first page's guards ask who is signed in; the router runs them only after the page's lazy
 * chunks arrived, so the check starts at boot instead and runs while those chunks load.
 */
export function provideNaastCore(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(
      withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: XSRF_HEADER }),
      withInterceptors([httpErrorsInterceptor]),
    ),
    { provide: TitleStrategy, useExisting: LocalizedTitleStrategy },
    // Not awaited: boot goes on, and the guards reuse the check in flight.
    provideAppInitializer(() => {
      inject(SessionStore)
        .restoreSession()
        .catch(() => null);
    }),
  ]);
}
