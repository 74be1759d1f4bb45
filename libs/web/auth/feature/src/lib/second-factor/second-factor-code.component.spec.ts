import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { SessionUser } from '@naast/contracts';
import { AUTH_SECOND_FACTOR_URL, SessionStore } from '@naast/web-core';
import { SecondFactorCodeComponent } from './second-factor-code.component';

const lead: SessionUser = {
  id: 'u-1',
  email: 'ingrid@example.org',
  displayName: 'Ingrid Bakker',
  role: 'team_lead',
  organisation: { id: 'o-1', name: 'MEE Voorbeeld' },
  teams: [],
  secondFactor: 'verified',
};

describe(SecondFactorCodeComponent.name, () => {
  let fixture: ComponentFixture<SecondFactorCodeComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;
  let navigate: jest.SpyInstance;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SecondFactorCodeComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(SecondFactorCodeComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function submit(value: string): Promise<void> {
    const input = host.querySelector<HTMLInputElement>('input');
    if (!input) throw new Error('no input');
    input.value = value;
    input.dispatchEvent(new Event('input'));
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
  }

  it('asks for a one-time code with a label, numeric keyboard and the browser autofill for codes', () => {
    const input = host.querySelector('input');
    expect(input?.getAttribute('autocomplete')).toBe('one-time-code');
    expect(input?.getAttribute('inputmode')).toBe('numeric');
    expect(host.querySelector(`label[for="${input?.id}"]`)?.textContent).toContain('Code uit de app');
  });

  it('sends the code without spaces and goes home once verified', async () => {
    await submit('123 456');
    const request = http.expectOne(AUTH_SECOND_FACTOR_URL);
    expect(request.request.body).toEqual({ code: '123456' });
    request.flush(lead);
    await settle();

    expect(navigate).toHaveBeenCalledWith('/caseloadoverzicht');
    expect(TestBed.inject(SessionStore).user()).toEqual(lead);
  });

  it("shows the server's reason next to the field when the code is wrong", async () => {
    await submit('123456');
    http.expectOne(AUTH_SECOND_FACTOR_URL).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Deze code klopt niet of is al gebruikt.',
        details: [{ field: 'code', reason: 'Deze code klopt niet of is al gebruikt.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(host.querySelector('mat-error')?.textContent).toContain('Deze code klopt niet of is al gebruikt.');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('switches to a recovery code', async () => {
    const toggle = Array.from(host.querySelectorAll<HTMLButtonElement>('button')).find((b) =>
      b.textContent?.includes('herstelcode gebruiken'),
    );
    toggle?.click();
    await settle();
    await submit('abcd-efgh-jkmn-pqrs');
    expect(http.expectOne(AUTH_SECOND_FACTOR_URL).request.body).toEqual({ recoveryCode: 'abcd-efgh-jkmn-pqrs' });
  });
});
