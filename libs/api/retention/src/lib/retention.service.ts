import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, type Actor } from '@naast/api-core';
import type { ClientAnonymisationStatus, RetentionDryRun } from '@naast/contracts';
import { DataSource } from 'typeorm';
import {
  anonymisationBlockedReason,
  ClientAnonymisationService,
  type AnonymisationFacts,
} from './client-anonymisation.service';
import { findRetentionCandidates } from './retention-candidates';

function toStatus(facts: AnonymisationFacts): ClientAnonymisationStatus {
  return {
    clientId: facts.clientId,
    anonymisedAt: facts.anonymisedAt ? facts.anonymisedAt.toISOString() : null,
    openCases: facts.openCases,
    blockedReason: anonymisationBlockedReason(facts),
  };
}

/** Anonymisation on request (a team lead of the client's team) and the retention dry-run (admins). */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly anonymisation: ClientAnonymisationService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Whether the client can be anonymised now; same scope as the anonymisation itself. */
  async status(actor: Actor, clientId: string): Promise<ClientAnonymisationStatus> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.anonymisation.lockFacts(manager, actor.organisationId, clientId);
      const entry = { action: 'read' as const, entity: 'client_anonymisation', entityId: clientId };
      if (!facts) {
        await this.accessLog.recordRefusal(actor, { ...entry, clientId: null, outcome: 'not_found' });
        throw new NotFoundException('Cliënt niet gevonden.');
      }
      if (!actor.teamIds.includes(facts.teamId)) {
        await this.accessLog.recordRefusal(actor, { ...entry, clientId, outcome: 'denied' });
        throw new ForbiddenException('Alleen een teamleider van het team van de cliënt ziet dit.');
      }
      await this.accessLog.record(manager, actor, { ...entry, clientId });
      return toStatus(facts);
    });
  }

  async anonymise(actor: Actor, clientId: string, reason: string): Promise<ClientAnonymisationStatus> {
    const facts = await this.dataSource.transaction((manager) =>
      this.anonymisation.anonymiseOnRequest(manager, actor, clientId, reason),
    );
    return toStatus(facts);
  }

  /** What the nightly run would anonymise in the admin's organisation now; changes nothing. */
  async dryRun(actor: Actor): Promise<RetentionDryRun> {
    return this.dataSource.transaction(async (manager) => {
      const [organisation] = (await manager.query('SELECT retention_months FROM organisations WHERE id = $1', [
        actor.organisationId,
      ])) as { retention_months: number }[];
      const candidates = await findRetentionCandidates((sql, params) => manager.query(sql, params), {
        organisationId: actor.organisationId,
      });
      // Ids and dates only; one row for the list, as for a search.
      await this.accessLog.record(manager, actor, {
        action: 'search',
        entity: 'retention_dry_run',
        entityId: null,
        clientId: null,
        detail: JSON.stringify({ candidates: candidates.length }),
      });
      return {
        retentionMonths: organisation?.retention_months ?? 24,
        checkedAt: new Date().toISOString(),
        candidates: candidates.map(({ clientId, teamId, teamName, lastClosedOn, dueSince }) => ({
          clientId,
          teamId,
          teamName,
          lastClosedOn,
          dueSince,
        })),
      };
    });
  }
}
