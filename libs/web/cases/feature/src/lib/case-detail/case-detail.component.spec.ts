import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import type { CaseView, VisitView } from '@naast/contracts';
import { CaseDetailComponent } from './case-detail.component';

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
    domains: ['wonen', 'inkomen'],
    status: 'aangemeld',
    registeredOn: '2026-01-10',
    leadSupporter: { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' },
    teamId: 't-1',
    updatedAt: '2026-01-11T10:00:00Z',
    legalFrameworks: ['wmo'],
    commissioningParty: { kind: 'gemeente', name: 'Gemeente Utrecht' },
    referralSource: 'huisarts',
    firstContactOn: null,
    closedOn: null,
    closingReason: null,
    volunteers: [],
    involvedParties: [],
    statusHistory: [],
    permissions: { edit: true, changeStatusTo: ['intake', 'afgesloten'], recordVisit: true },
    createdAt: '2026-01-10T09:00:00Z',
    version: 4,
    ...overrides,
  };
}

describe(CaseDetailComponent.name, () => {
  let fixture: ComponentFixture<CaseDetailComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [CaseDetailComponent],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    TestBed.inject(MatDialog).closeAll();
    // The case timeline panel loads on its own; its behaviour is specified with the timeline.
    http.match((r) => r.url === '/api/cases/c-1/timeline').forEach((r) => r.flush([]));
    // The signals panel loads the case's signals on its own.
    http.match((r) => r.url === '/api/cases/c-1/signals').forEach((r) => r.flush([]));
    // So does the independence panel; its behaviour is specified with the panel.
    http
      .match((r) => r.url === '/api/cases/c-1/independence')
      .forEach((r) => r.flush({ caseId: 'c-1', warnings: [], overrides: [], canOverride: false }));
    http.verify();
  });

  async function openCase(
    supportCase: CaseView,
    visits: VisitView[] = [],
    nextCursor: string | null = null,
  ): Promise<void> {
    fixture = TestBed.createComponent(CaseDetailComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', supportCase.id);
    await fixture.whenStable();
    http.expectOne(`/api/cases/${supportCase.id}`).flush(supportCase);
    http
      .expectOne(
        (r) => r.method === 'GET' && r.url === `/api/cases/${supportCase.id}/visits` && !r.params.has('cursor'),
      )
      .flush({ items: visits, nextCursor });
    await settle();
  }

  /** The API answers a status change with 201 Created. */
  const CREATED = { status: 201, statusText: 'Created' };

  /** Lets awaited answers and the change detection they trigger run. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  const statusButtons = () =>
    Array.from(host.querySelectorAll<HTMLButtonElement>('[role="group"][aria-label="Status wijzigen"] button'));
  const statusButton = (label: string) => statusButtons().find((b) => b.textContent?.trim() === label);
  const dialogTextarea = () => document.querySelector<HTMLTextAreaElement>('mat-dialog-container textarea');

  async function answerDialog(reason: string): Promise<void> {
    await settle();
    const textarea = dialogTextarea();
    if (!textarea) {
      throw new Error('No reason dialog open');
    }
    textarea.value = reason;
    textarea.dispatchEvent(new Event('input'));
    document.querySelector<HTMLButtonElement>('mat-dialog-container button[type="submit"]')?.click();
    await settle();
  }

  describe('status actions', () => {
    it('shows exactly the status changes the server allows', async () => {
      await openCase(
        buildCaseView({
          status: 'aangemeld',
          permissions: { edit: true, changeStatusTo: ['intake', 'afgesloten'], recordVisit: true },
        }),
      );

      expect(statusButtons().map((b) => b.textContent?.trim())).toEqual(['Intake starten', 'Afsluiten']);
    });

    it('offers a team lead to reopen a closed case', async () => {
      await openCase(
        buildCaseView({
          status: 'afgesloten',
          closedOn: '2026-02-01',
          closingReason: 'Verhuisd.',
          permissions: { edit: false, changeStatusTo: ['actief'], recordVisit: false },
        }),
      );

      expect(statusButtons().map((b) => b.textContent?.trim())).toEqual(['Heropenen']);
      expect(host.textContent).toContain('Verhuisd.');
    });

    it('shows no actions the user may not take', async () => {
      await openCase(buildCaseView({ permissions: { edit: false, changeStatusTo: [], recordVisit: false } }));

      expect(statusButtons()).toEqual([]);
      expect(host.querySelector('a[href$="/wijzigen"]')).toBeNull();
      expect(host.querySelector('naast-visit-form')).toBeNull();
    });

    it('moves to intake without asking a reason, based on the version shown', async () => {
      await openCase(buildCaseView());
      statusButton('Intake starten')?.click();
      await settle();

      expect(dialogTextarea()).toBeNull();
      const request = http.expectOne('/api/cases/c-1/status');
      expect(request.request.body).toEqual({ status: 'intake', version: 4 });
      request.flush(
        buildCaseView({
          status: 'intake',
          version: 5,
          permissions: { edit: true, changeStatusTo: ['actief', 'afgesloten'], recordVisit: true },
        }),
        CREATED,
      );
      await settle();

      expect(host.querySelector('[role="status"]')?.textContent).toContain('De status is nu Intake.');
      expect(statusButtons().map((b) => b.textContent?.trim())).toEqual(['Ondersteuning starten', 'Afsluiten']);
    });

    it('asks why before closing, and sends the reason', async () => {
      await openCase(buildCaseView());
      statusButton('Afsluiten')?.click();
      await answerDialog('De cliënt heeft zelf een oplossing gevonden.');

      const request = http.expectOne('/api/cases/c-1/status');
      expect(request.request.body).toEqual({
        status: 'afgesloten',
        reason: 'De cliënt heeft zelf een oplossing gevonden.',
        version: 4,
      });
      request.flush(
        buildCaseView({
          status: 'afgesloten',
          version: 5,
          permissions: { edit: false, changeStatusTo: [], recordVisit: false },
        }),
        CREATED,
      );
      await settle();

      expect(host.querySelector('[role="status"]')?.textContent).toContain('De status is nu Afgesloten.');
    });

    it('does not close without a reason', async () => {
      await openCase(buildCaseView());
      statusButton('Afsluiten')?.click();
      await answerDialog('   ');

      http.expectNone('/api/cases/c-1/status');
      expect(document.querySelector('mat-dialog-container mat-error')?.textContent).toContain('Dit veld is verplicht.');
    });

    it('on a conflict shows the current state and keeps the reason typed for the next try', async () => {
      await openCase(
        buildCaseView({
          status: 'actief',
          permissions: { edit: true, changeStatusTo: ['afgesloten'], recordVisit: true },
        }),
      );
      statusButton('Afsluiten')?.click();
      await answerDialog('Doel bereikt.');

      const current = buildCaseView({
        status: 'actief',
        version: 7,
        question: 'Ik kan de huur niet meer betalen en heb schulden.',
        permissions: { edit: true, changeStatusTo: ['afgesloten'], recordVisit: true },
      });
      http
        .expectOne('/api/cases/c-1/status')
        .flush(
          { statusCode: 409, error: 'Conflict', message: 'Gewijzigd.', current },
          { status: 409, statusText: 'Conflict' },
        );
      await settle();

      expect(host.querySelector('[role="alert"]')?.textContent).toContain(
        'intussen door iemand anders gewijzigd en is nu Actief',
      );
      expect(host.textContent).toContain('Ik kan de huur niet meer betalen en heb schulden.');

      statusButton('Afsluiten')?.click();
      await settle();
      expect(dialogTextarea()?.value).toBe('Doel bereikt.');
      document.querySelector<HTMLButtonElement>('mat-dialog-container button[type="submit"]')?.click();
      await settle();

      const retry = http.expectOne('/api/cases/c-1/status');
      expect(retry.request.body).toEqual({ status: 'afgesloten', reason: 'Doel bereikt.', version: 7 });
      retry.flush(
        buildCaseView({
          status: 'afgesloten',
          version: 8,
          permissions: { edit: false, changeStatusTo: [], recordVisit: false },
        }),
        CREATED,
      );
    });
  });

  describe('recording a visit', () => {
    it("puts the API's reasons next to the visit form's fields", async () => {
      await openCase(buildCaseView());
      const form = host.querySelector('naast-visit-form') as HTMLElement;
      const set = (name: string, value: string, event = 'input') => {
        const input = form.querySelector<HTMLInputElement>(`[formcontrolname="${name}"]`) as HTMLInputElement;
        input.value = value;
        input.dispatchEvent(new Event(event));
      };
      set('minutes', '30');
      set('mode', 'phone', 'change');
      set('summary', 'Gebeld.');
      form.querySelector<HTMLElement>('[role="option"]')?.click();
      await settle();
      form.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await settle();

      const request = http.expectOne('/api/cases/c-1/visits');
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toMatchObject({
        minutes: 30,
        mode: 'phone',
        summary: 'Gebeld.',
        domains: ['wonen'],
      });
      request.flush(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: 'Ongeldige invoer.',
          details: [{ field: 'summary', reason: 'is te kort' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await settle();

      const summaryField = form.querySelector('[formcontrolname="summary"]')?.closest('mat-form-field');
      expect(summaryField?.querySelector('mat-error')?.textContent?.trim()).toBe('is te kort');
      expect(host.querySelector('[role="alert"]')?.textContent).toContain('De invoer is niet geaccepteerd.');
    });
  });

  describe('contactmomenten', () => {
    function buildVisitView(id: string, overrides: Partial<VisitView> = {}): VisitView {
      return {
        id,
        caseId: 'c-1',
        occurredAt: '2026-03-09T10:00:00.000Z',
        minutes: 30,
        mode: 'phone',
        domains: ['wonen'],
        summary: `Contact ${id}`,
        nextSteps: null,
        author: { id: 'u-9', displayName: 'Henk Jansen', role: 'volunteer' },
        createdAt: '2026-03-09T11:00:00.000Z',
        amendments: [],
        acknowledgement: null,
        permissions: { amend: false, acknowledge: false },
        version: 1,
        ...overrides,
      };
    }

    const amendButtons = () => Array.from(host.querySelectorAll<HTMLButtonElement>('button.amend'));
    const moreButton = () =>
      Array.from(host.querySelectorAll<HTMLButtonElement>('button')).find(
        (b) => b.textContent?.trim() === 'Meer contactmomenten laden',
      );

    it("offers a correction on the visits the API allows, also another's (a lead supporter corrects a volunteer's report)", async () => {
      await openCase(buildCaseView(), [
        buildVisitView('v-2', { permissions: { amend: true, acknowledge: false } }),
        buildVisitView('v-1', {
          occurredAt: '2026-03-01T10:00:00.000Z',
          permissions: { amend: false, acknowledge: false },
        }),
      ]);

      expect(amendButtons()).toHaveLength(1);
      amendButtons()[0].click();
      await settle();

      expect(host.querySelector('#amend-heading')).not.toBeNull();
      expect(amendButtons()).toHaveLength(0);
    });

    it('loads older contactmomenten below the ones shown', async () => {
      await openCase(buildCaseView(), [buildVisitView('v-2')], 'cursor-1');
      moreButton()?.click();
      await settle();

      const next = http.expectOne((r) => r.url === '/api/cases/c-1/visits' && r.params.get('cursor') === 'cursor-1');
      next.flush({
        items: [buildVisitView('v-1', { occurredAt: '2026-02-01T10:00:00.000Z', summary: 'Eerste kennismaking.' })],
        nextCursor: null,
      });
      await settle();

      const summaries = Array.from(host.querySelectorAll('naast-visit-timeline .summary')).map((p) => p.textContent);
      expect(summaries).toEqual(['Contact v-2', 'Eerste kennismaking.']);
      expect(moreButton()).toBeUndefined();
    });
  });
});
