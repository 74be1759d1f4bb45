import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { CaseView, VisitDraftView } from '@naast/contracts';
import { AUTH_LOGIN_URL, SessionStore } from '@naast/web-core';
import { RecordVisitComponent } from './record-visit.component';

const supportCase = {
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
} satisfies CaseView;

function buildDraft(overrides: Partial<VisitDraftView> = {}): VisitDraftView {
  return {
    id: 'd-1',
    caseId: 'c-1',
    client: { id: 'cl-1', displayName: 'Jan Jansen' },
    fields: { minutes: 45, summary: 'Half af.' },
    createdAt: '2026-11-03T09:00:00Z',
    updatedAt: '2026-11-03T09:10:00Z',
    version: 1,
    ...overrides,
  };
}

describe(`${RecordVisitComponent.name} drafts`, () => {
  let fixture: ComponentFixture<RecordVisitComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function openAsVolunteer(draftId?: string): Promise<void> {
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
    const signingIn = TestBed.inject(SessionStore).signIn({ email: 'x@example.org', password: 'x' });
    http.expectOne(AUTH_LOGIN_URL).flush({
      id: 'u-3',
      email: 'x@example.org',
      displayName: 'Bram Visser',
      role: 'volunteer',
      organisation: { id: 'o-1', name: 'Org' },
      teams: [{ id: 't-1', name: 'Team Noord' }],
    });
    await signingIn;
    fixture = TestBed.createComponent(RecordVisitComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('caseId', 'c-1');
    if (draftId) {
      fixture.componentRef.setInput('concept', draftId);
    }
    await settle();
    http.expectOne('/api/cases/c-1').flush(supportCase);
    http.expectOne((r) => r.url === '/api/cases/c-1/visits').flush({ items: [], nextCursor: null });
    await settle();
  }

  const field = <T extends HTMLElement>(name: string): T => host.querySelector<T>(`[formcontrolname="${name}"]`) as T;

  function type(name: string, value: string, event = 'input'): void {
    const input = field<HTMLInputElement>(name);
    input.value = value;
    input.dispatchEvent(new Event(event));
  }

  function button(text: string): HTMLButtonElement {
    const found = Array.from(host.querySelectorAll<HTMLButtonElement>('button')).find(
      (candidate) => candidate.textContent?.trim() === text,
    );
    if (!found) {
      throw new Error(`No button "${text}".`);
    }
    return found;
  }

  afterEach(() => http.verify());

  it('keeps an unfinished report as a draft on the server, never in browser storage', async () => {
    await openAsVolunteer();
    const setItem = jest.spyOn(Storage.prototype, 'setItem');
    type('minutes', '30');
    type('summary', 'Nog niet af.');
    button('Opslaan als concept').click();
    await settle();

    const request = http.expectOne('/api/cases/c-1/visit-drafts');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toMatchObject({ minutes: 30, summary: 'Nog niet af.' });
    request.flush(buildDraft({ fields: request.request.body }));
    await settle();

    expect(host.querySelector('.notice')?.textContent).toContain('Opgeslagen als concept.');
    expect(setItem).not.toHaveBeenCalled();
    setItem.mockRestore();
  });

  it('continues a draft, saves it on its version and sends it; refusals show next to the field', async () => {
    await openAsVolunteer('d-1');
    http.expectOne('/api/visit-drafts/d-1').flush(buildDraft());
    await settle();
    expect(field<HTMLInputElement>('minutes').value).toBe('45');
    expect(field<HTMLTextAreaElement>('summary').value).toBe('Half af.');

    type('mode', 'phone', 'change');
    type('summary', 'Nu wel af.');
    button('Versturen').click();
    await settle();

    const save = http.expectOne('/api/visit-drafts/d-1');
    expect(save.request.method).toBe('PUT');
    expect(save.request.body).toMatchObject({ version: 1, minutes: 45, mode: 'phone', summary: 'Nu wel af.' });
    save.flush(buildDraft({ version: 2, fields: save.request.body }));
    await settle();

    const submit = http.expectOne('/api/visit-drafts/d-1/submit');
    expect(submit.request.body).toEqual({ version: 2 });
    submit.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Ongeldige invoer.',
        details: [{ field: 'summary', reason: 'Schrijf iets meer op.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(host.querySelector('mat-error')?.textContent).toContain('Schrijf iets meer op.');
    // The typed input stays.
    expect(field<HTMLTextAreaElement>('summary').value).toBe('Nu wel af.');
  });

  it('after a conflict keeps the typed input and bases the next save on the version saved now', async () => {
    await openAsVolunteer('d-1');
    http.expectOne('/api/visit-drafts/d-1').flush(buildDraft());
    await settle();

    type('summary', 'Mijn versie.');
    button('Opslaan als concept').click();
    await settle();
    const current = buildDraft({ version: 3, fields: { summary: 'Versie van het andere apparaat.' } });
    http
      .expectOne('/api/visit-drafts/d-1')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Gewijzigd.', current },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('ergens anders gewijzigd');
    expect(field<HTMLTextAreaElement>('summary').value).toBe('Mijn versie.');

    button('Opslaan als concept').click();
    await settle();
    const retry = http.expectOne('/api/visit-drafts/d-1');
    expect(retry.request.body).toMatchObject({ version: 3, summary: 'Mijn versie.' });
    retry.flush(buildDraft({ version: 4 }));
    await settle();
  });
});
