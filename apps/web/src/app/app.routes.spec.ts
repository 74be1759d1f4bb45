import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role, SessionUser, VolunteerWorkView } from '@naast/contracts';
import { AUTH_ME_URL } from '@naast/web-core';
import { appConfig } from './app.config';

function buildSessionUser(role: Role): SessionUser {
  return {
    id: 'u-1',
    email: 'user@example.org',
    displayName: 'Sam de Vries',
    role,
    organisation: { id: 'o-1', name: 'MEE Voorbeeld' },
    teams: [{ id: 't-1', name: 'Team Noord' }],
    secondFactor: 'not_required',
  };
}

// The first test compiles a lazy feature with its Material modules.
jest.setTimeout(30_000);

describe('app routes', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        // The real application config, with only the HTTP backend replaced.
        ...appConfig.providers,
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  /** Navigates and answers the one session check the guards make. */
  async function visit(url: string, user: SessionUser | null): Promise<void> {
    const navigation = harness.navigateByUrl(url);
    await new Promise((resolve) => setTimeout(resolve));
    const check = http.expectOne(AUTH_ME_URL);
    if (user) {
      check.flush(user);
    } else {
      check.flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Niet ingelogd.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    }
    await navigation;
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  const currentUrl = () => TestBed.inject(Router).url;

  it('sends a visitor who is not signed in to the login page, remembering where they were going', async () => {
    await visit('/caseload/c-42', null);

    expect(currentUrl()).toBe('/inloggen?returnUrl=%2Fcaseload%2Fc-42');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Inloggen bij Naast');
  });

  it('leads a volunteer from / to "Mijn koppelingen", inside the shell with its landmarks', async () => {
    await visit('/', buildSessionUser('volunteer'));
    const empty: VolunteerWorkView = {
      cases: [],
      drafts: [],
      hoursThisMonth: { month: '2026-11', minutes: 0, visits: 0 },
      acknowledgements: { total: 0, items: [] },
    };
    http.expectOne((r) => r.url === '/api/workspace/my-visits').flush(empty);
    await harness.fixture.whenStable();

    expect(currentUrl()).toBe('/koppelingen');
    const page = harness.fixture.nativeElement as HTMLElement;
    expect(page.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(page.querySelector('header mat-toolbar')).not.toBeNull();
    expect(page.querySelector('nav[aria-label="Hoofdmenu"]')?.textContent).toContain('Mijn koppelingen');
    expect(page.querySelector('nav')?.textContent).not.toContain('Beheer');
    expect(page.querySelector('main#main h1')?.textContent).toBe('Mijn koppelingen');
    expect(document.title).toBe('Mijn koppelingen – Naast');
  });

  it('shows the friendly no-access page when a role opens a page that is not for it', async () => {
    await visit('/beheer', buildSessionUser('volunteer'));

    expect(currentUrl()).toBe('/geen-toegang');
    expect((harness.fixture.nativeElement as HTMLElement).querySelector('main h1')?.textContent).toBe('Geen toegang');
  });

  it('shows the not-found page for an unknown address', async () => {
    await visit('/bestaat-niet', buildSessionUser('admin'));

    expect((harness.fixture.nativeElement as HTMLElement).querySelector('main h1')?.textContent).toBe('Niet gevonden');
  });

  it('switches the whole shell to English, lang attribute and title included', async () => {
    await visit('/beheer', buildSessionUser('admin'));
    http.expectOne('/api/admin/users').flush([]);
    http.expectOne('/api/admin/teams').flush([]);
    await harness.fixture.whenStable();
    const page = harness.fixture.nativeElement as HTMLElement;

    page.querySelector<HTMLButtonElement>('naast-language-switch button')?.click();
    await harness.fixture.whenStable();

    expect(document.documentElement.lang).toBe('en');
    expect(page.querySelector('main h1')?.textContent).toBe('Administration');
    expect(page.querySelector('nav')?.textContent).toContain('Administration');
    expect(page.querySelector('naast-language-switch button')?.textContent?.trim()).toBe('Nederlands');
    expect(document.title).toBe('Administration – Naast');
  });
});
