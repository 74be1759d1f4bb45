import { diffPlanSnapshots, type PlanSnapshot, type PlanSnapshotAction, type PlanSnapshotGoal } from './plans';

const goal = (overrides: Partial<PlanSnapshotGoal> = {}): PlanSnapshotGoal => ({
  id: 'g1',
  position: 1,
  title: 'Ik wil van mijn schulden af.',
  desiredOutcome: null,
  domains: ['inkomen'],
  status: 'open',
  stoppedReason: null,
  dependsOn: [],
  ...overrides,
});

const action = (overrides: Partial<PlanSnapshotAction> = {}): PlanSnapshotAction => ({
  id: 'a1',
  goalId: 'g1',
  description: 'Brieven verzamelen',
  owner: { kind: 'external', user: null, name: 'Gemeente Utrecht, Wmo-loket' },
  dueOn: '2026-12-03',
  status: 'open',
  doneOn: null,
  ...overrides,
});

const snapshot = (overrides: Partial<PlanSnapshot> = {}): PlanSnapshot => ({
  agreedOn: null,
  agreementMethod: null,
  nextEvaluationOn: null,
  goals: [goal()],
  actions: [action()],
  ...overrides,
});

describe(diffPlanSnapshots.name, () => {
  it('finds nothing between equal snapshots', () => {
    expect(diffPlanSnapshots(snapshot(), snapshot())).toEqual({ plan: [], entries: [] });
  });

  it('ignores the order of keys, as a stored snapshot does not keep it', () => {
    const stored = snapshot({
      actions: [action({ owner: { name: 'Gemeente Utrecht, Wmo-loket', user: null, kind: 'external' } as never })],
    });
    expect(diffPlanSnapshots(stored, snapshot()).entries).toEqual([]);
  });

  it('names each changed field of the plan, a goal and an action, with before and after', () => {
    const after = snapshot({
      nextEvaluationOn: '2027-03-01',
      goals: [goal({ status: 'stopped', stoppedReason: 'Eerst rust.', domains: ['inkomen', 'wonen'] })],
      actions: [action({ status: 'done', doneOn: '2026-11-29' })],
    });
    expect(diffPlanSnapshots(snapshot(), after)).toEqual({
      plan: [{ field: 'nextEvaluationOn', before: null, after: '2027-03-01' }],
      entries: [
        {
          kind: 'goal',
          id: 'g1',
          label: 'Ik wil van mijn schulden af.',
          change: 'changed',
          fields: [
            { field: 'domains', before: ['inkomen'], after: ['inkomen', 'wonen'] },
            { field: 'status', before: 'open', after: 'stopped' },
            { field: 'stoppedReason', before: null, after: 'Eerst rust.' },
          ],
        },
        {
          kind: 'action',
          id: 'a1',
          label: 'Brieven verzamelen',
          change: 'changed',
          fields: [
            { field: 'status', before: 'open', after: 'done' },
            { field: 'doneOn', before: null, after: '2026-11-29' },
          ],
        },
      ],
    });
  });

  it('reports added and removed goals and actions, labelled from the side where they exist', () => {
    const after = snapshot({
      goals: [goal({ id: 'g2', title: 'Ik wil een eigen huis.', dependsOn: [] })],
      actions: [],
    });
    expect(diffPlanSnapshots(snapshot(), after).entries).toEqual([
      { kind: 'goal', id: 'g2', label: 'Ik wil een eigen huis.', change: 'added', fields: [] },
      { kind: 'goal', id: 'g1', label: 'Ik wil van mijn schulden af.', change: 'removed', fields: [] },
      { kind: 'action', id: 'a1', label: 'Brieven verzamelen', change: 'removed', fields: [] },
    ]);
  });

  it('sees a new dependency as a change of the goal', () => {
    const before = snapshot({ goals: [goal(), goal({ id: 'g2', title: 'Huis' })] });
    const after = snapshot({ goals: [goal(), goal({ id: 'g2', title: 'Huis', dependsOn: ['g1'] })] });
    expect(diffPlanSnapshots(before, after).entries).toEqual([
      expect.objectContaining({ id: 'g2', fields: [{ field: 'dependsOn', before: [], after: ['g1'] }] }),
    ]);
  });
});
