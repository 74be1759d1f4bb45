import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { VisitView } from '@naast/contracts';
import { VisitTimelineComponent } from './visit-timeline.component';

function buildVisitView(overrides: Partial<VisitView> = {}): VisitView {
  return {
    id: 'v-1',
    caseId: 'c-1',
    occurredAt: '2026-03-09T10:00:00.000Z',
    minutes: 45,
    mode: 'home_visit',
    domains: ['wonen'],
    summary: 'Huurachterstand besproken.',
    nextSteps: null,
    author: { id: 'u-1', displayName: 'Bram Visser', role: 'volunteer' },
    createdAt: '2026-03-09T11:00:00.000Z',
    amendments: [],
    acknowledgement: null,
    permissions: { amend: false, acknowledge: false },
    version: 1,
    ...overrides,
  };
}

describe(VisitTimelineComponent.name, () => {
  let fixture: ComponentFixture<VisitTimelineComponent>;
  let host: HTMLElement;

  beforeEach(() => {
    fixture = TestBed.createComponent(VisitTimelineComponent);
    host = fixture.nativeElement as HTMLElement;
  });

  async function show(visits: VisitView[], amendable = false): Promise<void> {
    fixture.componentRef.setInput('visits', visits);
    fixture.componentRef.setInput('amendable', amendable);
    await fixture.whenStable();
  }

  it('says so when nothing was recorded yet', async () => {
    await show([]);
    expect(host.textContent).toContain('Er zijn nog geen contactmomenten vastgelegd.');
  });

  it('shows a corrected contact with its history: who, when, why, and what was and is', async () => {
    await show([
      buildVisitView({
        minutes: 60,
        amendments: [
          {
            id: 'a-1',
            reason: 'Duur verkeerd ingevuld.',
            previous: { minutes: 45 },
            changed: { minutes: 60 },
            amendedBy: { id: 'u-1', displayName: 'Bram Visser', role: 'volunteer' },
            amendedAt: '2026-03-09T12:00:00.000Z',
          },
        ],
      }),
    ]);

    const history = host.querySelector('details');
    expect(history?.querySelector('summary')?.textContent).toContain('1 correctie');
    expect(history?.textContent).toContain('Duur verkeerd ingevuld.');
    expect(history?.querySelector('del')?.textContent).toBe('45 minuten');
    expect(history?.querySelector('ins')?.textContent).toBe('60 minuten');
  });

  it('offers a correction only on the contacts the API says the reader may correct', async () => {
    const corrections: VisitView[] = [];
    fixture.componentInstance.amend.subscribe((visit) => corrections.push(visit));
    await show(
      [
        buildVisitView({
          id: 'correctable',
          author: { id: 'u-2', displayName: 'Anna', role: 'supporter' },
          permissions: { amend: true, acknowledge: false },
        }),
        buildVisitView({ id: 'read-only', permissions: { amend: false, acknowledge: false } }),
      ],
      true,
    );

    const buttons = host.querySelectorAll<HTMLButtonElement>('button.amend');
    expect(buttons).toHaveLength(1);
    buttons[0].click();
    expect(corrections.map((v) => v.id)).toEqual(['correctable']);
  });

  it('offers no correction at all while the page does not allow one (e.g. one is being written)', async () => {
    await show([buildVisitView({ permissions: { amend: true, acknowledge: false } })], false);

    expect(host.querySelector('button.amend')).toBeNull();
  });

  it('offers older contacts when there are more, and asks for them', async () => {
    let asked = 0;
    fixture.componentInstance.loadMore.subscribe(() => asked++);
    fixture.componentRef.setInput('hasMore', true);
    await show([buildVisitView()]);

    const more = Array.from(host.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent?.trim() === 'Meer contactmomenten laden',
    );
    more?.click();
    expect(asked).toBe(1);

    fixture.componentRef.setInput('hasMore', false);
    await fixture.whenStable();
    expect(host.textContent).not.toContain('Meer contactmomenten laden');
  });
});
