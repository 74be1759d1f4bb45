import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { AUTH_LOGIN_URL, SessionStore } from '@naast/web-core';
import { ClientCreateComponent } from './client-create.component';

describe(ClientCreateComponent.name, () => {
  let fixture: ComponentFixture<ClientCreateComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ClientCreateComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const signingIn = TestBed.inject(SessionStore).signIn({ email: 'anna@example.org', password: 'x' });
    http.expectOne(AUTH_LOGIN_URL).flush({
      id: 'u-1',
      email: 'anna@example.org',
      displayName: 'Anna de Boer',
      role: 'supporter',
      organisation: { id: 'o-1', name: 'Org' },
      teams: [{ id: 't-1', name: 'Team Noord' }],
    });
    await signingIn;
    fixture = TestBed.createComponent(ClientCreateComponent);
    host = fixture.nativeElement as HTMLElement;
    await settle();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function type(selector: string, value: string): void {
    const input = host.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!input) {
      throw new Error(`No field ${selector}`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function fillRequired(): Promise<void> {
    type('[formcontrolname="givenName"]', 'Fatima');
    type('[formcontrolname="familyNamePrefix"]', 'el');
    type('[formcontrolname="familyName"]', 'Amrani');
    type('[formgroupname="municipality"] [formcontrolname="name"]', 'Utrecht');
    type('[formgroupname="municipality"] [formcontrolname="code"]', 'gm0344');
    await settle();
  }

  async function submit(): Promise<void> {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
  }

  const errorOf = (selector: string) =>
    host.querySelector(selector)?.closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim();

  it('explains a malformed postcode next to the field, before asking the server', async () => {
    await fillRequired();
    type('[formcontrolname="street"]', 'Oudegracht');
    type('[formcontrolname="houseNumber"]', '12');
    type('[formcontrolname="postcode"]', '351 AB');
    type('[formcontrolname="city"]', 'Utrecht');
    await submit();

    http.expectNone('/api/clients');
    expect(errorOf('[formcontrolname="postcode"]')).toBe(
      'Een postcode is vier cijfers en twee letters, bijvoorbeeld 3511 AB.',
    );
  });

  it('asks for the whole address or none of it', async () => {
    await fillRequired();
    type('[formcontrolname="street"]', 'Oudegracht');
    await submit();

    http.expectNone('/api/clients');
    expect(host.querySelector('#address-error')?.textContent).toContain(
      'Vul straat, huisnummer, postcode en plaats allemaal in',
    );
  });

  it('sends a tidy request and shows the reason the API gives for the postcode next to it', async () => {
    await fillRequired();
    type('[formcontrolname="street"]', 'Oudegracht');
    type('[formcontrolname="houseNumber"]', '12');
    type('[formcontrolname="postcode"]', '3511ab');
    type('[formcontrolname="city"]', 'Utrecht');
    await submit();

    const request = http.expectOne('/api/clients');
    expect(request.request.body).toEqual({
      teamId: 't-1',
      givenName: 'Fatima',
      familyNamePrefix: 'el',
      familyName: 'Amrani',
      dateOfBirth: null,
      phone: null,
      email: null,
      address: { street: 'Oudegracht', houseNumber: '12', postcode: '3511 AB', city: 'Utrecht' },
      municipality: { name: 'Utrecht', code: 'GM0344' },
      preferredLanguage: 'nl',
      interpreterNeeded: false,
      accessibilityNeeds: [],
      representatives: [],
      processingConsent: null,
    });
    request.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Ongeldige invoer.',
        details: [{ field: 'address.postcode', reason: 'Deze postcode bestaat niet.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(errorOf('[formcontrolname="postcode"]')).toBe('Deze postcode bestaat niet.');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('De invoer is niet geaccepteerd.');
  });

  it('records consent only when ticked, and then asks what it covers', async () => {
    await fillRequired();
    host.querySelector<HTMLInputElement>('mat-checkbox[formcontrolname="consentGiven"] input')?.click();
    await settle();
    await submit();

    http.expectNone('/api/clients');
    expect(errorOf('[formcontrolname="scope"]')).toBe('Dit veld is verplicht.');

    type('[formcontrolname="scope"]', 'Gegevens vastleggen voor de Wmo-aanvraag.');
    await submit();

    const request = http.expectOne('/api/clients');
    expect(request.request.body.processingConsent).toEqual({
      givenOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      scope: 'Gegevens vastleggen voor de Wmo-aanvraag.',
    });
    request.flush({ id: 'cl-9' });
    await settle();
    expect(TestBed.inject(Router).navigateByUrl).toHaveBeenCalledWith('/clienten/cl-9');
  });
});
