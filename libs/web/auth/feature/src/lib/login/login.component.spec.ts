import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { SessionUser } from '@naast/contracts';
import { AUTH_LOGIN_URL, SessionStore } from '@naast/web-core';
import { LoginComponent } from './login.component';

const volunteer: SessionUser = {
  id: 'u-3',
  email: 'bram@example.org',
  displayName: 'Bram Visser',
  role: 'volunteer',
  organisation: { id: 'o-1', name: 'MEE Voorbeeld' },
  teams: [{ id: 't-1', name: 'Team Noord' }],
  secondFactor: 'not_required',
};

describe(LoginComponent.name, () => {
  let fixture: ComponentFixture<LoginComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LoginComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(LoginComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function signIn(email: string, password: string): Promise<void> {
    const fields = host.querySelectorAll<HTMLInputElement>('input');
    fields[0].value = email;
    fields[0].dispatchEvent(new Event('input'));
    fields[1].value = password;
    fields[1].dispatchEvent(new Event('input'));
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
  }

  function answer(status: number): void {
    http
      .expectOne(AUTH_LOGIN_URL)
      .flush({ statusCode: status, error: 'Error', message: 'Nee.' }, { status, statusText: 'Error' });
  }

  it('labels both fields and asks the browser for the right autofill', () => {
    const email = host.querySelector('input[type="email"]');
    const password = host.querySelector('input[type="password"]');
    expect(email?.getAttribute('autocomplete')).toBe('username');
    expect(password?.getAttribute('autocomplete')).toBe('current-password');
    expect(host.querySelector(`label[for="${email?.id}"]`)?.textContent).toContain('E-mailadres');
    expect(host.querySelector(`label[for="${password?.id}"]`)?.textContent).toContain('Wachtwoord');
  });

  it('checks the fields before asking the server', async () => {
    await signIn('geen-adres', '');

    http.expectNone(AUTH_LOGIN_URL);
    expect(Array.from(host.querySelectorAll('mat-error')).map((e) => e.textContent?.trim())).toEqual([
      'Vul een geldig e-mailadres in.',
      'Dit veld is verplicht.',
    ]);
  });

  it("goes to the role's home after signing in", async () => {
    await signIn('bram@example.org', 'geheim');
    const request = http.expectOne(AUTH_LOGIN_URL);
    expect(request.request.body).toEqual({ email: 'bram@example.org', password: 'geheim' });
    request.flush(volunteer);
    await settle();

    expect(navigate).toHaveBeenCalledWith('/koppelingen');
    expect(TestBed.inject(SessionStore).user()).toEqual(volunteer);
  });

  it('goes on to the code page when the password is right but a code is still owed, not signed in yet', async () => {
    const routerNavigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    fixture.componentRef.setInput('returnUrl', '/caseload/c-1');
    await signIn('bram@example.org', 'geheim');
    http.expectOne(AUTH_LOGIN_URL).flush({ ...volunteer, secondFactor: 'code_required' });
    await settle();

    expect(routerNavigate).toHaveBeenCalledWith(['/inloggen/code'], { queryParams: { returnUrl: '/caseload/c-1' } });
    expect(navigate).not.toHaveBeenCalled();
    expect(TestBed.inject(SessionStore).user()).toBeNull();
    expect(TestBed.inject(SessionStore).pending()?.secondFactor).toBe('code_required');
  });

  it('goes on to enrolment when a second factor is required and none is linked yet', async () => {
    const routerNavigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await signIn('bram@example.org', 'geheim');
    http.expectOne(AUTH_LOGIN_URL).flush({ ...volunteer, secondFactor: 'enrolment_required' });
    await settle();

    expect(routerNavigate).toHaveBeenCalledWith(['/inloggen/tweestapsverificatie'], { queryParams: {} });
  });

  it('returns to the page that asked for the login', async () => {
    fixture.componentRef.setInput('returnUrl', '/caseload/c-1');
    await signIn('bram@example.org', 'geheim');
    http.expectOne(AUTH_LOGIN_URL).flush(volunteer);
    await settle();

    expect(navigate).toHaveBeenCalledWith('/caseload/c-1');
  });

  it('never follows a return URL to another site', async () => {
    fixture.componentRef.setInput('returnUrl', '//evil.example/phish');
    await signIn('bram@example.org', 'geheim');
    http.expectOne(AUTH_LOGIN_URL).flush(volunteer);
    await settle();

    expect(navigate).toHaveBeenCalledWith('/koppelingen');
  });

  it('says the credentials are wrong on a 401, without saying which one', async () => {
    await signIn('bram@example.org', 'fout');
    answer(401);
    await settle();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Het e-mailadres of wachtwoord klopt niet.');
    expect(host.querySelector<HTMLInputElement>('input[type="password"]')?.value).toBe('');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('asks to wait after too many attempts (429)', async () => {
    await signIn('bram@example.org', 'fout');
    answer(429);
    await settle();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Te veel pogingen.');
  });
});
