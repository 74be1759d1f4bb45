import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { MyWorkView } from '@naast/contracts';
import { MyWorkComponent } from './my-work.component';

const client = { id: 'cl-1', displayName: 'Jan Jansen' };

function buildMyWork(): MyWorkView {
  return {
    noContactDays: 30,
    openCases: { total: 7, byStatus: { aangemeld: 2, intake: 1, actief: 4 } },
    withoutContact: {
      total: 12,
      items: [{ caseId: 'c-1', client, status: 'actief', lastContactOn: null, daysWithoutContact: 41 }],
    },
    overdueActions: { total: 1, items: [] },
    upcoming: {
      total: 2,
      items: [
        { kind: 'evaluation', caseId: 'c-1', client, date: '2026-11-01', label: '', passed: true },
        { kind: 'procedure_deadline', caseId: 'c-2', client, date: '2026-12-01', label: 'Bezwaar', passed: false },
      ],
    },
    newReports: {
      total: 2,
      items: [
        {
          visitId: 'v-1',
          caseId: 'c-1',
          client,
          volunteer: { id: 'u-3', displayName: 'Bram Visser', role: 'volunteer' },
          occurredAt: '2026-11-02T10:00:00Z',
          minutes: 30,
          mode: 'home_visit',
          domains: ['wonen'],
          summary: 'De post doorgenomen.',
          nextSteps: null,
        },
      ],
    },
  };
}

describe(MyWorkComponent.name, () => {
  let fixture: ComponentFixture<MyWorkComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyWorkComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/workspace/my-work').flush(buildMyWork());
    await settle();
  });

  afterEach(() => http.verify());

  it('links every figure to the case list filtered on the cases behind it', () => {
    const noContact = host.querySelector('a[aria-label^="12 ondersteuningsvragen langer dan 30 dagen"]');
    expect(noContact?.getAttribute('href')).toBe('/caseload?aandacht=no_contact');
    const intake = host.querySelector('a[aria-label^="1 met status Intake"]');
    expect(intake?.getAttribute('href')).toBe('/caseload?status=intake');
    expect(host.querySelector('a[aria-label^="1 ondersteuningsvragen met een actie"]')?.getAttribute('href')).toBe(
      '/caseload?aandacht=overdue_actions',
    );
  });

  it('says in words that a date has passed', () => {
    const passed = host.querySelector('li.passed');
    expect(passed?.textContent).toContain('Verstreken');
    expect(passed?.textContent).toContain('verstreken op');
  });

  it("acknowledges a volunteer's report inline and takes it off the list", async () => {
    host.querySelector<HTMLButtonElement>('naast-acknowledge-report button')?.click();
    await fixture.whenStable();
    const comment = host.querySelector<HTMLTextAreaElement>('naast-acknowledge-report textarea');
    if (comment) {
      comment.value = 'Dank je!';
      comment.dispatchEvent(new Event('input'));
    }
    host.querySelector<HTMLFormElement>('naast-acknowledge-report form')?.dispatchEvent(new Event('submit'));
    const request = http.expectOne('/api/visits/v-1/acknowledgement');
    expect(request.request.body).toEqual({ comment: 'Dank je!' });
    request.flush({});
    await settle();

    expect(host.querySelector('naast-acknowledge-report')).toBeNull();
    expect(host.querySelector('#reports-heading')?.textContent).toContain('(1)');
    expect(host.querySelector('[role="status"]')?.textContent).toContain('als gelezen gemarkeerd');
  });

  it('keeps the report and says why when acknowledging fails', async () => {
    host.querySelector<HTMLButtonElement>('naast-acknowledge-report button')?.click();
    await fixture.whenStable();
    host.querySelector<HTMLFormElement>('naast-acknowledge-report form')?.dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/visits/v-1/acknowledgement')
      .flush({ statusCode: 403, error: 'Forbidden', message: 'Nee.' }, { status: 403, statusText: 'Forbidden' });
    await settle();

    expect(host.querySelector('naast-acknowledge-report [role="alert"]')?.textContent).toContain('geen toestemming');
  });
});
