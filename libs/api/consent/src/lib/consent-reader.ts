import { Injectable } from '@nestjs/common';
import type {
  ConsentGiver,
  ConsentScope,
  ConsentView,
  DataCategory,
  DisclosureException,
  DisclosureView,
  RepresentativeCapacity,
  Role,
} from '@naast/contracts';
import { consentStatusOn } from '@naast/contracts';
import type { EntityManager } from 'typeorm';

/** A client's consents and disclosures are few; a client with more than this shows the newest. */
export const MAX_CONSENT_ROWS_LISTED = 500;

interface Author {
  recordedById: string;
  recordedByName: string;
  recordedByRole: Role;
  recordedAt: Date;
}

export interface ConsentRow extends Author {
  id: string;
  clientId: string;
  scope: ConsentScope;
  recipient: string | null;
  purpose: string;
  dataCategories: DataCategory[];
  givenOn: string;
  givenBy: ConsentGiver;
  representativeName: string | null;
  representativeCapacity: RepresentativeCapacity | null;
  validUntil: string | null;
  withdrawnOn: string | null;
  withdrawalNote: string | null;
  version: number;
}

interface DisclosureRow extends Author {
  id: string;
  clientId: string;
  caseId: string | null;
  recipient: string;
  purpose: string;
  dataCategories: DataCategory[];
  disclosedOn: string;
  consentId: string | null;
  exceptionKind: DisclosureException | null;
  exceptionReason: string | null;
}

const CONSENT_COLUMNS = `c.id, c.client_id AS "clientId", c.scope, c.recipient, c.purpose,
  c.data_categories AS "dataCategories", to_char(c.given_on, 'YYYY-MM-DD') AS "givenOn", c.given_by AS "givenBy",
  c.representative_name AS "representativeName", c.representative_capacity AS "representativeCapacity",
  to_char(c.valid_until, 'YYYY-MM-DD') AS "validUntil", to_char(c.withdrawn_on, 'YYYY-MM-DD') AS "withdrawnOn",
  c.withdrawal_note AS "withdrawalNote", c.recorded_by_id AS "recordedById", u.display_name AS "recordedByName",
  u.role AS "recordedByRole", c.created_at AS "recordedAt", c.version`;

const DISCLOSURE_COLUMNS = `d.id, d.client_id AS "clientId", d.case_id AS "caseId", d.recipient, d.purpose,
  d.data_categories AS "dataCategories", to_char(d.disclosed_on, 'YYYY-MM-DD') AS "disclosedOn",
  d.consent_id AS "consentId", d.exception_kind AS "exceptionKind", d.exception_reason AS "exceptionReason",
  d.recorded_by_id AS "recordedById", u.display_name AS "recordedByName", u.role AS "recordedByRole",
  d.created_at AS "recordedAt"`;

/** Reads consents and disclosures with their authors, always within one organisation. */
@Injectable()
export class ConsentReader {
  async consent(manager: EntityManager, organisationId: string, consentId: string): Promise<ConsentRow | null> {
    const rows = await manager.query<ConsentRow[]>(
      `SELECT ${CONSENT_COLUMNS} FROM consents c JOIN users u ON u.id = c.recorded_by_id
        WHERE c.id = $1 AND c.organisation_id = $2`,
      [consentId, organisationId],
    );
    return rows[0] ?? null;
  }

  consents(manager: EntityManager, organisationId: string, clientId: string): Promise<ConsentRow[]> {
    return manager.query<ConsentRow[]>(
      `SELECT ${CONSENT_COLUMNS} FROM consents c JOIN users u ON u.id = c.recorded_by_id
        WHERE c.organisation_id = $1 AND c.client_id = $2
        ORDER BY c.given_on DESC, c.created_at DESC, c.id DESC
        LIMIT ${MAX_CONSENT_ROWS_LISTED}`,
      [organisationId, clientId],
    );
  }

  async disclosure(manager: EntityManager, organisationId: string, id: string): Promise<DisclosureView | null> {
    const rows = await manager.query<DisclosureRow[]>(
      `SELECT ${DISCLOSURE_COLUMNS} FROM disclosures d JOIN users u ON u.id = d.recorded_by_id
        WHERE d.id = $1 AND d.organisation_id = $2`,
      [id, organisationId],
    );
    return rows[0] ? toDisclosureView(rows[0]) : null;
  }

  async disclosures(manager: EntityManager, organisationId: string, clientId: string): Promise<DisclosureView[]> {
    const rows = await manager.query<DisclosureRow[]>(
      `SELECT ${DISCLOSURE_COLUMNS} FROM disclosures d JOIN users u ON u.id = d.recorded_by_id
        WHERE d.organisation_id = $1 AND d.client_id = $2
        ORDER BY d.disclosed_on DESC, d.created_at DESC, d.id DESC
        LIMIT ${MAX_CONSENT_ROWS_LISTED}`,
      [organisationId, clientId],
    );
    return rows.map(toDisclosureView);
  }
}

/** The contract view of a consent, with its status on `today`. */
export function toConsentView(row: ConsentRow, today: string): ConsentView {
  return {
    id: row.id,
    clientId: row.clientId,
    scope: row.scope,
    recipient: row.recipient,
    purpose: row.purpose,
    dataCategories: row.dataCategories,
    givenOn: row.givenOn,
    givenBy: row.givenBy,
    representativeName: row.representativeName,
    representativeCapacity: row.representativeCapacity,
    validUntil: row.validUntil,
    withdrawnOn: row.withdrawnOn,
    withdrawalNote: row.withdrawalNote,
    status: consentStatusOn(row, today),
    recordedBy: { id: row.recordedById, displayName: row.recordedByName, role: row.recordedByRole },
    recordedAt: new Date(row.recordedAt).toISOString(),
    version: row.version,
  };
}

function toDisclosureView(row: DisclosureRow): DisclosureView {
  return {
    id: row.id,
    clientId: row.clientId,
    caseId: row.caseId,
    recipient: row.recipient,
    purpose: row.purpose,
    dataCategories: row.dataCategories,
    disclosedOn: row.disclosedOn,
    consentId: row.consentId,
    exceptionKind: row.exceptionKind,
    exceptionReason: row.exceptionReason,
    recordedBy: { id: row.recordedById, displayName: row.recordedByName, role: row.recordedByRole },
    recordedAt: new Date(row.recordedAt).toISOString(),
  };
}
