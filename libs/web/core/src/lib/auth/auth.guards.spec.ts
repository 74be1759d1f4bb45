import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  UrlTree,
  provideRouter,
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  type RouterStateSnapshot,
} from '@angular/router';
import type { Role, SessionUser } from '@naast/contracts';
import { AUTH_ME_URL } from './auth-api.service';
import { roleGuard, roleHomeGuard, signedInGuard, signedOutGuard } from './auth.guards';
import { SessionStore } from './session.store';

function buildSessionUser(role: Role): SessionUser {
  return {
    id: 'user-1',
    email: 'anna@example.org',
    displayName: 'Anna de Boer',
    role,
    organisation: { id: 'org-1', name: 'MEE Voorbeeld' },
    teams: [{ id: 'team-1', name: 'Team Noord' }],
    secondFactor: 'not_required',
  };
}

describe('auth guards', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Runs a guard for a URL and answers the session check it makes. */
  async function runGuard(guard: CanActivateFn, url: string, me: SessionUser | 'signed-out'): Promise<unknown> {
    const result = TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    ) as Promise<unknown>;
    const request = http.expectOne(AUTH_ME_URL);
    if (me === 'signed-out') {
      request.flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Niet ingelogd.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    } else {
      request.flush(me);
    }
    return result;
  }

  function serialize(result: unknown): string {
    expect(result).toBeInstanceOf(UrlTree);
    return TestBed.inject(Router).serializeUrl(result as UrlTree);
  }

  describe('signedInGuard', () => {
    it('sends a visitor who is not signed in to the login page, keeping the requested URL as return URL', async () => {
      const result = await runGuard(signedInGuard, '/caseload/42?tab=visits', 'signed-out');
      expect(serialize(result)).toBe('/inloggen?returnUrl=%2Fcaseload%2F42%3Ftab%3Dvisits');
    });

    it('lets a signed-in user through', async () => {
      await expect(runGuard(signedInGuard, '/caseload', buildSessionUser('supporter'))).resolves.toBe(true);
    });

    it('sends a session that still owes its code to the code page, and one that must enrol to enrolment', async () => {
      const owesCode = await runGuard(signedInGuard, '/caseloadoverzicht', {
        ...buildSessionUser('team_lead'),
        secondFactor: 'code_required',
      });
      expect(serialize(owesCode)).toBe('/inloggen/code?returnUrl=%2Fcaseloadoverzicht');
      TestBed.inject(SessionStore).clear();
      const mustEnrol = await runGuard(signedInGuard, '/beheer', {
        ...buildSessionUser('admin'),
        secondFactor: 'enrolment_required',
      });
      expect(serialize(mustEnrol)).toBe('/inloggen/tweestapsverificatie?returnUrl=%2Fbeheer');
    });

    it('counts a session with its second factor verified as signed in', async () => {
      await expect(
        runGuard(signedInGuard, '/beheer', { ...buildSessionUser('admin'), secondFactor: 'verified' }),
      ).resolves.toBe(true);
    });

    it('asks the API only once per session', async () => {
      await runGuard(signedInGuard, '/caseload', buildSessionUser('supporter'));
      const second = await TestBed.runInInjectionContext(() =>
        signedInGuard({} as ActivatedRouteSnapshot, { url: '/clienten' } as RouterStateSnapshot),
      );
      http.expectNone(AUTH_ME_URL);
      expect(second).toBe(true);
    });
  });

  describe('roleGuard', () => {
    it('shows the no-access page to a role the route is not meant for', async () => {
      const result = await runGuard(roleGuard('admin'), '/beheer', buildSessionUser('volunteer'));
      expect(serialize(result)).toBe('/geen-toegang');
    });

    it('lets a listed role through', async () => {
      await expect(
        runGuard(roleGuard('supporter', 'team_lead'), '/caseload', buildSessionUser('team_lead')),
      ).resolves.toBe(true);
    });
  });

  describe('roleHomeGuard', () => {
    it.each<[Role, string]>([
      ['supporter', '/mijn-werk'],
      ['volunteer', '/koppelingen'],
      ['team_lead', '/caseloadoverzicht'],
      ['admin', '/beheer'],
    ])('leads a %s to %s', async (role, home) => {
      const result = await runGuard(roleHomeGuard, '/', buildSessionUser(role));
      expect(serialize(result)).toBe(home);
    });

    it('leads a visitor who is not signed in to the login page', async () => {
      const result = await runGuard(roleHomeGuard, '/', 'signed-out');
      expect(serialize(result)).toBe('/inloggen');
    });
  });

  describe('signedOutGuard', () => {
    it('sends a signed-in user away from the login page to their home', async () => {
      const result = await runGuard(signedOutGuard, '/inloggen', buildSessionUser('volunteer'));
      expect(serialize(result)).toBe('/koppelingen');
    });

    it('shows the login page to a visitor who is not signed in', async () => {
      await expect(runGuard(signedOutGuard, '/inloggen', 'signed-out')).resolves.toBe(true);
    });

    it('shows the login pages to a session that still owes its second factor', async () => {
      const pending: SessionUser = { ...buildSessionUser('team_lead'), secondFactor: 'code_required' };
      await expect(runGuard(signedOutGuard, '/inloggen/code', pending)).resolves.toBe(true);
    });
  });
});
