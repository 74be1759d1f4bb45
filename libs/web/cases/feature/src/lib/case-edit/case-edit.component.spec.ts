import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { CaseView } from '@naast/contracts';
import { CaseEditComponent } from './case-edit.component';

function buildCaseView(overrides: Partial<CaseView> = {}): CaseView {
  return {
    id: 'c-1',
    client: {
      id: 'cl-1',
      displayName: 'Jan Jansen',
      dateOfBirth: null,
      municipality: { code: 'GM0344', name: 'Utrecht' },
      teamId: 't-1',
    },
    question: 'Ik kan de huur niet meer betalen.',
    domains: ['wonen'],
    status: 'actief',
    registeredOn: '2026-01-10',
    leadSupporter: { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' },
    teamId: 't-1',
    updatedAt: '2026-01-11T10:00:00Z',
    legalFrameworks: [],
    commissioningParty: { kind: 'gemeente', name: 'Gemeente Utrecht' },
    referralSource: 'huisarts',
    firstContactOn: null,
    closedOn: null,
    closingReason: null,
    volunteers: [],
    involvedParties: [],
    statusHistory: [],
    permissions: { edit: true, changeStatusTo: [], recordVisit: true },
    createdAt: '2026-01-10T09:00:00Z',
    version: 4,
    ...overrides,
  };
}

describe(CaseEditComponent.name, () => {
  let fixture: ComponentFixture<CaseEditComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CaseEditComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(CaseEditComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', 'c-1');
    await settle();
    http.expectOne('/api/cases/c-1').flush(buildCaseView());
    await settle();
    http
      .match((r) => r.url === '/api/users')
      .forEach((r) => r.flush([{ id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' }]));
    await settle();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const question = () => host.querySelector<HTMLTextAreaElement>('[formcontrolname="question"]') as HTMLTextAreaElement;

  async function editQuestion(value: string): Promise<void> {
    question().value = value;
    question().dispatchEvent(new Event('input'));
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();
  }

  const conflictRows = () =>
    Array.from(host.querySelectorAll('.conflict tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.trim()),
    );

  function conflictWith(current: CaseView): void {
    http
      .expectOne('/api/cases/c-1')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Gewijzigd.', current },
        { status: 409, statusText: 'Conflict' },
      );
  }

  it('starts from the saved case', () => {
    expect(question().value).toBe('Ik kan de huur niet meer betalen.');
  });

  it('on a conflict keeps what the user typed and shows what is saved now', async () => {
    await editQuestion('Ik kan de huur en de energierekening niet betalen.');
    const sent = http.expectOne('/api/cases/c-1');
    // Only the changed field travels, so a colleague's newer values elsewhere are not written back.
    expect(sent.request.body).toEqual({ version: 4, question: 'Ik kan de huur en de energierekening niet betalen.' });
    sent.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Gewijzigd.',
        current: buildCaseView({
          version: 5,
          question: 'Huurachterstand van drie maanden.',
          referralSource: 'wijkteam',
        }),
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const conflict = host.querySelector('.conflict');
    expect(conflict?.getAttribute('role')).toBe('alert');
    expect(conflict?.textContent).toContain('Iemand anders heeft deze ondersteuningsvraag intussen gewijzigd.');
    // Saved now next to what the user typed; a field only the colleague changed is marked as untouched.
    expect(conflictRows()).toEqual([
      [
        'Vraag van de cliënt',
        'Huurachterstand van drie maanden.',
        'Ik kan de huur en de energierekening niet betalen.',
      ],
      ['Verwijzer', 'Wijkteam', '(niet gewijzigd)'],
    ]);
    expect(question().value).toBe('Ik kan de huur en de energierekening niet betalen.');
    expect(document.activeElement?.textContent).toContain('Iemand anders heeft deze ondersteuningsvraag');
  });

  it('saves the user’s input on top of the new version only when the user chooses so', async () => {
    await editQuestion('Mijn versie.');
    conflictWith(buildCaseView({ version: 5, question: 'Hun versie.' }));
    await settle();

    const keepMine = Array.from(host.querySelectorAll<HTMLButtonElement>('.conflict button')).find((b) =>
      b.textContent?.includes('Mijn invoer toch opslaan'),
    );
    keepMine?.click();
    await settle();

    const retry = http.expectOne('/api/cases/c-1');
    // Only the user's own change, on top of the version now saved.
    expect(retry.request.body).toEqual({ version: 5, question: 'Mijn versie.' });
    retry.flush(buildCaseView({ version: 6, question: 'Mijn versie.' }));
    await settle();
    expect(TestBed.inject(Router).navigateByUrl).toHaveBeenCalledWith('/caseload/c-1');
  });

  it('can take the saved data instead', async () => {
    await editQuestion('Mijn versie.');
    conflictWith(buildCaseView({ version: 5, question: 'Hun versie.' }));
    await settle();

    Array.from(host.querySelectorAll<HTMLButtonElement>('.conflict button'))
      .find((b) => b.textContent?.includes('Opgeslagen gegevens overnemen'))
      ?.click();
    await settle();

    expect(question().value).toBe('Hun versie.');
    expect(host.querySelector('.conflict')).toBeNull();
  });
});
