import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { SessionUser } from '@naast/contracts';
import { firstValueFrom } from 'rxjs';
import { AUTH_LOGIN_URL, AUTH_ME_URL } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';
import { errorPageContext, httpErrorsInterceptor } from './http-errors.interceptor';

@Component({ template: '' })
class BlankPage {}

const anna: SessionUser = {
  id: 'user-1',
  email: 'anna@example.org',
  displayName: 'Anna de Boer',
  role: 'supporter',
  organisation: { id: 'org-1', name: 'MEE Voorbeeld' },
  teams: [],
  secondFactor: 'not_required',
};

describe('httpErrorsInterceptor', () => {
  let http: HttpClient;
  let httpTesting: HttpTestingController;
  let router: Router;
  let session: SessionStore;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: BlankPage }]),
        provideHttpClient(withInterceptors([httpErrorsInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    httpTesting = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    session = TestBed.inject(SessionStore);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/caseload/42');
  });

  afterEach(() => httpTesting.verify());

  async function signIn(): Promise<void> {
    const signingIn = session.signIn({ email: anna.email, password: 'geheim' });
    httpTesting.expectOne(AUTH_LOGIN_URL).flush(anna);
    await signingIn;
  }

  function fail(url: string, status: number): void {
    httpTesting
      .expectOne(url)
      .flush({ statusCode: status, error: 'Error', message: 'Nee.' }, { status, statusText: 'Error' });
  }

  it('sends the user to the login page on a 401, with the current page as return URL', async () => {
    await signIn();
    const navigate = jest.spyOn(router, 'navigate');
    const request = firstValueFrom(http.get('/api/cases'));
    fail('/api/cases', 401);

    await expect(request).rejects.toMatchObject({ status: 401 });
    expect(navigate).toHaveBeenCalledWith(['/inloggen'], { queryParams: { returnUrl: '/caseload/42' } });
    expect(session.isSignedIn()).toBe(false);
  });

  it('leaves a 401 from the login request to the login page (wrong password is not an expired session)', async () => {
    const navigate = jest.spyOn(router, 'navigate');
    const request = firstValueFrom(http.post(AUTH_LOGIN_URL, {}));
    fail(AUTH_LOGIN_URL, 401);

    await expect(request).rejects.toMatchObject({ status: 401 });
    expect(navigate).not.toHaveBeenCalled();
  });

  it('leaves a 401 from the session check to the guards', async () => {
    const navigate = jest.spyOn(router, 'navigate');
    const request = firstValueFrom(http.get(AUTH_ME_URL));
    fail(AUTH_ME_URL, 401);

    await expect(request).rejects.toMatchObject({ status: 401 });
    expect(navigate).not.toHaveBeenCalled();
  });

  it("shows the no-access page for a 403 on a page's own resource, keeping the address", async () => {
    const navigate = jest.spyOn(router, 'navigate');
    const request = firstValueFrom(http.get('/api/cases/42', { context: errorPageContext() }));
    fail('/api/cases/42', 403);

    await expect(request).rejects.toMatchObject({ status: 403 });
    expect(navigate).toHaveBeenCalledWith(['/geen-toegang'], { skipLocationChange: true });
  });

  it("shows the not-found page for a 404 on a page's own resource", async () => {
    const navigate = jest.spyOn(router, 'navigate');
    const request = firstValueFrom(http.get('/api/clients/9', { context: errorPageContext() }));
    fail('/api/clients/9', 404);

    await expect(request).rejects.toMatchObject({ status: 404 });
    expect(navigate).toHaveBeenCalledWith(['/niet-gevonden'], { skipLocationChange: true });
  });

  it('leaves a 403 or 404 of any other request to the page that made it', async () => {
    const navigate = jest.spyOn(router, 'navigate');
    const request = firstValueFrom(http.post('/api/cases/42/status', {}));
    fail('/api/cases/42/status', 403);

    await expect(request).rejects.toMatchObject({ status: 403 });
    expect(navigate).not.toHaveBeenCalled();
  });
});
