import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { computeProcedureSteps, type CaseProceduresView, type ProcedureView } from '@naast/contracts';
import { SessionStore } from '@naast/web-core';
import { CaseProceduresComponent } from './case-procedures.component';

const TODAY = '2026-11-29';

function buildProcedure(overrides: Partial<ProcedureView> = {}): ProcedureView {
  const dates = overrides.dates ?? { melding: '2026-10-21' };
  return {
    id: 'p-1',
    caseId: 'c-1',
    kind: 'wmo',
    office: 'Gemeente Utrecht, Wmo-loket',
    advisoryCommittee: false,
    dates,
    outcome: 'lopend',
    outcomeOn: null,
    outcomeNote: null,
    steps: computeProcedureSteps({ kind: 'wmo', dates, outcome: 'lopend', advisoryCommittee: false }, TODAY),
    editable: true,
    createdAt: '2026-10-21T10:00:00Z',
    updatedAt: '2026-10-21T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

describe(CaseProceduresComponent.name, () => {
  let fixture: ComponentFixture<CaseProceduresComponent>;
  let http: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;

  async function open(procedures: ProcedureView[]): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: SessionStore, useValue: { role: () => 'supporter' } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CaseProceduresComponent);
    fixture.componentRef.setInput('caseId', 'c-1');
    fixture.detectChanges();
    const view: CaseProceduresView = { caseId: 'c-1', today: TODAY, editable: true, items: procedures };
    http.expectOne('/api/cases/c-1/procedures').flush(view);
    await fixture.whenStable();
    fixture.detectChanges();
  }

  function button(name: string): HTMLButtonElement {
    const found = Array.from(element().querySelectorAll('button')).find((b) => b.textContent?.includes(name));
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }

  /** Lets the answer travel through the store's promises, then renders. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    fixture.detectChanges();
  }

  afterEach(() => http.verify());

  it('says in words that the onderzoek deadline is near', async () => {
    await open([buildProcedure()]);
    const onderzoek = element().querySelector('li[data-step="onderzoek"]');
    expect(onderzoek?.textContent).toContain('Let op: termijn verloopt over 3 dagen');
    expect(onderzoek?.classList).toContain('warning');
    // The persoonlijk plan's week passed too.
    expect(element().textContent).toContain('Let op: 2 termijnen verlopen binnenkort of zijn verstreken.');
  });

  it('refuses a beschikking before the aanvraag next to the field, before asking the API', async () => {
    await open([buildProcedure({ dates: { melding: '2026-10-21', aanvraag: '2026-11-10' } })]);
    button('Datums en uitkomst bijwerken').click();
    await settle();
    const besluit = element().querySelector<HTMLInputElement>('input[data-step="besluit"]');
    if (!besluit) throw new Error('no besluit field');
    besluit.value = '2026-11-01';
    besluit.dispatchEvent(new Event('input'));
    button('Opslaan').click();
    await settle();
    const field = besluit.closest('mat-form-field');
    expect(field?.textContent).toContain('mag niet vóór de datum van "aanvraag ingediend" liggen');
    http.expectNone('/api/cases/c-1/procedures/p-1');
  });

  it('shows what is saved now next to the typed date after a 409, and saves on top when asked', async () => {
    await open([buildProcedure()]);
    button('Datums en uitkomst bijwerken').click();
    await settle();
    const onderzoek = element().querySelector<HTMLInputElement>('input[data-step="onderzoek"]');
    if (!onderzoek) throw new Error('no onderzoek field');
    onderzoek.value = '2026-11-27';
    onderzoek.dispatchEvent(new Event('input'));
    button('Opslaan').click();
    await settle();

    const first = http.expectOne('/api/cases/c-1/procedures/p-1');
    expect(first.request.body).toEqual({ version: 1, dates: { onderzoek: '2026-11-27' } });
    const current = buildProcedure({ office: 'Gemeente Utrecht, team Wmo', version: 2 });
    first.flush(
      { statusCode: 409, error: 'Conflict', message: 'Iemand anders…', current },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(element().textContent).toContain('Iemand anders heeft deze procedure intussen gewijzigd.');
    expect(element().textContent).toContain('Gemeente Utrecht, team Wmo');

    button('Mijn invoer toch opslaan').click();
    await settle();
    const second = http.expectOne('/api/cases/c-1/procedures/p-1');
    expect(second.request.body).toEqual({ version: 2, dates: { onderzoek: '2026-11-27' } });
    second.flush(buildProcedure({ dates: { melding: '2026-10-21', onderzoek: '2026-11-27' }, version: 3 }));
    await settle();
    expect(element().textContent).toContain('De procedure is bijgewerkt.');
    expect(element().querySelector('li[data-step="onderzoek"]')?.textContent).toContain('Gedaan op');
  });
});
