import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { ReassignCaseComponent, type ReassignChoice } from './reassign-case.component';

const candidates = [
  { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' },
  { id: 'u-2', displayName: 'Jeroen Willems', role: 'supporter' },
] as const;

describe(ReassignCaseComponent.name, () => {
  let fixture: ComponentFixture<ReassignCaseComponent>;
  let host: HTMLElement;
  let emitted: ReassignChoice[];

  const button = (text: RegExp) =>
    Array.from(host.querySelectorAll('button')).find((b) => text.test(b.textContent ?? '')) as HTMLButtonElement;

  async function openAndChoose(): Promise<void> {
    button(/Andere casushouder/).click();
    await fixture.whenStable();
    const select = host.querySelector('select') as HTMLSelectElement;
    select.value = 'u-2';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [ReassignCaseComponent],
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    }).compileComponents();
    fixture = TestBed.createComponent(ReassignCaseComponent);
    fixture.componentRef.setInput('candidates', candidates);
    fixture.componentRef.setInput('currentLeadId', 'u-1');
    emitted = [];
    fixture.componentInstance.reassign.subscribe((choice) => emitted.push(choice));
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('hands over without asking for a justification when nothing was refused', async () => {
    await openAndChoose();
    expect(host.textContent).not.toContain('Onderbouwing');
    button(/Overdragen/).click();
    expect(emitted).toEqual([{ leadSupporterId: 'u-2', reason: null }]);
  });

  it('after a refused tie, asks for a justification and sends it as an override', async () => {
    await openAndChoose();
    fixture.componentRef.setInput('independenceConflict', true);
    fixture.componentRef.setInput('error', 'Jeroen Willems is bestuurslid van Zorggroep Stad.');
    await fixture.whenStable();

    const textarea = host.querySelector('textarea[formcontrolname="justification"]') as HTMLTextAreaElement;
    expect(textarea).toBeTruthy();
    textarea.value = 'Kort';
    textarea.dispatchEvent(new Event('input'));
    button(/Toch toewijzen met deze onderbouwing/).click();
    await fixture.whenStable();
    expect(emitted).toEqual([]);
    expect(host.textContent).toContain('Schrijf een onderbouwing van minstens 10 tekens.');

    textarea.value = 'De cliënt vraagt uitdrukkelijk om deze ondersteuner.';
    textarea.dispatchEvent(new Event('input'));
    button(/Toch toewijzen met deze onderbouwing/).click();
    expect(emitted).toEqual([
      {
        leadSupporterId: 'u-2',
        reason: null,
        independenceOverride: { justification: 'De cliënt vraagt uitdrukkelijk om deze ondersteuner.' },
      },
    ]);
  });
});
