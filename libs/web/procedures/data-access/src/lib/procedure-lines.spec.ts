import { computeProcedureSteps } from '@naast/contracts';
import { procedureLines } from './procedure-lines';
import { PROCEDURES_MESSAGES } from './procedures.messages';

const formatDate = (date: string) => `[${date}]`;

describe(procedureLines.name, () => {
  it('warns in words that the onderzoek is due in days, and names the statute', () => {
    // Melding Wednesday 21 October 2026; the onderzoek is due Wednesday 2 December.
    const steps = computeProcedureSteps(
      { kind: 'wmo', dates: { melding: '2026-10-21' }, outcome: 'lopend', advisoryCommittee: false },
      '2026-11-29',
    );
    const onderzoek = procedureLines('wmo', steps, PROCEDURES_MESSAGES.nl, 'nl', formatDate).find(
      (line) => line.step === 'onderzoek',
    );
    expect(onderzoek).toEqual({
      step: 'onderzoek',
      label: 'Onderzoek afgerond',
      date: null,
      status: 'Let op: termijn verloopt over 3 dagen, uiterlijk [2026-12-02]',
      rule: 'Wettelijke termijn: 6 weken na "Melding gedaan"; de instantie moet dit doen (art. 2.3.2 lid 1 Wmo 2015)',
      deadlineStatus: 'due_soon',
      warning: true,
    });
  });

  it('says a deadline passed, and why it moved past a weekend', () => {
    const steps = computeProcedureSteps(
      {
        kind: 'wmo',
        dates: { melding: '2026-09-01', aanvraag: '2026-11-07' },
        outcome: 'lopend',
        advisoryCommittee: false,
      },
      '2026-11-29',
    );
    const lines = procedureLines('wmo', steps, PROCEDURES_MESSAGES.nl, 'nl', formatDate);
    // Aanvraag Saturday 7 November: two weeks end on Saturday 21 November, so Monday 23 November.
    expect(lines.find((line) => line.step === 'besluit')).toMatchObject({
      status: 'Termijn verstreken: uiterlijk [2026-11-23] (6 dagen geleden) — verschoven van [2026-11-21]',
      warning: true,
    });
    // The aanvraag came after the melding without an onderzoek date: that deadline no longer applies.
    expect(lines.find((line) => line.step === 'onderzoek')).toMatchObject({
      status: 'Niet meer nodig',
      warning: false,
    });
    expect(lines.find((line) => line.step === 'aanvraag')).toMatchObject({ status: 'Gedaan op [2026-11-07]' });
  });

  it('counts the decision on an objection from the end of the objection term, and names a holiday it moved past', () => {
    const facts = { kind: 'bezwaar' as const, outcome: 'lopend' as const, advisoryCommittee: false };
    const decided = procedureLines(
      'bezwaar',
      computeProcedureSteps({ ...facts, dates: { besluit: '2025-11-14', bezwaar: '2025-12-01' } }, '2025-12-20'),
      PROCEDURES_MESSAGES.nl,
      'nl',
      formatDate,
    );
    expect(decided.find((line) => line.step === 'beslissing_op_bezwaar')?.rule).toBe(
      'Wettelijke termijn: 6 weken na het einde van de termijn voor "Bezwaar ingediend"; de instantie moet dit doen (art. 7:10 lid 1 Awb)',
    );
    // The objection term ended on Tweede Kerstdag 2025 (a Friday), so Monday 29 December.
    const open = procedureLines(
      'bezwaar',
      computeProcedureSteps({ ...facts, dates: { besluit: '2025-11-14' } }, '2025-12-20'),
      PROCEDURES_MESSAGES.nl,
      'nl',
      formatDate,
    );
    expect(open.find((line) => line.step === 'bezwaar')?.status).toBe(
      'Uiterlijk [2025-12-29] (nog 9 dagen) — verschoven van [2025-12-26] (Tweede Kerstdag)',
    );
  });

  it('tells which date a term waits for', () => {
    const steps = computeProcedureSteps(
      { kind: 'wlz', dates: {}, outcome: 'lopend', advisoryCommittee: false },
      '2026-11-29',
    );
    expect(procedureLines('wlz', steps, PROCEDURES_MESSAGES.en, 'en', formatDate)[1]).toMatchObject({
      status: 'The term starts once the date of "Application to the CIZ submitted" is entered',
      warning: false,
    });
  });
});
