import { randomUUID } from 'node:crypto';
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AccessLogService, type Actor } from '@naast/api-core';
import type { AnonymisationTrigger } from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import { anonymiseClientData, type AnonymisationCounts } from './client-anonymiser';

/** The facts that decide whether a client can be anonymised now, read with the row locked. */
export interface AnonymisationFacts {
  clientId: string;
  teamId: string;
  anonymisedAt: Date | null;
  openCases: number;
  cases: number;
}

/** Why a client cannot be anonymised now, in the words of the client page; null when it can. */
export function anonymisationBlockedReason(
  facts: Pick<AnonymisationFacts, 'anonymisedAt' | 'openCases'>,
): string | null {
  if (facts.anonymisedAt) return 'Deze cliënt is al geanonimiseerd.';
  if (facts.openCases === 1) return 'Deze cliënt heeft nog 1 lopende zaak. Sluit die eerst af.';
  if (facts.openCases > 1) return `Deze cliënt heeft nog ${facts.openCases} lopende zaken. Sluit die eerst af.`;
  return null;
}

/**
 * Anonymises one client in the caller's transaction: the personal data (ANONYMISATION_REGISTRY),
 * the run record in client_anonymisations and the access-log row commit together or not at all.
 */
@Injectable()
export class ClientAnonymisationService {
  constructor(private readonly accessLog: AccessLogService) {}

  /** Locks the client row, so a request and the nightly job never anonymise the same client twice. */
  async lockFacts(
    manager: EntityManager,
    organisationId: string,
    clientId: string,
  ): Promise<AnonymisationFacts | null> {
    const [row] = (await manager.query(
      `SELECT c.id, c.team_id, c.anonymised_at,
              (SELECT count(*)::int FROM cases ca WHERE ca.client_id = c.id AND ca.organisation_id = c.organisation_id) AS cases,
              (SELECT count(*)::int FROM cases ca WHERE ca.client_id = c.id AND ca.organisation_id = c.organisation_id
                  AND ca.status <> 'afgesloten') AS open_cases
         FROM clients c WHERE c.id = $1 AND c.organisation_id = $2 FOR UPDATE OF c`,
      [clientId, organisationId],
    )) as { id: string; team_id: string; anonymised_at: Date | null; cases: number; open_cases: number }[];
    if (!row) return null;
    return {
      clientId: row.id,
      teamId: row.team_id,
      anonymisedAt: row.anonymised_at,
      openCases: row.open_cases,
      cases: row.cases,
    };
  }

  /** A team lead's request: 404 outside the organisation, 403 outside the client's team, 409 while not allowed. */
  async anonymiseOnRequest(
    manager: EntityManager,
    actor: Actor,
    clientId: string,
    reason: string,
  ): Promise<AnonymisationFacts> {
    const facts = await this.lockFacts(manager, actor.organisationId, clientId);
    const refusal = { action: 'update' as const, entity: 'client', entityId: clientId, detail: 'anonymise' };
    if (!facts) {
      await this.accessLog.recordRefusal(actor, { ...refusal, clientId: null, outcome: 'not_found' });
      throw new NotFoundException('Cliënt niet gevonden.');
    }
    if (actor.role !== 'team_lead' || !actor.teamIds.includes(facts.teamId)) {
      await this.accessLog.recordRefusal(actor, { ...refusal, clientId, outcome: 'denied' });
      throw new ForbiddenException('Alleen een teamleider van het team van de cliënt kan de cliënt anonimiseren.');
    }
    const blocked = anonymisationBlockedReason(facts);
    if (blocked) throw new ConflictException(blocked);
    await this.anonymise(manager, actor, { ...facts, trigger: 'request', requestedById: actor.userId, reason });
    return { ...facts, anonymisedAt: new Date() };
  }

  /** Anonymises a client whose facts were checked under lock; writes the run record and the access-log row. */
  async anonymise(
    manager: EntityManager,
    actor: Actor,
    order: { clientId: string; trigger: AnonymisationTrigger; requestedById: string | null; reason: string | null },
  ): Promise<AnonymisationCounts> {
    const counts = await anonymiseClientData(manager, { ...order, organisationId: actor.organisationId });
    await manager.query(
      `INSERT INTO client_anonymisations (id, organisation_id, client_id, trigger, requested_by_id, reason, requested_at, executed_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), clock_timestamp())`,
      [randomUUID(), actor.organisationId, order.clientId, order.trigger, order.requestedById, order.reason],
    );
    await this.accessLog.record(manager, actor, {
      action: 'update',
      entity: 'client',
      entityId: order.clientId,
      clientId: order.clientId,
      detail: `anonymised (${order.trigger})`,
    });
    return counts;
  }
}
