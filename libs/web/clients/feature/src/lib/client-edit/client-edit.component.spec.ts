import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { ClientView } from '@naast/contracts';
import { ClientEditComponent } from './client-edit.component';

function buildClientView(overrides: Partial<ClientView> = {}): ClientView {
  return {
    id: 'cl-1',
    displayName: 'Fatima el Amrani',
    dateOfBirth: '1980-05-01',
    municipality: { code: 'GM0344', name: 'Utrecht' },
    teamId: 't-1',
    givenName: 'Fatima',
    familyNamePrefix: 'el',
    familyName: 'Amrani',
    phone: '030 123 4567',
    email: null,
    address: { street: 'Oudegracht', houseNumber: '12', postcode: '3511 AB', city: 'Utrecht' },
    preferredLanguage: 'ar',
    interpreterNeeded: true,
    accessibilityNeeds: ['low_literacy'],
    representatives: [{ kind: 'bewindvoerder', name: 'Bewind BV', phone: null, email: null }],
    processingConsent: {
      givenOn: '2026-01-10',
      scope: 'Gegevens vastleggen voor de Wmo-aanvraag.',
      recordedBy: { id: 'u-1', displayName: 'Sanne de Vries', role: 'supporter' },
      recordedAt: '2026-01-10T09:00:00Z',
    },
    createdAt: '2026-01-10T09:00:00Z',
    updatedAt: '2026-01-10T09:00:00Z',
    permissions: { edit: true },
    version: 3,
    ...overrides,
  };
}

describe(ClientEditComponent.name, () => {
  let fixture: ComponentFixture<ClientEditComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ClientEditComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(ClientEditComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', 'cl-1');
    await settle();
    http.expectOne('/api/clients/cl-1').flush(buildClientView());
    await settle();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const field = (selector: string) =>
    host.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector) as HTMLInputElement;

  function type(selector: string, value: string): void {
    const input = field(selector);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    host.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await settle();
  }

  const errorOf = (selector: string) =>
    host.querySelector(selector)?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();

  it('starts from the saved client, without a team choice, and sends the change with its version', async () => {
    expect(field('[formcontrolname="givenName"]').value).toBe('Fatima');
    expect(field('[formcontrolname="postcode"]').value).toBe('3511 AB');
    expect(field('[formcontrolname="scope"]').value).toBe('Gegevens vastleggen voor de Wmo-aanvraag.');
    expect(host.querySelector('[formcontrolname="teamId"]')).toBeNull();

    type('[formcontrolname="phone"]', '06 1234 5678');
    await submit();

    const request = http.expectOne('/api/clients/cl-1');
    expect(request.request.method).toBe('PATCH');
    // Only what the user changed, so a colleague's newer value elsewhere is never written back.
    expect(request.request.body).toEqual({ phone: '06 1234 5678', version: 3 });
    request.flush(buildClientView({ phone: '06 1234 5678', version: 4 }));
    await settle();

    expect(TestBed.inject(Router).navigateByUrl).toHaveBeenCalledWith('/clienten/cl-1');
  });

  it('sends the whole consent only when it changed, and goes back without a request when nothing changed', async () => {
    await submit();
    http.expectNone('/api/clients/cl-1');
    expect(TestBed.inject(Router).navigateByUrl).toHaveBeenCalledWith('/clienten/cl-1');

    type('[formcontrolname="scope"]', 'Gegevens vastleggen voor Wmo en Wlz.');
    await submit();
    const request = http.expectOne('/api/clients/cl-1');
    expect(request.request.body).toEqual({
      processingConsent: { givenOn: '2026-01-10', scope: 'Gegevens vastleggen voor Wmo en Wlz.' },
      version: 3,
    });
    request.flush(buildClientView({ version: 4 }));
    await settle();
  });

  it('says who may change the client when the API refuses the change', async () => {
    type('[formcontrolname="phone"]', '06 1234 5678');
    await submit();
    http
      .expectOne('/api/clients/cl-1')
      .flush({ statusCode: 403, error: 'Forbidden', message: 'Nee.' }, { status: 403, statusText: 'Forbidden' });
    await settle();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Je mag de gegevens van deze cliënt niet wijzigen.',
    );
    expect(field('[formcontrolname="phone"]').value).toBe('06 1234 5678');
  });

  it('puts the reason the API gives next to the field it concerns', async () => {
    type('[formcontrolname="email"]', 'fatima@example.org');
    await submit();

    http.expectOne('/api/clients/cl-1').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Ongeldige invoer.',
        details: [{ field: 'email', reason: 'is al in gebruik' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(errorOf('[formcontrolname="email"]')).toBe('is al in gebruik');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('De invoer is niet geaccepteerd.');
  });

  it('on a conflict keeps what the user typed, shows the saved values, and saves on the new version when asked', async () => {
    type('[formcontrolname="phone"]', '06 1234 5678');
    await submit();

    const current = buildClientView({ phone: '030 765 4321', preferredLanguage: 'tr', version: 5 });
    http
      .expectOne('/api/clients/cl-1')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Gewijzigd.', current },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    const conflict = host.querySelector('.conflict') as HTMLElement;
    expect(conflict.getAttribute('role')).toBe('alert');
    expect(conflict.textContent).toContain('Iemand anders heeft de gegevens van deze cliënt intussen gewijzigd.');
    // Saved now next to what the user typed; the language only the colleague changed is marked as untouched.
    const rows = Array.from(conflict.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Telefoon', '030 765 4321', '06 1234 5678'],
      ['Voorkeurstaal', 'Turks', '(niet gewijzigd)'],
    ]);
    expect(field('[formcontrolname="phone"]').value).toBe('06 1234 5678');
    expect(document.activeElement?.textContent).toContain('Iemand anders heeft de gegevens van deze cliënt');

    Array.from(conflict.querySelectorAll('button'))
      .find((b) => b.textContent?.trim() === 'Mijn invoer toch opslaan')
      ?.click();
    await settle();

    const retry = http.expectOne('/api/clients/cl-1');
    // The user's own change on top of the version now saved; the colleague's language stays.
    expect(retry.request.body).toEqual({ phone: '06 1234 5678', version: 5 });
    retry.flush(buildClientView({ phone: '06 1234 5678', version: 6 }));
    await settle();
  });

  it('on a conflict can take the saved values instead', async () => {
    type('[formcontrolname="phone"]', '06 1234 5678');
    await submit();
    const current = buildClientView({ phone: '030 765 4321', processingConsent: null, version: 5 });
    http
      .expectOne('/api/clients/cl-1')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Gewijzigd.', current },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    Array.from(host.querySelectorAll<HTMLButtonElement>('.conflict button'))
      .find((b) => b.textContent?.trim() === 'Opgeslagen gegevens overnemen')
      ?.click();
    await settle();

    expect(host.querySelector('.conflict')).toBeNull();
    expect(field('[formcontrolname="phone"]').value).toBe('030 765 4321');
    expect(host.querySelector('[formcontrolname="scope"]')).toBeNull();
  });
});
