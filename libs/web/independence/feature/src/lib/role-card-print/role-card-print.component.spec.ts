import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { RoleCardView } from '@naast/contracts';
import { RoleCardPrintComponent } from './role-card-print.component';

const card: RoleCardView = {
  caseId: 'c-1',
  title: 'Mijn cliëntondersteuner',
  clientName: 'Willem Smit',
  supporterName: 'Sanne de Vries',
  organisation: { name: 'Cliëntondersteuning Utrecht', phone: '030 200 40 60', email: null },
  sections: [
    { key: 'whatWeDoNot', title: 'Wat doet uw cliëntondersteuner niet?', body: 'Wij beslissen niet over uw aanvraag.' },
    { key: 'howToReachUs', title: 'Zo bereikt u ons', body: 'Bel ons.' },
  ],
  issuedOn: '2026-11-29',
};

describe(RoleCardPrintComponent.name, () => {
  it('shows the card for the client with how to reach the supporter, and links the PDF', async () => {
    TestBed.configureTestingModule({
      imports: [RoleCardPrintComponent],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(RoleCardPrintComponent);
    fixture.componentRef.setInput('id', 'c-1');
    await fixture.whenStable();
    http.expectOne('/api/cases/c-1/role-card').flush(card);
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelector('h1')?.textContent).toBe('Mijn cliëntondersteuner');
    expect(host.textContent).toContain('Voor Willem Smit');
    expect(host.textContent).toContain('Wij beslissen niet over uw aanvraag.');
    expect(host.querySelector('dl.contact')?.textContent).toContain('030 200 40 60');
    expect(host.querySelector('dl.contact')?.textContent).not.toContain('E-mail');
    expect(host.querySelector('a[download]')?.getAttribute('href')).toBe('/api/cases/c-1/role-card.pdf');
    http.verify();
  });
});
