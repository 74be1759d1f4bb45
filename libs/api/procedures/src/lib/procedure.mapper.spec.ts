import type { CaseProcedureDateEntity } from './case-procedure-date.entity';
import type { CaseProcedureEntity } from './case-procedure.entity';
import { toProcedureDates, toProcedureView } from './procedure.mapper';

const procedure = {
  id: 'p-1',
  organisationId: 'o-1',
  caseId: 'c-1',
  kind: 'wmo',
  office: 'Gemeente Utrecht, Wmo-loket',
  advisoryCommittee: false,
  outcome: 'lopend',
  outcomeOn: null,
  outcomeNote: null,
  createdById: 'u-1',
  createdAt: new Date('2026-10-21T10:00:00Z'),
  updatedAt: new Date('2026-10-22T10:00:00Z'),
  version: 2,
} as CaseProcedureEntity;

const date = (step: CaseProcedureDateEntity['step'], occurredOn: string) =>
  ({ procedureId: 'p-1', organisationId: 'o-1', step, occurredOn }) as CaseProcedureDateEntity;

describe(toProcedureView.name, () => {
  it('shows only whitelisted fields, with the dates in the order of the steps and the deadlines computed', () => {
    const view = toProcedureView(
      procedure,
      [date('onderzoek', '2026-11-20'), date('melding', '2026-10-21')],
      '2026-11-29',
      true,
    );
    expect(Object.keys(view).sort()).toEqual(
      [
        'advisoryCommittee',
        'caseId',
        'createdAt',
        'dates',
        'editable',
        'id',
        'kind',
        'office',
        'outcome',
        'outcomeNote',
        'outcomeOn',
        'steps',
        'updatedAt',
        'version',
      ].sort(),
    );
    expect(Object.keys(view.dates)).toEqual(['melding', 'onderzoek']);
    expect(view.steps.find((s) => s.step === 'onderzoek')?.deadline).toMatchObject({ status: 'done', late: false });
  });

  it('leaves out a stored step the kind does not have', () => {
    expect(toProcedureDates(procedure, [date('melding', '2026-10-21'), date('uitspraak', '2026-11-01')])).toEqual({
      melding: '2026-10-21',
    });
  });
});
