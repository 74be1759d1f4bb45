import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CaseListItem } from '@naast/contracts';
import { LinkedCasesComponent } from './linked-cases.component';

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

  it('shows only the open cases the volunteer is linked to, each with a way to record a contact', async () => {
    const request = http.expectOne((r) => r.url === '/api/cases');
    expect(request.request.params.get('mine')).toBe('true');
    expect(request.request.params.getAll('status')).toEqual(['aangemeld', 'intake', 'actief']);
    const item: CaseListItem = {
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
    };
    request.flush({ items: [item], nextCursor: null });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    const link = host.querySelector('a[aria-label="Contactmoment vastleggen voor Jan Jansen"]');
    expect(link?.getAttribute('href')).toBe('/koppelingen/c-1');
    expect(host.textContent).toContain('Casushouder: Anna de Boer');
  });
});
