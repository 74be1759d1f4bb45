import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { TimelineEntry, TimelineQuery } from '@naast/contracts';
import { timelineRows } from './case-timeline';
import { CaseTimelineComponent, type TimelineAcknowledgement } from './case-timeline.component';

const volunteer = { id: 'u-3', displayName: 'Bram Visser', role: 'volunteer' } as const;
const supporter = { id: 'u-1', displayName: 'Anna de Boer', role: 'supporter' } as const;

const entries: TimelineEntry[] = [
  {
    id: 'visit:v-2',
    kind: 'visit',
    at: '2026-11-03T10:00:00Z',
    actor: volunteer,
    domains: ['wonen'],
    visitId: 'v-2',
    mode: 'home_visit',
    minutes: 45,
    summary: 'De huurachterstand besproken.',
    nextSteps: 'Bellen met de verhuurder.',
    acknowledged: false,
  },
  {
    id: 'reassignment:r-1',
    kind: 'reassignment',
    at: '2026-11-02T10:00:00Z',
    actor: { id: 'u-9', displayName: 'Tessa Teamleider', role: 'team_lead' },
    domains: [],
    from: supporter,
    to: { id: 'u-2', displayName: 'Karim Bakker', role: 'supporter' },
    reason: 'Verlof',
  },
  {
    id: 'visit:v-1',
    kind: 'visit',
    at: '2026-11-01T10:00:00Z',
    actor: supporter,
    domains: [],
    visitId: 'v-1',
    mode: 'phone',
    minutes: 10,
    summary: 'Afspraak gemaakt.',
    nextSteps: null,
    acknowledged: false,
  },
];

describe('timelineRows', () => {
  it("offers acknowledging only a volunteer's report that was not read yet, and says so in words", () => {
    const rows = timelineRows(entries, 'nl');
    expect(rows.map((row) => row.acknowledgeVisitId)).toEqual(['v-2', null, null]);
    expect(rows[0].acknowledgedText).toBe('Nog niet gelezen');
    expect(rows[2].acknowledgedText).toBeNull();
  });

  it('names who handed the case to whom', () => {
    expect(timelineRows(entries, 'nl')[1].headline).toBe('Van Anna de Boer naar Karim Bakker');
  });
});

describe(CaseTimelineComponent.name, () => {
  let fixture: ComponentFixture<CaseTimelineComponent>;
  let host: HTMLElement;
  let filters: TimelineQuery[];
  let acknowledged: TimelineAcknowledgement[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    fixture = TestBed.createComponent(CaseTimelineComponent);
    host = fixture.nativeElement as HTMLElement;
    filters = [];
    acknowledged = [];
    fixture.componentInstance.filterChange.subscribe((query) => filters.push(query));
    fixture.componentInstance.acknowledge.subscribe((request) => acknowledged.push(request));
    fixture.componentRef.setInput('entries', entries);
    fixture.componentRef.setInput('loaded', true);
    fixture.componentRef.setInput('canAcknowledge', true);
    await fixture.whenStable();
  });

  it('shows the entries newest first and announces how many there are', () => {
    expect(Array.from(host.querySelectorAll('li.entry')).map((li) => li.getAttribute('data-kind'))).toEqual([
      'visit',
      'reassignment',
      'visit',
    ]);
    expect(host.querySelector('[role="status"]')?.textContent).toContain('3 gebeurtenissen');
  });

  it('asks for the chosen kinds and domain, and for everything again on "Alle tonen"', async () => {
    const visitBox = Array.from(host.querySelectorAll<HTMLLabelElement>('label.kind'))
      .find((label) => label.textContent?.includes('Contactmoment'))
      ?.querySelector('input');
    visitBox?.click();
    const select = host.querySelector<HTMLSelectElement>('select');
    if (select) {
      select.value = 'wonen';
      select.dispatchEvent(new Event('change'));
    }
    await fixture.whenStable();
    expect(filters.at(-1)).toEqual({ kind: ['visit'], domain: ['wonen'] });

    Array.from(host.querySelectorAll<HTMLButtonElement>('button'))
      .find((button) => button.textContent?.includes('Alle tonen'))
      ?.click();
    expect(filters.at(-1)).toEqual({ kind: [], domain: [] });
  });

  it("acknowledges a volunteer's report with the comment typed", async () => {
    host.querySelector<HTMLButtonElement>('naast-acknowledge-report button')?.click();
    await fixture.whenStable();
    const comment = host.querySelector<HTMLTextAreaElement>('naast-acknowledge-report textarea');
    if (comment) {
      comment.value = '  Goed dat je gebeld hebt.  ';
      comment.dispatchEvent(new Event('input'));
    }
    host.querySelector<HTMLFormElement>('naast-acknowledge-report form')?.dispatchEvent(new Event('submit'));
    expect(acknowledged).toEqual([{ visitId: 'v-2', comment: 'Goed dat je gebeld hebt.' }]);
  });
});
