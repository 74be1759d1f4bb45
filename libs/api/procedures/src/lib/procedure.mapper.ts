import {
  computeProcedureSteps,
  procedureSteps,
  type ProcedureDates,
  type ProcedureStep,
  type ProcedureView,
} from '@naast/contracts';
import type { CaseProcedureDateEntity } from './case-procedure-date.entity';
import type { CaseProcedureEntity } from './case-procedure.entity';

/** The entered dates by step, in the kind's step order. */
export function toProcedureDates(
  procedure: CaseProcedureEntity,
  rows: readonly CaseProcedureDateEntity[],
): ProcedureDates {
  const byStep = new Map<ProcedureStep, string>(rows.map((row) => [row.step, row.occurredOn]));
  const dates: ProcedureDates = {};
  for (const { step } of procedureSteps(procedure.kind)) {
    const date = byStep.get(step);
    if (date) dates[step] = date;
  }
  return dates;
}

/** Whitelisting mapper: what a procedure shows, with its deadlines computed for `today`. */
export function toProcedureView(
  procedure: CaseProcedureEntity,
  rows: readonly CaseProcedureDateEntity[],
  today: string,
  editable: boolean,
): ProcedureView {
  const dates = toProcedureDates(procedure, rows);
  return {
    id: procedure.id,
    caseId: procedure.caseId,
    kind: procedure.kind,
    office: procedure.office,
    advisoryCommittee: procedure.advisoryCommittee,
    dates,
    outcome: procedure.outcome,
    outcomeOn: procedure.outcomeOn,
    outcomeNote: procedure.outcomeNote,
    steps: computeProcedureSteps(
      { kind: procedure.kind, dates, outcome: procedure.outcome, advisoryCommittee: procedure.advisoryCommittee },
      today,
    ),
    editable,
    createdAt: procedure.createdAt.toISOString(),
    updatedAt: procedure.updatedAt.toISOString(),
    version: procedure.version,
  };
}
