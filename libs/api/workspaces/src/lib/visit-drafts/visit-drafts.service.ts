import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessLogService,
  FieldValidationException,
  StaleVersionException,
  flattenValidationErrors,
  type Actor,
} from '@naast/api-core';
import { ClientEntity } from '@naast/api-clients';
import { CaseAccessService, CaseEntity, canRecordVisit, caseReadPredicate } from '@naast/api-cases';
import { CreateVisitDto, VisitsService } from '@naast/api-visits';
import { formatClientName, type VisitDraftFields, type VisitDraftView, type VisitView } from '@naast/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { VisitDraftEntity } from './visit-draft.entity';

interface DraftRow {
  id: string;
  case_id: string;
  client_id: string;
  given_name: string;
  family_name_prefix: string | null;
  family_name: string;
  fields: VisitDraftFields;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const DRAFT_COLUMNS = `d.id, d.case_id, d.fields, d.created_at, d.updated_at, d.version,
  cl.id AS client_id, cl.given_name, cl.family_name_prefix, cl.family_name`;

/** Only the fields a visit has: a draft stored with extra keys never passes them on. */
function pickFields(fields: VisitDraftFields): VisitDraftFields {
  const { occurredAt, minutes, mode, domains, summary, nextSteps } = fields;
  return Object.fromEntries(
    Object.entries({ occurredAt, minutes, mode, domains, summary, nextSteps }).filter(([, v]) => v !== undefined),
  );
}

function toDraftView(row: DraftRow): VisitDraftView {
  return {
    id: row.id,
    caseId: row.case_id,
    client: {
      id: row.client_id,
      displayName: formatClientName({
        givenName: row.given_name,
        familyNamePrefix: row.family_name_prefix,
        familyName: row.family_name,
      }),
    },
    fields: pickFields(row.fields),
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    version: row.version,
  };
}

const DRAFT = 'visit_draft';

/**
 * Visit drafts: kept on the server so a visit can be finished later on any device. A draft is its
 * author's alone (anyone else gets 404); it is checked in full only when it becomes a visit.
 */
@Injectable()
export class VisitDraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
    private readonly visits: VisitsService,
  ) {}

  async create(actor: Actor, caseId: string, fields: VisitDraftFields): Promise<VisitDraftView> {
    return this.dataSource.transaction(async (manager) => {
      const refusal = { action: 'create' as const, entity: 'case' as const, entityId: caseId };
      const facts = await this.caseAccess.readable(manager, actor, caseId, refusal);
      if (!canRecordVisit(actor, facts))
        return this.caseAccess.deny(
          actor,
          refusal,
          facts.clientId,
          'Je mag bij deze casus geen contactmoment vastleggen.',
        );
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(VisitDraftEntity)
        .values({ organisationId: actor.organisationId, caseId, authorId: actor.userId, fields: pickFields(fields) })
        .returning(['id'])
        .execute();
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.accessLog.record(manager, actor, {
        action: 'create',
        entity: DRAFT,
        entityId: id,
        clientId: facts.clientId,
      });
      return this.view(manager, actor, id);
    });
  }

  /** My drafts on cases I may still read, newest first. */
  async mine(actor: Actor): Promise<VisitDraftView[]> {
    return this.dataSource.transaction(async (manager) => {
      const drafts = await this.listMine(manager, actor);
      await this.accessLog.recordMany(
        manager,
        actor,
        drafts.length > 0
          ? drafts.map((d) => ({ action: 'search' as const, entity: DRAFT, entityId: d.id, clientId: d.client.id }))
          : [{ action: 'search' as const, entity: DRAFT, entityId: null, clientId: null }],
      );
      return drafts;
    });
  }

  /** Without access-log rows: for a caller that logs the whole page it builds (the volunteer's start page). */
  async listMine(manager: EntityManager, actor: Actor): Promise<VisitDraftView[]> {
    const scope = caseReadPredicate(actor, 'k');
    const rows = await manager
      .createQueryBuilder()
      .select(DRAFT_COLUMNS)
      .from(VisitDraftEntity, 'd')
      .innerJoin(CaseEntity, 'k', 'k.id = d.case_id AND k.organisation_id = d.organisation_id')
      .innerJoin(ClientEntity, 'cl', 'cl.id = k.client_id AND cl.organisation_id = k.organisation_id')
      .where('d.organisation_id = :draftOrganisationId AND d.author_id = :draftAuthorId', {
        draftOrganisationId: actor.organisationId,
        draftAuthorId: actor.userId,
      })
      .andWhere(scope.sql, scope.params)
      .orderBy('d.updated_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .getRawMany<DraftRow>();
    return rows.map(toDraftView);
  }

  async get(actor: Actor, id: string): Promise<VisitDraftView> {
    return this.dataSource.transaction(async (manager) => {
      const draft = await this.findMine(manager, actor, id, 'read');
      const view = await this.view(manager, actor, draft.id);
      await this.accessLog.record(manager, actor, {
        action: 'read',
        entity: DRAFT,
        entityId: id,
        clientId: view.client.id,
      });
      return view;
    });
  }

  /** Replaces the draft's fields when `version` is current; otherwise 409 with the draft as it is. */
  async save(actor: Actor, id: string, version: number, fields: VisitDraftFields): Promise<VisitDraftView> {
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<{ stale: VisitDraftView } | { saved: VisitDraftView }> => {
        await this.findMine(manager, actor, id, 'update');
        const result = await manager
          .createQueryBuilder()
          .update(VisitDraftEntity)
          .set({ fields: pickFields(fields), version: () => 'version + 1' })
          .where('id = :id AND organisation_id = :organisationId AND author_id = :authorId AND version = :version', {
            id,
            organisationId: actor.organisationId,
            authorId: actor.userId,
            version,
          })
          .execute();
        const view = await this.view(manager, actor, id);
        const written = result.affected === 1;
        await this.accessLog.record(manager, actor, {
          action: written ? 'update' : 'read',
          entity: DRAFT,
          entityId: id,
          clientId: view.client.id,
          detail: written ? null : 'stale version',
        });
        return written ? { saved: view } : { stale: view };
      },
    );
    if ('stale' in outcome) throw new StaleVersionException(outcome.stale);
    return outcome.saved;
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.findMine(manager, actor, id, 'update');
      const view = await this.view(manager, actor, id);
      await manager.delete(VisitDraftEntity, { id, organisationId: actor.organisationId, authorId: actor.userId });
      await this.accessLog.record(manager, actor, {
        action: 'update',
        entity: DRAFT,
        entityId: id,
        clientId: view.client.id,
        detail: 'deleted',
      });
    });
  }

  /**
   * Turns the draft into a visit through the visits service (the same checks as recording one
   * directly) and removes the draft, in one transaction: on any refusal the draft stays as it was.
   */
  async submit(actor: Actor, id: string, version: number): Promise<VisitView> {
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<{ stale: VisitDraftView } | { visit: VisitView }> => {
        const draft = await this.findMine(manager, actor, id, 'update', true);
        if (draft.version !== version) {
          const view = await this.view(manager, actor, id);
          await this.accessLog.record(manager, actor, {
            action: 'read',
            entity: DRAFT,
            entityId: id,
            clientId: view.client.id,
            detail: 'stale version',
          });
          return { stale: view };
        }
        const request = plainToInstance(CreateVisitDto, pickFields(draft.fields));
        const errors = await validate(request, { validationError: { target: false, value: false } });
        if (errors.length > 0)
          throw new FieldValidationException(flattenValidationErrors(errors), 'Het concept is nog niet compleet.');
        const visit = await this.visits.recordIn(manager, actor, draft.caseId, request);
        await manager.delete(VisitDraftEntity, { id, organisationId: actor.organisationId, authorId: actor.userId });
        await this.accessLog.record(manager, actor, {
          action: 'update',
          entity: DRAFT,
          entityId: id,
          clientId: null,
          detail: `submitted as visit ${visit.id}`,
        });
        return { visit };
      },
    );
    if ('stale' in outcome) throw new StaleVersionException(outcome.stale);
    return outcome.visit;
  }

  /**
   * The actor's own draft on a case they may still read. Someone else's draft answers 404 exactly
   * like a missing one; the refusal is logged.
   */
  private async findMine(
    manager: EntityManager,
    actor: Actor,
    id: string,
    action: 'read' | 'update',
    lock = false,
  ): Promise<VisitDraftEntity> {
    const draft = await manager.findOne(VisitDraftEntity, {
      where: { id, organisationId: actor.organisationId, authorId: actor.userId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!draft) {
      await this.accessLog.recordRefusal(actor, {
        action,
        entity: DRAFT,
        entityId: id,
        clientId: null,
        outcome: 'not_found',
      });
      throw new NotFoundException('Concept niet gevonden.');
    }
    await this.caseAccess.readable(manager, actor, draft.caseId, { action, entity: 'case', entityId: draft.caseId });
    return draft;
  }

  private async view(manager: EntityManager, actor: Actor, id: string): Promise<VisitDraftView> {
    const rows = await manager.query<DraftRow[]>(
      `SELECT ${DRAFT_COLUMNS}
         FROM visit_drafts d
         JOIN cases k ON k.id = d.case_id AND k.organisation_id = d.organisation_id
         JOIN clients cl ON cl.id = k.client_id AND cl.organisation_id = k.organisation_id
        WHERE d.id = $1 AND d.organisation_id = $2`,
      [id, actor.organisationId],
    );
    const row = rows[0];
    if (!row) throw new NotFoundException('Concept niet gevonden.');
    return toDraftView(row);
  }
}
