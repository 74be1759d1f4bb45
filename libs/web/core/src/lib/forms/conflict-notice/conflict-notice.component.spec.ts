import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { ConflictNoticeComponent } from './conflict-notice.component';

describe(ConflictNoticeComponent.name, () => {
  let fixture: ComponentFixture<ConflictNoticeComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(ConflictNoticeComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('rows', [
      { label: 'Doel', saved: 'Een woning met lift', mine: 'Een benedenwoning' },
      { label: 'Status', saved: 'Mee bezig', mine: null },
    ]);
    await fixture.whenStable();
  });

  it('announces what is saved now next to what the user typed, and marks fields the user left alone', () => {
    const notice = host.querySelector('[role="alert"]');
    expect(notice?.textContent).toContain('Iemand anders heeft dit intussen gewijzigd.');
    const rows = Array.from(host.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Doel', 'Een woning met lift', 'Een benedenwoning'],
      ['Status', 'Mee bezig', '(niet gewijzigd)'],
    ]);
    expect(Array.from(host.querySelectorAll('thead th')).map((th) => th.textContent?.trim())).toEqual([
      'Veld',
      'Nu opgeslagen',
      'Jouw invoer',
    ]);
  });

  it('offers both ways on and moves focus to itself', async () => {
    const choices: string[] = [];
    fixture.componentInstance.keepMine.subscribe(() => choices.push('mine'));
    fixture.componentInstance.takeSaved.subscribe(() => choices.push('saved'));
    const buttons = Array.from(host.querySelectorAll<HTMLButtonElement>('button'));
    expect(buttons.map((b) => b.textContent?.trim())).toEqual([
      'Mijn invoer toch opslaan',
      'Opgeslagen gegevens overnemen',
    ]);
    buttons.forEach((b) => b.click());
    expect(choices).toEqual(['mine', 'saved']);

    fixture.componentInstance.focus();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(document.activeElement?.textContent).toContain('Iemand anders heeft dit intussen gewijzigd.');
  });
});
