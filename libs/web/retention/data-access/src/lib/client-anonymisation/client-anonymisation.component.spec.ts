import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { ClientAnonymisationStatus, Role } from '@naast/contracts';
import { SessionStore } from '@naast/web-core';
import { ClientAnonymisationComponent, RELOAD_PAGE } from './client-anonymisation.component';

const URL = '/api/clients/c-1/anonymisation';
const allowed: ClientAnonymisationStatus = { clientId: 'c-1', anonymisedAt: null, openCases: 0, blockedReason: null };

describe(ClientAnonymisationComponent.name, () => {
  let fixture: ComponentFixture<ClientAnonymisationComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;
  const reload = jest.fn();

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function start(role: Role): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: { role: signal(role) } },
        { provide: RELOAD_PAGE, useValue: reload },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ClientAnonymisationComponent);
    fixture.componentRef.setInput('clientId', 'c-1');
    host = fixture.nativeElement as HTMLElement;
    await settle();
  }

  const button = (text: string) =>
    Array.from(host.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.includes(text));

  afterEach(() => http.verify());

  it('is not there for anyone but a team lead', async () => {
    await start('supporter');
    http.expectNone(URL);
    expect(host.textContent?.trim()).toBe('');
  });

  it('is disabled with the reason why while a case is open', async () => {
    await start('team_lead');
    http
      .expectOne(URL)
      .flush({ ...allowed, openCases: 2, blockedReason: 'Deze cliënt heeft nog 2 lopende zaken. Sluit die eerst af.' });
    await settle();
    const anonymise = button('Anonimiseren');
    expect(anonymise?.disabled).toBe(true);
    expect(host.querySelector(`#${anonymise?.getAttribute('aria-describedby')}`)?.textContent).toContain(
      '2 lopende zaken',
    );
  });

  it('asks for a reason and an explicit confirmation before it anonymises', async () => {
    await start('team_lead');
    http.expectOne(URL).flush(allowed);
    await settle();
    button('Anonimiseren')?.click();
    await settle();
    expect(host.textContent).toContain('kan niet ongedaan worden gemaakt');
    const submit = button('Definitief anonimiseren');
    expect(submit?.disabled).toBe(true);

    const reason = host.querySelector<HTMLTextAreaElement>('textarea');
    if (!reason) throw new Error('No reason field.');
    reason.value = 'Verzoek van de cliënt per brief.';
    reason.dispatchEvent(new Event('input'));
    await settle();
    expect(submit?.disabled).toBe(true);
    const confirm = host.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!confirm) throw new Error('No confirmation.');
    confirm.checked = true;
    confirm.dispatchEvent(new Event('change'));
    await settle();
    expect(submit?.disabled).toBe(false);

    host.querySelector('form')?.dispatchEvent(new Event('submit'));
    await settle();
    const request = http.expectOne(URL);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ reason: 'Verzoek van de cliënt per brief.' });
    request.flush({
      ...allowed,
      anonymisedAt: '2026-11-30T10:00:00Z',
      blockedReason: 'Deze cliënt is al geanonimiseerd.',
    });
    await settle();
    expect(reload).toHaveBeenCalled();
    expect(host.textContent).toContain('Geanonimiseerd op');
  });
});
