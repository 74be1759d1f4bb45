import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AccountSession } from '@naast/contracts';
import { AccountPageComponent } from './account-page.component';

const sessions: AccountSession[] = [
  {
    id: 'a'.repeat(64),
    createdAt: '2026-03-01T08:00:00Z',
    lastActiveAt: '2026-03-01T09:00:00Z',
    userAgent: 'Firefox/140',
    ip: '192.0.2.1',
    current: false,
  },
  {
    id: 'b'.repeat(64),
    createdAt: '2026-03-02T08:00:00Z',
    lastActiveAt: '2026-03-02T08:30:00Z',
    userAgent: 'Safari/18',
    ip: '192.0.2.2',
    current: true,
  },
];

describe(AccountPageComponent.name, () => {
  let fixture: ComponentFixture<AccountPageComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AccountPageComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/account/sessions').flush(sessions);
    await settle();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('lists this session first, marked, with an end button only for the others', () => {
    const rows = Array.from(host.querySelectorAll('tbody tr'));
    expect(rows.map((r) => r.querySelector('.browser')?.textContent?.trim())).toEqual(['Safari/18', 'Firefox/140']);
    expect(rows[0]?.textContent).toContain('Deze sessie');
    expect(rows[0]?.querySelector('button')).toBeNull();
    expect(rows[1]?.querySelector('button')?.getAttribute('aria-label')).toBe('Sessie in Firefox/140 beëindigen');
  });

  it('ends all other sessions and says how many', async () => {
    const button = Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.includes('Alle andere'));
    button?.click();
    http.expectOne('/api/account/sessions/end-others').flush({ ended: 1 });
    await settle();
    http.expectOne('/api/account/sessions').flush([sessions[1]]);
    await settle();
    expect(host.querySelector('[role="status"]')?.textContent).toBe('1 andere sessie is beëindigd.');
    expect(host.textContent).toContain('U bent nergens anders ingelogd.');
  });

  it('checks the new password length before sending, and shows what the server refuses', async () => {
    const inputs = host.querySelectorAll<HTMLInputElement>('input[type="password"]');
    const [current, next] = Array.from(inputs);
    if (!current || !next) throw new Error('password fields missing');
    current.value = 'het-huidige-wachtwoord';
    current.dispatchEvent(new Event('input'));
    next.value = 'kort';
    next.dispatchEvent(new Event('input'));
    host.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle();
    expect(host.textContent).toContain('Het nieuwe wachtwoord moet minstens 12 tekens lang zijn.');

    next.value = 'qwerty123456';
    next.dispatchEvent(new Event('input'));
    host.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle();
    http.expectOne('/api/account/password').flush(
      {
        statusCode: 400,
        message: 'Ongeldige invoer.',
        details: [{ field: 'newPassword', reason: 'staat op de lijst van veelgebruikte wachtwoorden' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(host.textContent).toContain('Nieuw wachtwoord staat op de lijst van veelgebruikte wachtwoorden.');
  });
});
