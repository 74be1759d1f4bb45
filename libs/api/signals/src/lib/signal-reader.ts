import { Injectable } from '@nestjs/common';
import type { Role, SignalCategory, SignalFollowUpKind, SignalFollowUpView, SignalView } from '@naast/contracts';
import type { EntityManager } from 'typeorm';

/** Signals per case are few; a case with more than this shows the newest. */
export const MAX_SIGNALS_LISTED = 200;

export interface SignalRow {
  id: string;
  caseId: string;
  category: SignalCategory;
  description: string;
  occurredOn: string;
  involvedParty: string | null;
  recordedById: string;
  recordedByName: string;
  recordedByRole: Role;
  recordedAt: Date;
  version: number;
}

interface FollowUpRow {
  id: string;
  signalId: string;
  kind: SignalFollowUpKind;
  recipient: string | null;
  doneOn: string;
  note: string | null;
  recordedById: string;
  recordedByName: string;
  recordedByRole: Role;
  recordedAt: Date;
}

const SIGNAL_COLUMNS = `s.id, s.case_id AS "caseId", s.category, s.description,
  to_char(s.occurred_on, 'YYYY-MM-DD') AS "occurredOn", s.involved_party AS "involvedParty",
  s.recorded_by_id AS "recordedById", u.display_name AS "recordedByName", u.role AS "recordedByRole",
  s.created_at AS "recordedAt", s.version`;

/** Reads signals with their follow-ups and authors, with a fixed number of queries. */
@Injectable()
export class SignalReader {
  async one(manager: EntityManager, organisationId: string, signalId: string): Promise<SignalRow | null> {
    const rows = await manager.query<SignalRow[]>(
      `SELECT ${SIGNAL_COLUMNS} FROM case_signals s JOIN users u ON u.id = s.recorded_by_id
        WHERE s.id = $1 AND s.organisation_id = $2`,
      [signalId, organisationId],
    );
    return rows[0] ?? null;
  }

  /** A case's signals, newest first; `recordedById` narrows them to one author (a volunteer's own). */
  async forCase(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    recordedById: string | null,
  ): Promise<SignalRow[]> {
    return manager.query<SignalRow[]>(
      `SELECT ${SIGNAL_COLUMNS} FROM case_signals s JOIN users u ON u.id = s.recorded_by_id
        WHERE s.organisation_id = $1 AND s.case_id = $2 AND ($3::uuid IS NULL OR s.recorded_by_id = $3::uuid)
        ORDER BY s.occurred_on DESC, s.created_at DESC, s.id DESC
        LIMIT ${MAX_SIGNALS_LISTED}`,
      [organisationId, caseId, recordedById],
    );
  }

  async followUps(
    manager: EntityManager,
    organisationId: string,
    signalIds: string[],
  ): Promise<Map<string, SignalFollowUpView[]>> {
    const bySignal = new Map<string, SignalFollowUpView[]>();
    if (signalIds.length === 0) return bySignal;
    const rows = await manager.query<FollowUpRow[]>(
      `SELECT f.id, f.signal_id AS "signalId", f.kind, f.recipient, to_char(f.done_on, 'YYYY-MM-DD') AS "doneOn",
              f.note, f.recorded_by_id AS "recordedById", u.display_name AS "recordedByName",
              u.role AS "recordedByRole", f.created_at AS "recordedAt"
         FROM signal_follow_ups f JOIN users u ON u.id = f.recorded_by_id
        WHERE f.signal_id = ANY($1::uuid[]) AND f.organisation_id = $2
        ORDER BY f.done_on, f.created_at, f.id`,
      [signalIds, organisationId],
    );
    for (const row of rows) {
      const list = bySignal.get(row.signalId) ?? [];
      list.push({
        id: row.id,
        kind: row.kind,
        recipient: row.recipient,
        doneOn: row.doneOn,
        note: row.note,
        recordedBy: { id: row.recordedById, displayName: row.recordedByName, role: row.recordedByRole },
        recordedAt: new Date(row.recordedAt).toISOString(),
      });
      bySignal.set(row.signalId, list);
    }
    return bySignal;
  }
}

/** The contract view of a signal, field by field. */
export function toSignalView(row: SignalRow, followUps: SignalFollowUpView[], edit: boolean): SignalView {
  return {
    id: row.id,
    caseId: row.caseId,
    category: row.category,
    description: row.description,
    occurredOn: row.occurredOn,
    involvedParty: row.involvedParty,
    recordedBy: { id: row.recordedById, displayName: row.recordedByName, role: row.recordedByRole },
    recordedAt: new Date(row.recordedAt).toISOString(),
    version: row.version,
    followUps,
    permissions: { edit },
  };
}
