import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AccessLogService, type AccessAction, type Actor } from '@naast/api-core';
import type { CaseStatus } from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import { canReadCase, type CaseAccessFacts } from './domain/case-access';

/** The facts of one case of the actor's organisation that access rules and visits need. */
export interface CaseFacts extends CaseAccessFacts {
  id: string;
  clientId: string;
  registeredOn: string;
  firstContactOn: string | null;
  version: number;
}

interface CaseFactsRow {
  id: string;
  client_id: string;
  team_id: string;
  lead_supporter_id: string;
  status: CaseStatus;
  registered_on: string;
  first_contact_on: string | null;
  version: number;
  volunteer_ids: string[];
}

export interface Refusal {
  /** What the refused request tried, for the access log. */
  action: AccessAction;
  /** The record the request was about (`case` for case routes, `visit` for visit routes). */
  entity: 'case' | 'visit';
  /** Null when the request would have created the record. */
  entityId: string | null;
}

/**
 * Finds a case within the actor's organisation and checks the actor may see it. A case of
 * another organisation answers 404 exactly like a missing one; every refusal is logged.
 */
@Injectable()
export class CaseAccessService {
  constructor(private readonly accessLog: AccessLogService) {}

  async findFacts(manager: EntityManager, organisationId: string, caseId: string): Promise<CaseFacts | null> {
    const rows = await manager.query<CaseFactsRow[]>(
      `SELECT k.id, k.client_id, k.team_id, k.lead_supporter_id, k.status, k.version,
              to_char(k.registered_on, 'YYYY-MM-DD') AS registered_on,
              to_char(k.first_contact_on, 'YYYY-MM-DD') AS first_contact_on,
              COALESCE((SELECT array_agg(cv.user_id ORDER BY cv.user_id) FROM case_volunteers cv WHERE cv.case_id = k.id), '{}') AS volunteer_ids
         FROM cases k
        WHERE k.id = $1 AND k.organisation_id = $2`,
      [caseId, organisationId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      clientId: row.client_id,
      teamId: row.team_id,
      leadSupporterId: row.lead_supporter_id,
      status: row.status,
      registeredOn: row.registered_on,
      firstContactOn: row.first_contact_on,
      version: row.version,
      volunteerIds: row.volunteer_ids,
    };
  }

  /** The case's facts when the actor may read it; otherwise 404 or 403, logged. */
  async readable(manager: EntityManager, actor: Actor, caseId: string, refusal: Refusal): Promise<CaseFacts> {
    const facts = await this.findFacts(manager, actor.organisationId, caseId);
    if (!facts) return this.notFound(actor, refusal);
    if (!canReadCase(actor, facts))
      return this.deny(actor, refusal, facts.clientId, 'Je hebt geen toegang tot deze casus.');
    return facts;
  }

  /** Logs the refusal and answers 403; the client is known, so the log row names it. */
  async deny(actor: Actor, refusal: Refusal, clientId: string, message: string): Promise<never> {
    await this.accessLog.recordRefusal(actor, { ...refusal, clientId, outcome: 'denied' });
    throw new ForbiddenException(message);
  }

  /** Logs the refusal and answers 404, the same for "missing" and "another organisation's". */
  async notFound(actor: Actor, refusal: Refusal): Promise<never> {
    await this.accessLog.recordRefusal(actor, { ...refusal, clientId: null, outcome: 'not_found' });
    throw new NotFoundException(refusal.entity === 'visit' ? 'Contactmoment niet gevonden.' : 'Casus niet gevonden.');
  }
}
