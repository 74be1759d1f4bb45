import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { ClientView, SessionUser } from '@naast/contracts';
import { AUTH_LOGIN_URL, SessionStore } from '@naast/web-core';
import { CaseCreateComponent } from './case-create.component';

function buildClientView(overrides: Partial<ClientView> = {}): ClientView {
  return {
    id: 'cl-1',
    displayName: 'Fatima el Amrani',
    dateOfBirth: '1961-04-02',
    municipality: { code: 'GM0344', name: 'Utrecht' },
    teamId: 't-1',
    givenName: 'Fatima',
    familyNamePrefix: 'el',
    familyName: 'Amrani',
    phone: null,
    email: null,
    address: null,
    preferredLanguage: 'ar',
    interpreterNeeded: true,
    accessibilityNeeds: [],
    representatives: [],
    processingConsent: null,
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-01-01T10:00:00Z',
    permissions: { edit: true },
    version: 1,
    ...overrides,
  };
}

describe(CaseCreateComponent.name, () => {
  let fixture: ComponentFixture<CaseCreateComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CaseCreateComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CaseCreateComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('client', 'cl-1');
    await settle();
    http.expectOne('/api/clients/cl-1').flush(buildClientView());
    await settle();
    // The pickers offer the supporters, team leads and volunteers of the client's team.
    for (const request of http.match((r) => r.url === '/api/users')) {
      expect(request.request.params.get('teamId')).toBe('t-1');
      request.flush([]);
    }
    await settle();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  function type(name: string, value: string): void {
    const input = host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[formcontrolname="${name}"]`);
    if (!input) {
      throw new Error(`No field ${name}`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function clickOption(label: string): void {
    Array.from(host.querySelectorAll<HTMLElement>('[role="option"], mat-radio-button input'))
      .find((option) => (option.closest('mat-radio-button') ?? option).textContent?.trim() === label)
      ?.click();
  }

  async function submit(): Promise<void> {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
  }

  const errorOf = (name: string) =>
    host
      .querySelector(`[formcontrolname="${name}"]`)
      ?.closest('mat-form-field')
      ?.querySelector('mat-error')
      ?.textContent?.trim();

  it('shows the client chosen on the previous page', () => {
    expect(host.querySelector('.chosen')?.textContent).toContain('Fatima el Amrani');
  });

  it('offers zorg, wonen, werk and inkomen first', () => {
    const domains = Array.from(host.querySelectorAll('[aria-labelledby="case-domains-label"] [role="option"]')).map(
      (o) => o.textContent?.trim(),
    );
    expect(domains.slice(0, 4)).toEqual(['Zorg', 'Wonen', 'Werk', 'Inkomen']);
    expect(domains).toHaveLength(9);
  });

  it('does not send an incomplete request and says what is missing', async () => {
    await submit();

    http.expectNone('/api/cases');
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Het formulier is nog niet goed ingevuld.');
    expect(errorOf('question')).toBe('Dit veld is verplicht.');
    expect(host.querySelector('#case-domains-error')?.textContent?.trim()).toBe('Kies er minstens één.');
  });

  it("puts the API's reasons on the matching fields, also inside groups and lists", async () => {
    type('question', 'Ik wil graag hulp bij het aanvragen van huishoudelijke hulp.');
    clickOption('Zorg');
    clickOption('Gemeente');
    type('name', 'Gemeente Utrecht');
    fixture.componentInstance['form'].controls.referralSource.setValue('huisarts');
    host.querySelector<HTMLButtonElement>('.group button[mat-stroked-button]')?.click();
    await settle();
    fixture.componentInstance['form'].controls.involvedParties
      .at(0)
      .setValue({ kind: 'zorgaanbieder', name: 'Thuiszorg Noord', contact: '' });
    await submit();

    const request = http.expectOne('/api/cases');
    expect(request.request.body).toMatchObject({
      clientId: 'cl-1',
      domains: ['zorg'],
      commissioningParty: { kind: 'gemeente', name: 'Gemeente Utrecht' },
      referralSource: 'huisarts',
      involvedParties: [{ kind: 'zorgaanbieder', name: 'Thuiszorg Noord', contact: null }],
    });
    request.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Ongeldige invoer.',
        details: [
          { field: 'commissioningParty.name', reason: 'Deze gemeente is geen opdrachtgever van jullie organisatie.' },
          { field: 'involvedParties.0.name', reason: 'Deze partij is al betrokken.' },
          { field: 'clientId', reason: 'Voor deze cliënt loopt al een ondersteuningsvraag.' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    const fields = host.querySelectorAll('[formcontrolname="name"]');
    expect(fields[0].closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim()).toBe(
      'Deze gemeente is geen opdrachtgever van jullie organisatie.',
    );
    expect(fields[1].closest('mat-form-field')?.querySelector('mat-error')?.textContent?.trim()).toBe(
      'Deze partij is al betrokken.',
    );
    // A reason no field can show appears in the summary above the form.
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Voor deze cliënt loopt al een ondersteuningsvraag.',
    );
  });

  it('opens the new case after saving', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('question', 'Hulp bij schulden.');
    clickOption('Inkomen');
    clickOption('Zorgkantoor');
    type('name', 'Zorgkantoor Utrecht');
    fixture.componentInstance['form'].controls.referralSource.setValue('self');
    await submit();

    http.expectOne('/api/cases').flush({ id: 'c-9' });
    await settle();
    expect(navigate).toHaveBeenCalledWith('/caseload/c-9');
  });
});

describe(`${CaseCreateComponent.name} for a team lead`, () => {
  let fixture: ComponentFixture<CaseCreateComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  const ingrid: SessionUser = {
    id: 'tl-1',
    email: 'teamleider@example.org',
    displayName: 'Ingrid Bakker',
    role: 'team_lead',
    organisation: { id: 'o-1', name: 'Org' },
    teams: [
      { id: 't-1', name: 'Team Noord' },
      { id: 't-2', name: 'Team Zuid' },
    ],
    secondFactor: 'verified',
  };

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CaseCreateComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const signingIn = TestBed.inject(SessionStore).signIn({ email: ingrid.email, password: 'x' });
    http.expectOne(AUTH_LOGIN_URL).flush(ingrid);
    await signingIn;
    fixture = TestBed.createComponent(CaseCreateComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('client', 'cl-1');
    await settle();
  });

  afterEach(() => http.verify());

  it("opens the case in the client's team by default, offering that team's supporters and team leads as lead", async () => {
    // Until the client is known the first team is assumed.
    http.match((r) => r.url === '/api/users').forEach((r) => r.flush([]));
    http.expectOne('/api/clients/cl-1').flush(buildClientView({ teamId: 't-2' }));
    await settle();

    const users = http.expectOne((r) => r.url === '/api/users' && r.params.get('teamId') === 't-2');
    expect(users.request.params.has('role')).toBe(false);
    users.flush([
      { id: 'tl-1', displayName: 'Ingrid Bakker', role: 'team_lead' },
      { id: 'u-2', displayName: 'Mohamed El Amrani', role: 'supporter' },
      { id: 'tl-2', displayName: 'Pieter van Dijk', role: 'team_lead' },
      { id: 'v-1', displayName: 'Fatma Yilmaz', role: 'volunteer' },
    ]);
    await settle();

    expect(fixture.componentInstance['form'].controls.teamId.value).toBe('t-2');
    expect(host.querySelector('[formcontrolname="teamId"]')).not.toBeNull();
    const leadSelect = host.querySelector('mat-select[formcontrolname="leadSupporterId"]') as HTMLElement;
    leadSelect.click();
    await settle();
    const options = Array.from(document.querySelectorAll('mat-option')).map((o) => o.textContent?.trim());
    expect(options).toEqual(['Ikzelf', 'Mohamed El Amrani', 'Pieter van Dijk (Teamleider)']);
  });

  it('sends the chosen team, and forgets a lead from the team it no longer opens the case in', async () => {
    http.expectOne('/api/clients/cl-1').flush(buildClientView({ teamId: 't-1' }));
    await settle();
    http
      .expectOne((r) => r.url === '/api/users' && r.params.get('teamId') === 't-1')
      .flush([{ id: 'u-1', displayName: 'Sanne de Vries', role: 'supporter' }]);
    await settle();

    const form = fixture.componentInstance['form'];
    form.controls.leadSupporterId.setValue('u-1');
    form.controls.teamId.setValue('t-2');
    form.controls.teamId.markAsDirty();
    await settle();
    http.expectOne((r) => r.url === '/api/users' && r.params.get('teamId') === 't-2').flush([]);
    await settle();
    expect(form.controls.leadSupporterId.value).toBe('');

    form.patchValue({
      question: 'Mijn moeder kan niet meer alleen wonen.',
      domains: ['wonen', 'zorg'],
      commissioningParty: { kind: 'zorgkantoor', name: 'Zorgkantoor Utrecht' },
      referralSource: 'family',
    });
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();

    const request = http.expectOne('/api/cases');
    expect(request.request.body).toMatchObject({ clientId: 'cl-1', teamId: 't-2', domains: ['wonen', 'zorg'] });
    expect(request.request.body.leadSupporterId).toBeUndefined();
    request.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'x',
        details: [{ field: 'teamId', reason: 'is niet jouw team' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    const teamField = host.querySelector('[formcontrolname="teamId"]')?.closest('mat-form-field');
    expect(teamField?.querySelector('mat-error')?.textContent?.trim()).toBe('is niet jouw team');
  });
});
