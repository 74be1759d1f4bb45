import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { VolunteerWorkView } from '@naast/contracts';
import { LinkedCasesComponent } from './linked-cases.component';

function buildVolunteerWork(overrides: Partial<VolunteerWorkView> = {}): VolunteerWorkView {
  return {
    cases: [
      {
        caseId: 'c-1',
        client: { id: 'cl-1', displayName: 'Jan Jansen', phone: '06 12 34 56 78', city: 'Utrecht' },
        leadSupporter: { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' },
        lastAgreed: {
          occurredAt: '2026-11-02T10:00:00Z',
          nextSteps: 'Samen naar het Wmo-loket.',
          by: { id: 'u-2', displayName: 'Vera Vrijwilliger', role: 'volunteer' },
        },
        myOpenActions: [
          { id: 'a-1', description: 'Formulier ophalen', dueOn: '2026-11-01', overdue: true },
          { id: 'a-2', description: 'Afspraak bellen', dueOn: null, overdue: false },
        ],
      },
    ],
    drafts: [
      {
        id: 'd-1',
        caseId: 'c-1',
        client: { id: 'cl-1', displayName: 'Jan Jansen' },
        fields: { minutes: 30 },
        createdAt: '2026-11-03T09:00:00Z',
        updatedAt: '2026-11-03T09:10:00Z',
        version: 2,
      },
    ],
    hoursThisMonth: { month: '2026-11', minutes: 150, visits: 3 },
    acknowledgements: {
      total: 1,
      items: [
        {
          visitId: 'v-1',
          caseId: 'c-1',
          client: { id: 'cl-1', displayName: 'Jan Jansen' },
          occurredAt: '2026-11-02T10:00:00Z',
          acknowledgement: {
            by: { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' },
            at: '2026-11-02T15:00:00Z',
            comment: 'Mooi gedaan, dank je.',
          },
        },
      ],
    },
    ...overrides,
  };
}

describe(LinkedCasesComponent.name, () => {
  let fixture: ComponentFixture<LinkedCasesComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LinkedCasesComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it('shows per linked case only what a visit needs: name, phone to call, what was agreed, my open actions', async () => {
    http.expectOne('/api/workspace/my-visits').flush(buildVolunteerWork());
    await settle();

    const link = host.querySelector('a[aria-label="Contactmoment vastleggen voor Jan Jansen"]');
    expect(link?.getAttribute('href')).toBe('/koppelingen/c-1');
    expect(host.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:0612345678');
    expect(host.textContent).toContain('Samen naar het Wmo-loket.');
    expect(host.textContent).toContain('Formulier ophalen');
    // Overdue is said in words, not only by colour.
    expect(host.querySelector('.overdue')?.textContent).toContain('te laat');
  });

  it('offers to continue or delete each draft, and deletes one on the server', async () => {
    http.expectOne('/api/workspace/my-visits').flush(buildVolunteerWork());
    await settle();

    const resume = host.querySelector('a[aria-label="Concept voor Jan Jansen afmaken"]');
    expect(resume?.getAttribute('href')).toBe('/koppelingen/c-1?concept=d-1');

    host.querySelector<HTMLButtonElement>('button[aria-label="Concept voor Jan Jansen verwijderen"]')?.click();
    const request = http.expectOne('/api/visit-drafts/d-1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(host.querySelector('a[aria-label="Concept voor Jan Jansen afmaken"]')).toBeNull();
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Het concept voor Jan Jansen is verwijderd.');
  });

  it("shows this month's hours and the supporters' comments on my reports", async () => {
    http.expectOne('/api/workspace/my-visits').flush(buildVolunteerWork());
    await settle();

    expect(host.textContent).toContain('2 uur en 30 minuten, in 3 contactmomenten.');
    expect(host.textContent).toContain('Gelezen door Anna de Boer');
    expect(host.querySelector('blockquote')?.textContent).toContain('Mooi gedaan, dank je.');
  });
});
