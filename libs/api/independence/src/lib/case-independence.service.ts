import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, todayIsoDate, type Actor } from '@naast/api-core';
import { CaseAccessService, CaseAssignmentService, canEditCase, type CaseFacts, type Refusal } from '@naast/api-cases';
import type { CaseIndependenceView, IndependenceOverrideView, IndependenceTie, Role } from '@naast/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { RecordOverrideDto } from './dto/independence.dto';

interface OverrideRow {
  id: string;
  user_id: string;
  user_name: string;
  user_role: Role;
  affiliation_kind: IndependenceOverrideView['affiliationKind'];
  affiliation_description: string | null;
  party_kind: IndependenceOverrideView['party']['kind'];
  party_name: string;
  justification: string;
  decided_by_id: string;
  decided_by_name: string;
  decided_by_role: Role;
  decided_at: Date;
}

/** A team lead of the case's team decides on ties; everyone else sees the decision. */
const canOverride = (actor: Actor, facts: CaseFacts) => actor.role === 'team_lead' && canEditCase(actor, facts);

/**
 * The independence of the people on a case: ties to its involved parties (computed on every read, so
 * a party added later shows at once) and the overrides team leads recorded.
 */
@Injectable()
export class CaseIndependenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly access: CaseAccessService,
    private readonly assignment: CaseAssignmentService,
  ) {}

  async get(actor: Actor, caseId: string): Promise<CaseIndependenceView> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.readable(manager, actor, caseId, 'read');
      await this.accessLog.record(manager, actor, {
        action: 'read',
        entity: 'case_independence',
        entityId: caseId,
        clientId: facts.clientId,
      });
      return this.view(manager, actor, facts);
    });
  }

  /** A team lead allows the open ties on the case, with one justification for all of them. */
  async override(actor: Actor, caseId: string, dto: RecordOverrideDto): Promise<CaseIndependenceView> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.readable(manager, actor, caseId, 'create');
      if (!canOverride(actor, facts))
        return this.access.deny(
          actor,
          { action: 'create', entity: 'case', entityId: caseId },
          facts.clientId,
          'Alleen een teamleider van het team mag een binding met een betrokken partij toestaan.',
        );
      const ties = await this.openTies(manager, actor.organisationId, facts);
      await this.assignment.recordOverrides(manager, actor, { caseId, clientId: facts.clientId }, ties, dto);
      return this.view(manager, actor, facts);
    });
  }

  /** Volunteers do not see a case's involved parties, so neither its ties. */
  private async readable(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    action: Refusal['action'],
  ): Promise<CaseFacts> {
    const refusal: Refusal = { action, entity: 'case', entityId: caseId };
    const facts = await this.access.readable(manager, actor, caseId, refusal);
    if (actor.role === 'volunteer')
      return this.access.deny(actor, refusal, facts.clientId, 'Je hebt geen toegang tot deze gegevens van de casus.');
    return facts;
  }

  private async openTies(manager: EntityManager, organisationId: string, facts: CaseFacts): Promise<IndependenceTie[]> {
    const parties = await this.assignment.involvedPartiesOf(manager, organisationId, facts.id);
    const people = [
      { userId: facts.leadSupporterId, assignment: 'lead' as const },
      ...facts.volunteerIds.map((userId) => ({ userId, assignment: 'volunteer' as const })),
    ];
    return this.assignment.openTies(manager, organisationId, facts.id, people, parties, todayIsoDate());
  }

  private async view(manager: EntityManager, actor: Actor, facts: CaseFacts): Promise<CaseIndependenceView> {
    const warnings = await this.openTies(manager, actor.organisationId, facts);
    const rows = await manager.query<OverrideRow[]>(
      `SELECT o.id, o.user_id, u.display_name AS user_name, u.role AS user_role, o.affiliation_kind,
              o.affiliation_description, o.party_kind, o.party_name, o.justification, o.decided_at,
              o.decided_by_id, d.display_name AS decided_by_name, d.role AS decided_by_role
         FROM case_independence_overrides o
         JOIN users u ON u.id = o.user_id
         JOIN users d ON d.id = o.decided_by_id
        WHERE o.case_id = $1 AND o.organisation_id = $2
        ORDER BY o.decided_at, o.id`,
      [facts.id, actor.organisationId],
    );
    return {
      caseId: facts.id,
      warnings,
      overrides: rows.map((r) => ({
        id: r.id,
        person: { id: r.user_id, displayName: r.user_name, role: r.user_role },
        affiliationKind: r.affiliation_kind,
        affiliationDescription: r.affiliation_description,
        party: { kind: r.party_kind, name: r.party_name },
        justification: r.justification,
        decidedBy: { id: r.decided_by_id, displayName: r.decided_by_name, role: r.decided_by_role },
        decidedAt: new Date(r.decided_at).toISOString(),
      })),
      canOverride: canOverride(actor, facts),
    };
  }
}
