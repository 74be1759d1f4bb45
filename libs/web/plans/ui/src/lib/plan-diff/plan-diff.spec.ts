import type { PlanDiff } from '@naast/contracts';
import { readableDiff } from './plan-diff';

describe('readableDiff', () => {
  it('names fields and values in Dutch: labels, dates, domains, owners and goal titles', () => {
    const diff: PlanDiff = {
      from: 1,
      to: 2,
      plan: [{ field: 'nextEvaluationOn', before: null, after: '2027-03-01' }],
      entries: [
        {
          kind: 'goal',
          id: 'g-2',
          label: 'Ik wil een woning zonder trap',
          change: 'changed',
          fields: [
            { field: 'status', before: 'open', after: 'in_progress' },
            { field: 'domains', before: ['wonen'], after: ['wonen', 'zorg'] },
            { field: 'dependsOn', before: [], after: ['g-1'] },
          ],
        },
        {
          kind: 'action',
          id: 'a-1',
          label: 'Wmo-melding doen',
          change: 'changed',
          fields: [
            { field: 'status', before: 'open', after: 'done' },
            {
              field: 'owner',
              before: { kind: 'client', user: null, name: null },
              after: { kind: 'external', user: null, name: 'gemeente Utrecht, Wmo-loket' },
            },
          ],
        },
        { kind: 'goal', id: 'g-3', label: 'Werk vinden', change: 'added', fields: [] },
      ],
    };
    const readable = readableDiff(diff, new Map([['g-1', 'Ik wil geen schulden meer hebben']]), 'nl');
    expect(readable.plan).toEqual([{ field: 'Volgende evaluatie', before: '(leeg)', after: '1 maart 2027' }]);
    expect(readable.entries[0]).toMatchObject({
      kind: 'Doel',
      change: 'Gewijzigd',
      label: 'Ik wil een woning zonder trap',
    });
    expect(readable.entries[0].fields).toEqual([
      { field: 'Status', before: 'Nog niet begonnen', after: 'Mee bezig' },
      { field: 'Domeinen', before: 'Wonen', after: 'Wonen, Zorg' },
      { field: 'Eerst nodig', before: '(leeg)', after: 'Ik wil geen schulden meer hebben' },
    ]);
    expect(readable.entries[1].fields).toEqual([
      { field: 'Status', before: 'Te doen', after: 'Gedaan' },
      { field: 'Wie', before: 'Cliënt', after: 'Externe partij: gemeente Utrecht, Wmo-loket' },
    ]);
    expect(readable.entries[2]).toMatchObject({ change: 'Toegevoegd', kind: 'Doel', label: 'Werk vinden' });
  });
});
