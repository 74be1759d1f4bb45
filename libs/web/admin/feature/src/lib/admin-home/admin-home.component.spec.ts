import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AdminUserView, TeamView } from '@naast/contracts';
import { AdminHomeComponent } from './admin-home.component';

describe(AdminHomeComponent.name, () => {
  let fixture: ComponentFixture<AdminHomeComponent>;
  let host: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AdminHomeComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  it("lists the organisation's users and teams, sorted by name", async () => {
    const users: AdminUserView[] = [
      {
        id: 'u-2',
        displayName: 'Bram Visser',
        role: 'volunteer',
        email: 'bram@example.org',
        active: false,
        teams: [{ id: 't-1', name: 'Team Noord' }],
        lastLoginAt: null,
        secondFactorEnrolled: false,
        version: 1,
      },
      {
        id: 'u-1',
        displayName: 'Anna de Boer',
        role: 'supporter',
        email: 'anna@example.org',
        active: true,
        teams: [{ id: 't-1', name: 'Team Noord' }],
        lastLoginAt: '2026-03-01T08:00:00Z',
        secondFactorEnrolled: true,
        version: 3,
      },
    ];
    const teams: TeamView[] = [{ id: 't-1', name: 'Team Noord', memberCount: 2, version: 1 }];
    http.expectOne('/api/admin/users').flush(users);
    http.expectOne('/api/admin/teams').flush(teams);
    http.expectOne('/api/admin/organisation').flush({ noContactDays: 30, retentionMonths: 24 });
    http
      .expectOne('/api/admin/retention/dry-run')
      .flush({ retentionMonths: 24, checkedAt: '2026-11-30T02:30:00Z', candidates: [] });
    await settle();

    const rows = Array.from(host.querySelectorAll('section:first-of-type tbody tr'));
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual(['Anna de Boer', 'Bram Visser']);
    expect(rows[0].textContent).toContain('Cliëntondersteuner');
    expect(rows[1].textContent).toContain('Vrijwillig cliëntondersteuner');
    expect(rows[1].textContent).toContain('Geblokkeerd');
    expect(rows[1].textContent).toContain('Nooit');
    expect(host.textContent).toContain('Team Noord');
  });

  it('says when the list cannot be loaded', async () => {
    http
      .expectOne('/api/admin/users')
      .flush({ statusCode: 403, error: 'Forbidden', message: 'Nee.' }, { status: 403, statusText: 'Forbidden' });
    http.expectOne('/api/admin/teams').flush([]);
    http.expectOne('/api/admin/organisation').flush({ noContactDays: 30, retentionMonths: 24 });
    http
      .expectOne('/api/admin/retention/dry-run')
      .flush({ retentionMonths: 24, checkedAt: '2026-11-30T02:30:00Z', candidates: [] });
    await settle();

    expect(host.querySelector('[role="alert"]')?.textContent).toContain('Je hebt geen toestemming voor deze actie.');
  });
});
