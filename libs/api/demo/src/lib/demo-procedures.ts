import { todayIsoDate } from '@naast/api-core';
import {
  addCalendarDays,
  computeProcedureSteps,
  openProcedureDeadlines,
  procedureDeadlineLabel,
  type ProcedureDates,
  type ProcedureKind,
  type ProcedureOutcome,
  type ProcedureStep,
} from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import { insertedId } from './inserted-id';

const ORGANISATION = 'Cliëntondersteuning Utrecht';
const SUPPORTER = 'ondersteuner@utrecht.example';

interface DemoProcedure {
  kind: ProcedureKind;
  office: string;
  advisoryCommittee: boolean;
  dates: ProcedureDates;
  outcome: ProcedureOutcome;
  outcomeOn: string | null;
  outcomeNote: string | null;
}

/**
 * The melding of the demo Wmo procedure: five weeks ago or a few days more, the latest day for
 * which the onderzoek deadline is within the warning window whatever weekend or holiday it meets.
 */
function wmoMelding(today: string): string {
  for (let daysAgo = 35; daysAgo <= 42; daysAgo++) {
    const melding = addCalendarDays(today, -daysAgo);
    const onderzoek = computeProcedureSteps(
      { kind: 'wmo', dates: { melding }, outcome: 'lopend', advisoryCommittee: false },
      today,
    ).find((s) => s.step === 'onderzoek');
    if (onderzoek?.deadline?.status === 'due_soon' && (onderzoek.deadline.daysLeft ?? 0) >= 1) return melding;
  }
  return addCalendarDays(today, -38);
}

function demoProcedures(today: string): DemoProcedure[] {
  const melding = wmoMelding(today);
  const ago = (days: number) => addCalendarDays(today, -days);
  return [
    {
      // The onderzoek of the gemeente falls due within days: the start page and the case warn.
      kind: 'wmo',
      office: 'Gemeente Utrecht, Wmo-loket',
      advisoryCommittee: false,
      dates: { melding, persoonlijk_plan: addCalendarDays(melding, 5) },
      outcome: 'lopend',
      outcomeOn: null,
      outcomeNote: null,
    },
    {
      // The gemeente let the 8 weeks for bijzondere bijstand pass without a beschikking.
      kind: 'participatiewet',
      office: 'Gemeente Utrecht, Werk en Inkomen',
      advisoryCommittee: false,
      dates: { melding: ago(66), aanvraag: ago(63) },
      outcome: 'lopend',
      outcomeOn: null,
      outcomeNote: null,
    },
    {
      // An objection against a Wmo refusal, heard by the bezwaarcommissie: 12 weeks to decide.
      kind: 'bezwaar',
      office: 'Gemeente Utrecht, commissie bezwaarschriften',
      advisoryCommittee: true,
      dates: { besluit: ago(30), bezwaar: ago(20) },
      outcome: 'lopend',
      outcomeOn: null,
      outcomeNote: null,
    },
  ];
}

/**
 * Procedures on one active case of the main demo supporter: a Wmo application whose onderzoek is
 * nearly due, a Participatiewet application past its term, and an objection that is running.
 */
export async function seedDemoProcedures(manager: EntityManager): Promise<{ procedures: number }> {
  const [supportCase] = (await manager.query(
    `SELECT k.id, k.organisation_id, k.lead_supporter_id FROM cases k
       JOIN users u ON u.id = k.lead_supporter_id
       JOIN organisations o ON o.id = k.organisation_id
      WHERE o.name = $1 AND u.email = $2 AND k.status = 'actief'
      ORDER BY ('wmo' = ANY(k.legal_frameworks)) DESC, k.registered_on, k.id
      LIMIT 1`,
    [ORGANISATION, SUPPORTER],
  )) as { id: string; organisation_id: string; lead_supporter_id: string }[];
  if (!supportCase) throw new Error('Demo procedures: the demo supporter has no active case');

  const procedures = demoProcedures(todayIsoDate());
  for (const procedure of procedures) {
    const id = insertedId(
      (await manager.query(
        `INSERT INTO case_procedures (organisation_id, case_id, kind, office, advisory_committee, outcome, outcome_on,
                                      outcome_note, created_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          supportCase.organisation_id,
          supportCase.id,
          procedure.kind,
          procedure.office,
          procedure.advisoryCommittee,
          procedure.outcome,
          procedure.outcomeOn,
          procedure.outcomeNote,
          supportCase.lead_supporter_id,
        ],
      )) as { id: string }[],
      'procedure',
    );
    for (const [step, occurredOn] of Object.entries(procedure.dates) as [ProcedureStep, string][]) {
      await manager.query(
        `INSERT INTO case_procedure_dates (procedure_id, organisation_id, step, occurred_on) VALUES ($1, $2, $3, $4)`,
        [id, supportCase.organisation_id, step, occurredOn],
      );
    }
    // The open deadlines, as the API keeps them with every change.
    for (const { step, dueOn } of openProcedureDeadlines(procedure)) {
      await manager.query(
        `INSERT INTO case_procedure_deadlines (procedure_id, step, organisation_id, case_id, due_on, label)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, step, supportCase.organisation_id, supportCase.id, dueOn, procedureDeadlineLabel(procedure.kind, step)],
      );
    }
  }
  return { procedures: procedures.length };
}
