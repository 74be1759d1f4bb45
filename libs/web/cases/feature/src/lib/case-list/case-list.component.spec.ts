import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import type { CaseListItem, Role } from '@naast/contracts';
import { AUTH_LOGIN_URL, SessionStore } from '@naast/web-core';
import { CaseListComponent } from './case-list.component';

function buildCaseListItem(overrides: Partial<CaseListItem> = {}): CaseListItem {
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
    status: 'intake',
    registeredOn: '2026-01-10',
    leadSupporter: { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' },
    teamId: 't-1',
    updatedAt: '2026-01-11T10:00:00Z',
    ...overrides,
  };
}

describe(CaseListComponent.name, () => {
  let fixture: ComponentFixture<CaseListComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  /** `params`: query parameters of a drill-down link, bound to the page's inputs. */
  async function openAs(role: Role, view: 'mine' | 'team', params: Record<string, string> = {}): Promise<void> {
    TestBed.configureTestingModule({
      imports: [CaseListComponent],
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
      id: 'u-1',
      email: 'x@example.org',
      displayName: 'Anna de Boer',
      role,
      organisation: { id: 'o-1', name: 'Org' },
      teams: [{ id: 't-1', name: 'Team Noord' }],
    });
    await signingIn;
    await TestBed.inject(Router).navigate([], { queryParams: params });
    fixture = TestBed.createComponent(CaseListComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('view', view);
    await settle();
  }

  const caseRequest = (): TestRequest => http.expectOne((r) => r.url === '/api/cases');

  afterEach(() => http.verify());

  it("a supporter's caseload starts with the open cases they lead", async () => {
    await openAs('supporter', 'mine');
    const request = caseRequest();

    expect(request.request.params.get('mine')).toBe('true');
    expect(request.request.params.getAll('status')).toEqual(['aangemeld', 'intake', 'actief']);
    request.flush({ items: [buildCaseListItem()], nextCursor: null });
    await settle();

    expect(host.querySelector('h1')?.textContent).toBe('Mijn caseload');
    const row = host.querySelector('tbody tr');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe('/caseload/c-1');
    expect(row?.textContent).toContain('Wonen, Inkomen');
    expect(host.querySelector('[role="status"]')?.textContent).toContain('1 ondersteuningsvraag getoond');
    expect(host.textContent).toContain('Nieuwe ondersteuningsvraag');
  });

  it('a drill-down link shows exactly the cases behind a figure, says which filter is on, and can clear it', async () => {
    await openAs('supporter', 'mine', { aandacht: 'no_contact' });
    const request = caseRequest();
    expect(request.request.params.get('attention')).toBe('no_contact');
    expect(request.request.params.get('mine')).toBe('true');
    // Attention decides which statuses count.
    expect(request.request.params.has('status')).toBe(false);
    request.flush({ items: [], nextCursor: null });
    await settle();
    expect(host.querySelector('.attention-filter')?.textContent).toContain(
      'Filter: Langer dan de afgesproken termijn geen contact',
    );

    Array.from(host.querySelectorAll<HTMLButtonElement>('button'))
      .find((b) => b.textContent?.trim() === 'Filter wissen')
      ?.click();
    await settle();
    const cleared = caseRequest();
    expect(cleared.request.params.has('attention')).toBe(false);
    cleared.flush({ items: [], nextCursor: null });
    await settle();
    expect(host.querySelector('.attention-filter')).toBeNull();
  });

  it("a team lead's drill-down narrows to one supporter and one status", async () => {
    await openAs('team_lead', 'team', { ondersteuner: 'u-7', status: 'intake' });
    http.match((r) => r.url === '/api/users').forEach((r) => r.flush([]));
    const request = caseRequest();
    expect(request.request.params.get('supporterId')).toBe('u-7');
    expect(request.request.params.getAll('status')).toEqual(['intake']);
    request.flush({ items: [], nextCursor: null });
    await settle();
    http.match((r) => r.url === '/api/users').forEach((r) => r.flush([]));
    http.match((r) => r.url === '/api/cases').forEach((r) => r.flush({ items: [], nextCursor: null }));
  });

  it('a supporter can switch to the whole team', async () => {
    await openAs('supporter', 'mine');
    caseRequest().flush({ items: [], nextCursor: null });
    await settle();

    Array.from(host.querySelectorAll<HTMLButtonElement>('mat-button-toggle button'))
      .find((b) => b.textContent?.includes('Van mijn team'))
      ?.click();
    await settle();

    const request = caseRequest();
    expect(request.request.params.has('mine')).toBe(false);
    request.flush({ items: [], nextCursor: null });
    await settle();
    expect(host.textContent).toContain('Geen ondersteuningsvragen gevonden met deze filters.');
  });

  it('searches by text after the user stops typing', async () => {
    await openAs('supporter', 'mine');
    caseRequest().flush({ items: [], nextCursor: null });
    const search = host.querySelector<HTMLInputElement>('input[formcontrolname="q"]') as HTMLInputElement;
    search.value = 'jans';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle();

    const request = caseRequest();
    expect(request.request.headers.get('X-Naast-Search')).toBe('jans');
    expect(request.request.urlWithParams).not.toContain('jans');
    request.flush({ items: [], nextCursor: null });
  });

  it('clearing several filters reloads the list once, at once', async () => {
    await openAs('supporter', 'mine');
    caseRequest().flush({ items: [], nextCursor: null });
    const filters = fixture.componentInstance['filters'];
    filters.controls.domain.setValue(['wonen']);
    caseRequest().flush({ items: [], nextCursor: null });
    filters.controls.status.setValue(['afgesloten']);
    caseRequest().flush({ items: [], nextCursor: null });
    filters.controls.q.setValue('jansen');
    await new Promise((resolve) => setTimeout(resolve, 350));
    caseRequest().flush({ items: [], nextCursor: null });

    Array.from(host.querySelectorAll<HTMLButtonElement>('button'))
      .find((b) => b.textContent?.trim() === 'Filters wissen')
      ?.click();
    await settle();

    const requests = http.match((r) => r.url === '/api/cases');
    expect(requests).toHaveLength(1);
    expect(requests[0].request.params.getAll('status')).toEqual(['aangemeld', 'intake', 'actief']);
    expect(requests[0].request.params.has('domain')).toBe(false);
    expect(requests[0].request.headers.has('X-Naast-Search')).toBe(false);
    requests[0].flush({ items: [], nextCursor: null });
  });

  it("a team lead's caseload offers a supporter filter and no mine toggle", async () => {
    await openAs('team_lead', 'team');
    const supporters = http.expectOne((r) => r.url === '/api/users');
    expect(supporters.request.params.get('teamId')).toBe('t-1');
    supporters.flush([
      { id: 'u-2', displayName: 'Bas Bakker', role: 'supporter' },
      { id: 'u-3', displayName: 'Vera Vos', role: 'volunteer' },
      { id: 'u-4', displayName: 'Ingrid Bakker', role: 'team_lead' },
    ]);
    const request = caseRequest();
    expect(request.request.params.has('mine')).toBe(false);
    request.flush({ items: [buildCaseListItem({ status: 'afgesloten' })], nextCursor: null });
    await settle();

    expect(host.querySelector('h1')?.textContent).toBe('Caseload team');
    expect(host.querySelector('mat-button-toggle-group')).toBeNull();
    // A team lead opens cases too (in one of their teams).
    expect(host.querySelector('a[href="/caseload/nieuw"]')?.textContent?.trim()).toBe('Nieuwe ondersteuningsvraag');
    // Lead supporters are supporters and team leads; volunteers lead no case.
    expect(fixture.componentInstance['supporters']().map((u) => u.id)).toEqual(['u-2', 'u-4']);

    fixture.componentInstance['filters'].controls.supporterId.setValue('u-2');
    await settle();
    expect(caseRequest().request.params.get('supporterId')).toBe('u-2');
  });
});
