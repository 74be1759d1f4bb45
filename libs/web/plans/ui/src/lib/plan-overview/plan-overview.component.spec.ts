import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { PlanActionView, PlanGoalView } from '@naast/contracts';
import { overviewRows, planProgress } from './plan-overview';
import { PlanOverviewComponent } from './plan-overview.component';

function buildAction(overrides: Partial<PlanActionView> = {}): PlanActionView {
  return {
    id: 'a-1',
    goalId: 'g-debts',
    description: 'Schuldhulpverlening aanvragen',
    owner: { kind: 'client', user: null, name: null },
    dueOn: '2026-12-01',
    status: 'open',
    doneOn: null,
    overdue: false,
    permissions: { edit: true, complete: true },
    version: 1,
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

function buildGoal(overrides: Partial<PlanGoalView> = {}): PlanGoalView {
  return {
    id: 'g-1',
    position: 1,
    title: 'Doel',
    desiredOutcome: null,
    domains: ['zorg'],
    status: 'open',
    stoppedReason: null,
    dependsOn: [],
    actions: [],
    version: 1,
    updatedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

/** Debts block the move, which the client wants for their health: the kind of knot a plan must show. */
const goals: PlanGoalView[] = [
  buildGoal({
    id: 'g-debts',
    position: 1,
    title: 'Ik wil geen schulden meer hebben',
    domains: ['inkomen', 'wonen'],
    status: 'in_progress',
    actions: [
      buildAction({
        id: 'a-late',
        description: 'Brieven van schuldeisers verzamelen',
        overdue: true,
        dueOn: '2026-11-01',
      }),
      buildAction({ id: 'a-done', description: 'Budgetplan maken', status: 'done', doneOn: '2026-11-10' }),
      buildAction({ id: 'a-cancelled', description: 'Lening afsluiten', status: 'cancelled' }),
    ],
  }),
  buildGoal({
    id: 'g-house',
    position: 2,
    title: 'Ik wil een woning zonder trap',
    domains: ['wonen'],
    dependsOn: ['g-debts'],
    actions: [buildAction({ id: 'a-wmo', goalId: 'g-house', description: 'Wmo-melding doen' })],
  }),
  buildGoal({ id: 'g-care', position: 3, title: 'Ik wil hulp bij het douchen', domains: ['zorg'], status: 'achieved' }),
];

describe('overviewRows', () => {
  it('lists a goal under each of its domains, in the domains’ own order, naming the other domains', () => {
    const rows = overviewRows({ goals });
    expect(rows.map((row) => row.domain.code)).toEqual(['zorg', 'wonen', 'inkomen']);
    const housing = rows.find((row) => row.domain.code === 'wonen');
    expect(housing?.goals.map((g) => g.goal.id)).toEqual(['g-debts', 'g-house']);
    expect(housing?.goals[0].otherDomains).toEqual(['inkomen']);
    const income = rows.find((row) => row.domain.code === 'inkomen');
    expect(income?.goals.map((g) => g.goal.id)).toEqual(['g-debts']);
    expect(income?.goals[0].otherDomains).toEqual(['wonen']);
  });

  it('resolves dependencies both ways', () => {
    const housing = overviewRows({ goals }).find((row) => row.domain.code === 'wonen');
    const [debts, house] = housing?.goals ?? [];
    expect(house.dependsOn).toEqual([{ id: 'g-debts', title: 'Ik wil geen schulden meer hebben' }]);
    expect(debts.dependents).toEqual([{ id: 'g-house', title: 'Ik wil een woning zonder trap' }]);
    expect(debts.dependsOn).toEqual([]);
  });
});

describe('planProgress', () => {
  it('counts goals by status, done actions of those that still count, and late ones', () => {
    const progress = planProgress({ goals });
    expect(progress.goalsTotal).toBe(3);
    expect(progress.goalsByStatus).toEqual([
      { status: 'open', count: 1 },
      { status: 'in_progress', count: 1 },
      { status: 'achieved', count: 1 },
      { status: 'stopped', count: 0 },
    ]);
    // The cancelled action no longer counts.
    expect(progress.actionsDone).toBe(1);
    expect(progress.actionsTotal).toBe(3);
    expect(progress.overdueActions).toBe(1);
  });
});

describe(PlanOverviewComponent.name, () => {
  let fixture: ComponentFixture<PlanOverviewComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    fixture = TestBed.createComponent(PlanOverviewComponent);
    host = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('plan', { goals });
    await fixture.whenStable();
  });

  const domainRow = (code: string) => host.querySelector<HTMLElement>(`[data-domain="${code}"]`);
  const goalIn = (code: string, goalId: string) =>
    domainRow(code)?.querySelector<HTMLElement>(`[data-goal="${goalId}"]`) ?? null;
  /** The text a screen reader reads, with the template's line breaks folded. */
  const textOf = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('shows one labelled section per domain with goals, and a goal spanning domains under each', () => {
    const sections = Array.from(host.querySelectorAll<HTMLElement>('.domain-row'));
    expect(sections.map((s) => s.querySelector('[role="heading"]')?.textContent?.trim())).toEqual([
      'Zorg',
      'Wonen',
      'Inkomen',
    ]);
    expect(textOf(goalIn('wonen', 'g-debts'))).toContain('Ook bij: Inkomen');
    expect(textOf(goalIn('inkomen', 'g-debts'))).toContain('Ook bij: Wonen');
    expect(domainRow('zorg')?.querySelector('[data-goal="g-debts"]')).toBeNull();
  });

  it('shows what comes first and what comes next', () => {
    expect(textOf(goalIn('wonen', 'g-house'))).toContain('eerst: Ik wil geen schulden meer hebben');
    expect(textOf(goalIn('wonen', 'g-debts'))).toContain('daarna: Ik wil een woning zonder trap');
  });

  it('marks a late action with a word, not by colour alone', () => {
    const late = goalIn('inkomen', 'g-debts')?.querySelector('.late');
    expect(textOf(late)).toContain('Te laat:');
    expect(textOf(late)).toContain('Brieven van schuldeisers verzamelen');
    expect(textOf(late)).toContain('uiterlijk 1 november 2026');
    expect(goalIn('wonen', 'g-house')?.querySelector('.late')).toBeNull();
    expect(host.querySelector('[data-testid="overdue-count"]')?.textContent).toContain('1 actie te laat');
  });

  it('shows progress at a glance', () => {
    expect(host.querySelector('[data-testid="actions-done"]')?.textContent).toContain('1 van 3 acties gedaan');
    const progress = host.querySelector('progress');
    expect(progress?.getAttribute('aria-label')).toBe('1 van 3 acties gedaan');
    const statuses = host.querySelector('[aria-label="Doelen per status"]')?.textContent?.replace(/\s+/g, ' ');
    expect(statuses).toContain('Mee bezig: 1 doel');
    expect(statuses).toContain('Bereikt: 1 doel');
    expect(textOf(goalIn('wonen', 'g-debts'))).toContain('Acties: 1 van 2 gedaan');
  });

  it('tells the page which goal the user chose', () => {
    const chosen: string[] = [];
    fixture.componentInstance.goalSelected.subscribe((id) => chosen.push(id));
    goalIn('wonen', 'g-house')?.querySelector<HTMLButtonElement>('.goal-title')?.click();
    expect(chosen).toEqual(['g-house']);
  });

  it('says so when the plan has no goals', async () => {
    fixture.componentRef.setInput('plan', { goals: [] });
    await fixture.whenStable();
    expect(host.textContent).toContain('Er staan nog geen doelen in het plan.');
  });
});
