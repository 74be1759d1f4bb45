// eslint-disable-next-line @nx/enforce-module-boundaries -- a test-only dependency: the library itself imports nothing
import fc from 'fast-check';
import { addCalendarDays, atwRestDay } from './dutch-calendar';
import {
  PROCEDURE_DEFINITIONS,
  PROCEDURE_KINDS,
  computeProcedureSteps,
  openProcedureDeadlines,
  procedureDateProblems,
  type DeadlineFacts,
  type ProcedureStep,
} from './procedures';

const wmo = (dates: DeadlineFacts['dates'], overrides: Partial<DeadlineFacts> = {}): DeadlineFacts => ({
  kind: 'wmo',
  dates,
  outcome: 'lopend',
  advisoryCommittee: false,
  ...overrides,
});

const stepOf = (facts: DeadlineFacts, today: string, step: ProcedureStep) => {
  const state = computeProcedureSteps(facts, today).find((s) => s.step === step);
  if (!state) throw new Error(`no step ${step}`);
  return state;
};

describe('computeProcedureSteps', () => {
  it('warns that the Wmo onderzoek is due when the melding was five weeks ago', () => {
    // Melding on Wednesday 21 October 2026; six weeks later is Wednesday 2 December.
    const onderzoek = stepOf(wmo({ melding: '2026-10-21' }), '2026-11-25', 'onderzoek');
    expect(onderzoek.deadline).toMatchObject({ dueOn: '2026-12-02', status: 'due_soon', daysLeft: 7, by: 'office' });
  });

  it('gives the Wmo terms of a melding: persoonlijk plan in 7 days, onderzoek in 6 weeks', () => {
    const steps = computeProcedureSteps(wmo({ melding: '2026-11-02' }), '2026-11-03');
    expect(steps.map((s) => [s.step, s.deadline?.dueOn ?? null, s.deadline?.status ?? null])).toEqual([
      ['melding', null, null],
      ['persoonlijk_plan', '2026-11-09', 'due_soon'],
      ['onderzoek', '2026-12-14', 'upcoming'],
      ['aanvraag', null, null],
      ['besluit', null, 'pending'],
      ['bezwaar', null, 'pending'],
    ]);
  });

  it('moves the beschikking term past a weekend: 2 weeks after an aanvraag on a Saturday', () => {
    const besluit = stepOf(wmo({ melding: '2026-10-01', aanvraag: '2026-11-21' }), '2026-11-23', 'besluit');
    expect(besluit.deadline).toMatchObject({ countedEnd: '2026-12-05', dueOn: '2026-12-07', movedBecause: 'zaterdag' });
  });

  it('moves an objection term that ends on Christmas Day to the next working day', () => {
    const bezwaar = stepOf(wmo({ aanvraag: '2026-10-30', besluit: '2026-11-13' }), '2026-12-28', 'bezwaar');
    expect(bezwaar.deadline).toMatchObject({
      dueOn: '2026-12-28',
      movedBecause: 'eerste_kerstdag',
      status: 'due_soon',
    });
    expect(
      stepOf(wmo({ aanvraag: '2026-10-30', besluit: '2026-11-13' }), '2026-12-29', 'bezwaar').deadline?.status,
    ).toBe('passed');
  });

  it('marks a passed term without the step as passed, and a late step as done but late', () => {
    expect(stepOf(wmo({ melding: '2026-09-01' }), '2026-11-29', 'onderzoek').deadline).toMatchObject({
      status: 'passed',
      dueOn: '2026-10-13',
      daysLeft: -47,
    });
    expect(
      stepOf(wmo({ melding: '2026-09-01', onderzoek: '2026-10-20' }), '2026-11-29', 'onderzoek').deadline,
    ).toMatchObject({ status: 'done', late: true, daysLeft: null });
  });

  it('needs no objection against a full grant, nor any step of a withdrawn procedure', () => {
    const granted = wmo({ aanvraag: '2026-11-02', besluit: '2026-11-10' }, { outcome: 'toegekend' });
    expect(stepOf(granted, '2026-11-20', 'bezwaar').deadline?.status).toBe('not_needed');
    const refused = { ...granted, outcome: 'afgewezen' as const };
    expect(stepOf(refused, '2026-11-20', 'bezwaar').deadline?.status).toBe('upcoming');
    const withdrawn = wmo({ melding: '2026-11-02' }, { outcome: 'ingetrokken' });
    expect(stepOf(withdrawn, '2026-11-20', 'onderzoek').deadline?.status).toBe('not_needed');
  });

  it('counts the decision on an objection from the end of the objection term, 6 or 12 weeks', () => {
    // Besluit Friday 2 October 2026; objection term ends Friday 13 November; decision due 6 weeks later.
    const facts: DeadlineFacts = {
      kind: 'bezwaar',
      dates: { besluit: '2026-10-02', bezwaar: '2026-10-20' },
      outcome: 'lopend',
      advisoryCommittee: false,
    };
    expect(stepOf(facts, '2026-11-20', 'bezwaar').deadline).toMatchObject({ dueOn: '2026-11-13', status: 'done' });
    expect(stepOf(facts, '2026-11-20', 'beslissing_op_bezwaar').deadline?.dueOn).toBe('2026-12-28');
    expect(stepOf({ ...facts, advisoryCommittee: true }, '2026-11-20', 'beslissing_op_bezwaar').deadline).toMatchObject(
      {
        dueOn: '2027-02-05',
        days: 84,
      },
    );
  });

  it('never lets a deadline end on a weekend or holiday, nor before the plain count', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addCalendarDays('2010-01-01', n));
    fc.assert(
      fc.property(fc.constantFrom(...PROCEDURE_KINDS), day, fc.integer({ min: 0, max: 200 }), (kind, start, offset) => {
        const dates = Object.fromEntries(PROCEDURE_DEFINITIONS[kind].steps.map((s) => [s.step, start]));
        for (const state of computeProcedureSteps(
          { kind, dates, outcome: 'lopend', advisoryCommittee: false },
          addCalendarDays(start, offset),
        )) {
          const deadline = state.deadline;
          if (!deadline?.dueOn || !deadline.countedEnd) continue;
          expect(atwRestDay(deadline.dueOn)).toBeNull();
          expect(deadline.dueOn >= deadline.countedEnd).toBe(true);
          expect(deadline.status).toBe('done');
        }
      }),
    );
  });

  it('walks an open deadline from upcoming to due soon to passed as the days go by', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 80 }), (start, elapsed) => {
        const melding = addCalendarDays('2020-01-01', start);
        const today = addCalendarDays(melding, elapsed);
        const { deadline } = stepOf(wmo({ melding }), today, 'onderzoek');
        if (!deadline?.dueOn || deadline.daysLeft === null) throw new Error('no deadline');
        const expected = deadline.daysLeft < 0 ? 'passed' : deadline.daysLeft <= 7 ? 'due_soon' : 'upcoming';
        expect(deadline.status).toBe(expected);
        expect(today <= deadline.dueOn).toBe(deadline.daysLeft >= 0);
      }),
    );
  });
});

describe('procedureDateProblems', () => {
  const running = { outcome: 'lopend' as const, outcomeOn: null };

  it('refuses a beschikking before the aanvraag, naming the field', () => {
    expect(
      procedureDateProblems('wmo', { aanvraag: '2026-11-10', besluit: '2026-11-01' }, running, '2026-11-29'),
    ).toEqual([{ field: 'dates.besluit', reason: 'mag niet vóór de datum van "aanvraag ingediend" liggen' }]);
  });

  it('refuses a step the kind does not have and a date in the future', () => {
    expect(procedureDateProblems('wlz', { melding: '2026-11-01' }, running, '2026-11-29')[0]?.field).toBe(
      'dates.melding',
    );
    expect(procedureDateProblems('wmo', { melding: '2026-11-30' }, running, '2026-11-29')[0]?.field).toBe(
      'dates.melding',
    );
  });

  it('wants an outcome date exactly when there is an outcome', () => {
    expect(procedureDateProblems('wmo', {}, { outcome: 'afgewezen', outcomeOn: null }, '2026-11-29')[0]?.field).toBe(
      'outcomeOn',
    );
    expect(
      procedureDateProblems('wmo', {}, { outcome: 'lopend', outcomeOn: '2026-11-01' }, '2026-11-29')[0]?.field,
    ).toBe('outcomeOn');
    expect(procedureDateProblems('wmo', {}, { outcome: 'afgewezen', outcomeOn: '2026-11-01' }, '2026-11-29')).toEqual(
      [],
    );
  });
});

describe('openProcedureDeadlines', () => {
  it('lists the due dates of steps not done, whatever the day', () => {
    expect(
      openProcedureDeadlines({
        kind: 'wmo',
        dates: { melding: '2026-10-25', persoonlijk_plan: '2026-10-28' },
        outcome: 'lopend',
        advisoryCommittee: false,
      }),
    ).toEqual([{ step: 'onderzoek', dueOn: '2026-12-07' }]);
  });

  it('lists nothing for a withdrawn procedure', () => {
    expect(
      openProcedureDeadlines({
        kind: 'wmo',
        dates: { melding: '2026-10-25' },
        outcome: 'ingetrokken',
        advisoryCommittee: false,
      }),
    ).toEqual([]);
  });
});
