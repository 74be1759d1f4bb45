import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { makeEnvironmentProviders, type EnvironmentProviders } from '@angular/core';
import { TitleStrategy } from '@angular/router';
import { XSRF_COOKIE, XSRF_HEADER } from '@naast/contracts';
import { httpErrorsInterceptor } from './http/http-errors.interceptor';
import { LocalizedTitleStrategy } from './routing/page-title';

/** HTTP with the API's CSRF double submit and session handling, and localized page titles. */
export function provideNaastCore(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideHttpClient(
      withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: XSRF_HEADER }),
      withInterceptors([httpErrorsInterceptor]),
    ),
    { provide: TitleStrategy, useExisting: LocalizedTitleStrategy },
  ]);
}
