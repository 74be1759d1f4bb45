import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { CaseView, VisitView } from '@naast/contracts';
import { RecordVisitComponent } from './record-visit.component';

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
    question: 'Ik wil weer aan het werk.',
    domains: ['werk'],
    status: 'actief',
    registeredOn: '2026-01-10',
    leadSupporter: { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' },
    teamId: 't-1',
    updatedAt: '2026-01-11T10:00:00Z',
    legalFrameworks: [],
    commissioningParty: { kind: 'gemeente', name: 'Gemeente Utrecht' },
    referralSource: 'self',
    firstContactOn: null,
    closedOn: null,
    closingReason: null,
    volunteers: [{ id: 'u-3', displayName: 'Bram Visser', role: 'volunteer' }],
    involvedParties: [],
    statusHistory: [],
    permissions: { edit: false, changeStatusTo: [], recordVisit: true },
    createdAt: '2026-01-10T09:00:00Z',
    version: 1,
    ...overrides,
  };
}

describe(RecordVisitComponent.name, () => {
  let fixture: ComponentFixture<RecordVisitComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [RecordVisitComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RecordVisitComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('caseId', 'c-1');
    await settle();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function open(
    supportCase: CaseView,
    visits: VisitView[] = [],
    nextCursor: string | null = null,
  ): Promise<void> {
    http.expectOne('/api/cases/c-1').flush(supportCase);
    http
      .expectOne((r) => r.method === 'GET' && r.url === '/api/cases/c-1/visits' && !r.params.has('cursor'))
      .flush({ items: visits, nextCursor });
    await settle();
  }

  function buildVisitView(id: string, overrides: Partial<VisitView> = {}): VisitView {
    return {
      id,
      caseId: 'c-1',
      occurredAt: '2026-03-09T10:00:00.000Z',
      minutes: 30,
      mode: 'home_visit',
      domains: ['werk'],
      summary: `Contact ${id}`,
      nextSteps: null,
      author: { id: 'u-3', displayName: 'Bram Visser', role: 'volunteer' },
      createdAt: '2026-03-09T11:00:00.000Z',
      amendments: [],
      acknowledgement: null,
      permissions: { amend: true, acknowledge: false },
      version: 1,
      ...overrides,
    };
  }

  it("offers the case's domains first and records the contact, then clears the form for the next one", async () => {
    await open(buildCaseView());
    expect(host.querySelector('[role="option"]')?.textContent?.trim()).toBe('Werk');

    const set = (name: string, value: string, event = 'input') => {
      const input = host.querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event(event));
    };
    set('minutes', '60');
    set('mode', 'accompany_provider', 'change');
    set('summary', 'Samen naar het re-integratiebedrijf.');
    set('nextSteps', 'Cv bijwerken.');
    host.querySelector<HTMLElement>('[role="option"]')?.click();
    await settle();
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();

    const request = http.expectOne('/api/cases/c-1/visits');
    expect(request.request.body).toMatchObject({
      minutes: 60,
      mode: 'accompany_provider',
      domains: ['werk'],
      summary: 'Samen naar het re-integratiebedrijf.',
      nextSteps: 'Cv bijwerken.',
    });
    const saved: VisitView = {
      ...request.request.body,
      id: 'v-1',
      caseId: 'c-1',
      author: { id: 'u-3', displayName: 'Bram Visser', role: 'volunteer' },
      createdAt: new Date().toISOString(),
      amendments: [],
      acknowledgement: null,
      permissions: { amend: true, acknowledge: false },
      version: 1,
    };
    request.flush(saved, { status: 201, statusText: 'Created' });
    await settle();

    expect(host.querySelector('[role="status"]')?.textContent).toContain('Het contactmoment is opgeslagen.');
    expect(host.querySelector<HTMLTextAreaElement>('[formcontrolname="summary"]')?.value).toBe('');
    expect(host.querySelector('naast-visit-timeline')?.textContent).toContain('Samen naar het re-integratiebedrijf.');
  });

  it('says so when the user may not record a contact here', async () => {
    await open(buildCaseView({ permissions: { edit: false, changeStatusTo: [], recordVisit: false } }));

    expect(host.querySelector('naast-visit-form')).toBeNull();
    expect(host.textContent).toContain('Je kunt bij deze ondersteuningsvraag geen contactmoment vastleggen.');
  });

  it('lets the author correct an earlier contact, with a reason, and shows the correction in the list', async () => {
    await open(buildCaseView(), [
      buildVisitView('v-1', { permissions: { amend: true, acknowledge: false } }),
      buildVisitView('v-0', { permissions: { amend: false, acknowledge: false } }),
    ]);
    const amendButtons = host.querySelectorAll<HTMLButtonElement>('button.amend');
    expect(amendButtons).toHaveLength(1);
    amendButtons[0].click();
    await settle();

    const panel = host.querySelector('.amend-panel') as HTMLElement;
    expect(document.activeElement?.id).toBe('amend-heading');
    const set = (name: string, value: string) => {
      const input = panel.querySelector<HTMLInputElement | HTMLTextAreaElement>(
        `[formcontrolname="${name}"]`,
      ) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    set('minutes', '45');
    set('reason', 'Duur verkeerd ingevuld.');
    panel.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await settle();

    const request = http.expectOne('/api/visits/v-1/amendments');
    expect(request.request.body).toEqual({ minutes: 45, reason: 'Duur verkeerd ingevuld.', version: 1 });
    request.flush(buildVisitView('v-1', { minutes: 45, version: 2 }), { status: 201, statusText: 'Created' });
    await settle();

    expect(host.querySelector('.amend-panel')).toBeNull();
    expect(host.querySelector('[role="status"]')?.textContent).toContain('De correctie is opgeslagen');
    expect(host.querySelector('naast-visit-timeline')?.textContent).toContain('45 minuten');
  });

  it('loads older contacts on request', async () => {
    await open(buildCaseView(), [buildVisitView('v-2')], 'next-page');
    Array.from(host.querySelectorAll<HTMLButtonElement>('button'))
      .find((b) => b.textContent?.trim() === 'Meer contactmomenten laden')
      ?.click();
    await settle();

    http
      .expectOne((r) => r.url === '/api/cases/c-1/visits' && r.params.get('cursor') === 'next-page')
      .flush({
        items: [buildVisitView('v-1', { occurredAt: '2026-01-05T10:00:00.000Z', summary: 'Kennismaking.' })],
        nextCursor: null,
      });
    await settle();

    expect(host.querySelector('naast-visit-timeline')?.textContent).toContain('Kennismaking.');
  });
});
