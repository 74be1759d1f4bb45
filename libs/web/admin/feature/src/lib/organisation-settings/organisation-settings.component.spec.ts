import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { OrganisationSettingsComponent } from './organisation-settings.component';

describe(OrganisationSettingsComponent.name, () => {
  let fixture: ComponentFixture<OrganisationSettingsComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OrganisationSettingsComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/admin/organisation').flush({ noContactDays: 30, retentionMonths: 24 });
    await settle();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function input(): HTMLInputElement {
    const field = host.querySelector<HTMLInputElement>('input[type="number"]');
    if (!field) {
      throw new Error('No number field.');
    }
    return field;
  }

  async function typeAndSave(value: string): Promise<void> {
    input().value = value;
    input().dispatchEvent(new Event('input'));
    host.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle();
  }

  it("shows the organisation's current number of days", () => {
    expect(input().value).toBe('30');
  });

  it('refuses a number outside the allowed range next to the field, without asking the API', async () => {
    await typeAndSave('0');
    expect(host.querySelector('mat-error')?.textContent).toContain('Kies een heel getal van 1 tot en met 365.');
    http.expectNone('/api/admin/organisation');
  });

  it('saves a valid number and says so', async () => {
    await typeAndSave('45');
    const request = http.expectOne('/api/admin/organisation');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ noContactDays: 45 });
    request.flush({ noContactDays: 45, retentionMonths: 24 });
    await settle();
    expect(host.querySelector('[role="status"]')?.textContent).toContain('De instelling is opgeslagen.');
  });

  it('sends a changed retention period with the days, and only then', async () => {
    const retention = host.querySelectorAll<HTMLInputElement>('input[type="number"]')[1];
    if (!retention) throw new Error('No retention field.');
    expect(retention.value).toBe('24');
    retention.value = '36';
    retention.dispatchEvent(new Event('input'));
    host.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    await settle();
    const request = http.expectOne('/api/admin/organisation');
    expect(request.request.body).toEqual({ noContactDays: 30, retentionMonths: 36 });
    request.flush({ noContactDays: 30, retentionMonths: 36 });
    await settle();
    expect(host.querySelector('[role="status"]')?.textContent).toContain('De instelling is opgeslagen.');
  });

  it("shows the API's reason next to the field", async () => {
    await typeAndSave('45');
    http.expectOne('/api/admin/organisation').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Ongeldige invoer.',
        details: [{ field: 'noContactDays', reason: 'Te veel dagen voor deze organisatie.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(host.querySelector('mat-error')?.textContent).toContain('Te veel dagen voor deze organisatie.');
  });
});
