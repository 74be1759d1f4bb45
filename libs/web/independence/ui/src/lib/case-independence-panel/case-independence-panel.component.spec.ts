import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CaseIndependenceView } from '@naast/contracts';
import { CaseIndependencePanelComponent } from './case-independence-panel.component';

const tie = {
  person: { id: 'u-1', displayName: 'Jeroen Willems', role: 'supporter' as const },
  assignment: 'lead' as const,
  affiliation: {
    id: 'a-1',
    kind: 'provider_tie' as const,
    party: { kind: 'zorgaanbieder' as const, name: 'Zorggroep Stad' },
    description: 'Lid raad van toezicht',
    validFrom: null,
    validUntil: null,
  },
  party: { kind: 'zorgaanbieder' as const, name: 'Zorggroep Stad', contact: null },
};

describe(CaseIndependencePanelComponent.name, () => {
  let fixture: ComponentFixture<CaseIndependencePanelComponent>;

  async function show(view: CaseIndependenceView): Promise<HTMLElement> {
    TestBed.configureTestingModule({ imports: [CaseIndependencePanelComponent], providers: [provideRouter([])] });
    fixture = TestBed.createComponent(CaseIndependencePanelComponent);
    fixture.componentRef.setInput('view', view);
    fixture.componentRef.setInput('roleCardUrl', '/caseload/c-1/rolkaart');
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('names the tie and lets a team lead allow it with a justification', async () => {
    const host = await show({ caseId: 'c-1', warnings: [tie], overrides: [], canOverride: true });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Jeroen Willems heeft een band met een zorgaanbieder (Lid raad van toezicht) bij Zorggroep Stad',
    );
    const emitted: string[] = [];
    fixture.componentInstance.overrideRequested.subscribe((j) => emitted.push(j));
    const textarea = host.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = '  De cliënt kiest hier zelf voor.  ';
    textarea.dispatchEvent(new Event('input'));
    (host.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    expect(emitted).toEqual(['De cliënt kiest hier zelf voor.']);
  });

  it('tells a supporter that a team lead decides, and shows overrides with who and why', async () => {
    const host = await show({
      caseId: 'c-1',
      warnings: [tie],
      overrides: [
        {
          id: 'o-1',
          person: tie.person,
          affiliationKind: 'provider_tie',
          affiliationDescription: null,
          party: { kind: 'zorgaanbieder', name: 'Buurtzorg' },
          justification: 'Afgestemd met de cliënt.',
          decidedBy: { id: 'tl', displayName: 'Ingrid Bakker', role: 'team_lead' },
          decidedAt: '2026-11-20T10:00:00.000Z',
        },
      ],
      canOverride: false,
    });
    expect(host.querySelector('textarea')).toBeNull();
    expect(host.textContent).toContain('Een teamleider van het team beslist of dit mag.');
    expect(host.textContent).toContain('Afgestemd met de cliënt.');
    expect(host.textContent).toContain('Toegestaan door Ingrid Bakker op 20 november 2026');
    expect(host.querySelector('a')?.getAttribute('href')).toBe('/caseload/c-1/rolkaart');
  });
});
