import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, FieldValidationException, StaleVersionException, type Actor } from '@naast/api-core';
import { CaseAccessService, canAmendVisit, canRecordVisit, type CaseFacts } from '@naast/api-cases';
import { decodeCursor, encodeCursor, isoDateOf, type PageQueryDto } from '@naast/api-core';
import { DEFAULT_PAGE_SIZE, type CreateVisitRequest, type Page, type VisitView } from '@naast/contracts';
import { DataSource, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { canAcknowledgeVisit } from './domain/visit-acknowledgement';
import { normaliseDomains, occurredAtProblem, visitChanges } from './domain/visit-rules';
import type { AmendVisitDto } from './dto/amend-visit.dto';
import type { CreateVisitDto } from './dto/create-visit.dto';
import { VisitAmendmentEntity } from './visit-amendment.entity';
import { VisitDomainEntity } from './visit-domain.entity';
import { VisitAcknowledgementEntity } from './visit-acknowledgement.entity';
import { toVisitValues, toVisitView, type VisitAggregate } from './visit.mapper';
import { VisitEntity } from './visit.entity';
import { VisitReader } from './visit-reader';

@Injectable()
export class VisitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
    private readonly reader: VisitReader,
  ) {}

  /** The visits of a case the actor may read, newest first; each one returned is logged as seen. */
  async listForCase(actor: Actor, caseId: string, query: PageQueryDto): Promise<Page<VisitView>> {
    const after = query.cursor ? decodeCursor(query.cursor, ['date', 'uuid']) : null;
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.caseAccess.readable(manager, actor, caseId, {
        action: 'search',
        entity: 'case',
        entityId: caseId,
      });
      const builder = manager
        .createQueryBuilder(VisitEntity, 'v')
        .addSelect(`to_char(v.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'sort_key')
        .where('v.caseId = :caseId AND v.organisationId = :organisationId', {
          caseId,
          organisationId: actor.organisationId,
        })
        .orderBy('v.occurredAt', 'DESC')
        .addOrderBy('v.id', 'DESC')
        .limit(limit + 1);
      if (after)
        builder.andWhere('(v.occurredAt, v.id) < (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid))', {
          afterKey: after[0],
          afterId: after[1],
        });
      const { entities, raw } = await builder.getRawAndEntities<{ sort_key: string }>();
      const page = entities.slice(0, limit);
      const lastKey = raw[page.length - 1]?.sort_key;
      const last = page[page.length - 1];
      const items = (await this.reader.aggregates(manager, actor.organisationId, page)).map((aggregate) =>
        toVisitView(aggregate, visitPermissions(actor, facts, aggregate)),
      );

      const detail = JSON.stringify({ caseId, page: query.cursor ? 'next' : undefined, results: items.length });
      await this.accessLog.recordMany(
        manager,
        actor,
        items.length > 0
          ? items.map((v) => ({
              action: 'search' as const,
              entity: 'visit',
              entityId: v.id,
              clientId: facts.clientId,
              detail,
            }))
          : [{ action: 'search' as const, entity: 'visit', entityId: null, clientId: facts.clientId, detail }],
      );
      return {
        items,
        nextCursor: entities.length > limit && last && lastKey ? encodeCursor([lastKey, last.id]) : null,
      };
    });
  }

  /** Records a visit by the actor; the first visit also sets the case's first contact date. */
  async record(actor: Actor, caseId: string, dto: CreateVisitDto): Promise<VisitView> {
    return this.dataSource.transaction((manager) => this.recordIn(manager, actor, caseId, dto));
  }

  /** `record` within the caller's transaction, e.g. when a draft becomes a visit. */
  async recordIn(manager: EntityManager, actor: Actor, caseId: string, dto: CreateVisitRequest): Promise<VisitView> {
    const refusal = { action: 'create' as const, entity: 'visit' as const, entityId: null };
    const facts = await this.caseAccess.readable(manager, actor, caseId, refusal);
    if (!canRecordVisit(actor, facts)) {
      if (facts.status === 'afgesloten')
        throw new ConflictException('De casus is afgesloten; een teamleider kan hem heropenen.');
      return this.caseAccess.deny(
        actor,
        refusal,
        facts.clientId,
        'Je mag bij deze casus geen contactmoment vastleggen.',
      );
    }
    const occurredAt = new Date(dto.occurredAt);
    this.assertOccurredAt(occurredAt, facts);

    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(VisitEntity)
      .values({
        organisationId: actor.organisationId,
        caseId,
        occurredAt,
        minutes: dto.minutes,
        mode: dto.mode,
        summary: dto.summary,
        nextSteps: dto.nextSteps ?? null,
        authorId: actor.userId,
      })
      .returning(['id'])
      .execute();
    const id = (inserted.identifiers[0] as { id: string }).id;
    await this.replaceDomains(manager, actor.organisationId, id, dto.domains);
    if (facts.firstContactOn === null)
      await this.setFirstContact(manager, actor.organisationId, facts.id, isoDateOf(occurredAt));
    await this.accessLog.record(manager, actor, {
      action: 'create',
      entity: 'visit',
      entityId: id,
      clientId: facts.clientId,
    });
    return this.view(manager, actor, id, facts);
  }

  async get(actor: Actor, id: string): Promise<VisitView> {
    return this.dataSource.transaction(async (manager) => {
      const { facts } = await this.findReadable(manager, actor, id, 'read');
      await this.accessLog.record(manager, actor, {
        action: 'read',
        entity: 'visit',
        entityId: id,
        clientId: facts.clientId,
      });
      return this.view(manager, actor, id, facts);
    });
  }

  /**
   * Corrects a visit: stores the earlier and new values of the changed fields with the reason, and
   * updates the visit, in one transaction. A stale version answers 409 with the current visit.
   */
  async amend(actor: Actor, id: string, dto: AmendVisitDto): Promise<VisitView> {
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<{ stale: VisitView } | { amended: VisitView }> => {
        const { visit, facts } = await this.findReadable(manager, actor, id, 'update');
        if (!canAmendVisit(actor, facts, visit.authorId)) {
          return this.caseAccess.deny(
            actor,
            { action: 'update', entity: 'visit', entityId: id },
            facts.clientId,
            'Je mag dit contactmoment niet corrigeren.',
          );
        }
        const stale = async () => {
          await this.accessLog.record(manager, actor, {
            action: 'read',
            entity: 'visit',
            entityId: id,
            clientId: facts.clientId,
            detail: 'stale version',
          });
          return { stale: await this.view(manager, actor, id, facts) };
        };
        if (visit.version !== dto.version) return stale();

        const current = (await this.reader.aggregate(manager, actor.organisationId, visit)).domains;
        const { previous, changed } = visitChanges(toVisitValues(visit, current), {
          occurredAt: dto.occurredAt,
          minutes: dto.minutes,
          mode: dto.mode,
          domains: dto.domains,
          summary: dto.summary,
          nextSteps: dto.nextSteps,
        });
        if (Object.keys(changed).length === 0) {
          throw new FieldValidationException(
            [{ field: 'body', reason: 'de correctie wijzigt geen enkel veld' }],
            'Er is niets gewijzigd.',
          );
        }
        if (changed.occurredAt !== undefined) this.assertOccurredAt(new Date(changed.occurredAt), facts);

        const set: QueryDeepPartialEntity<VisitEntity> = {};
        if (changed.occurredAt !== undefined) set.occurredAt = new Date(changed.occurredAt);
        if (changed.minutes !== undefined) set.minutes = changed.minutes;
        if (changed.mode !== undefined) set.mode = changed.mode;
        if (changed.summary !== undefined) set.summary = changed.summary;
        if (changed.nextSteps !== undefined) set.nextSteps = changed.nextSteps;
        const result = await manager
          .createQueryBuilder()
          .update(VisitEntity)
          .set({ ...set, version: () => 'version + 1' })
          .where('id = :id AND organisation_id = :organisationId AND version = :version', {
            id,
            organisationId: actor.organisationId,
            version: dto.version,
          })
          .execute();
        if (result.affected !== 1) return stale();

        if (changed.domains !== undefined)
          await this.replaceDomains(manager, actor.organisationId, id, changed.domains);
        await manager.insert(VisitAmendmentEntity, {
          organisationId: actor.organisationId,
          visitId: id,
          reason: dto.reason,
          previous,
          changed,
          amendedById: actor.userId,
        });
        await this.accessLog.record(manager, actor, {
          action: 'update',
          entity: 'visit',
          entityId: id,
          clientId: facts.clientId,
          detail: `amended: ${Object.keys(changed).join(', ')}`,
        });
        return { amended: await this.view(manager, actor, id, facts) };
      },
    );
    if ('stale' in outcome) throw new StaleVersionException(outcome.stale);
    return outcome.amended;
  }

  /**
   * The lead supporter or a team lead marks a volunteer's report as read, once, with an optional
   * comment the volunteer sees. A second acknowledgement answers 409 with the visit as it is.
   */
  async acknowledge(actor: Actor, id: string, comment: string | null): Promise<VisitView> {
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<{ already: VisitView } | { acknowledged: VisitView }> => {
        const { visit, facts } = await this.findReadable(manager, actor, id, 'update');
        // Two readers acknowledging at once: the second waits here, then sees the first.
        await manager.query('SELECT id FROM visits WHERE id = $1 AND organisation_id = $2 FOR UPDATE', [
          id,
          actor.organisationId,
        ]);
        const aggregate = await this.reader.aggregate(manager, actor.organisationId, visit);
        if (aggregate.acknowledgement) {
          await this.accessLog.record(manager, actor, {
            action: 'read',
            entity: 'visit',
            entityId: id,
            clientId: facts.clientId,
            detail: 'already acknowledged',
          });
          return { already: toVisitView(aggregate, visitPermissions(actor, facts, aggregate)) };
        }
        if (!canAcknowledgeVisit(actor, facts, aggregate.author.role, false)) {
          return this.caseAccess.deny(
            actor,
            { action: 'update', entity: 'visit', entityId: id },
            facts.clientId,
            'Alleen de cliëntondersteuner van de casus of een teamleider bevestigt het verslag van een vrijwilliger.',
          );
        }
        await manager.insert(VisitAcknowledgementEntity, {
          visitId: id,
          organisationId: actor.organisationId,
          acknowledgedById: actor.userId,
          comment,
        });
        await this.accessLog.record(manager, actor, {
          action: 'update',
          entity: 'visit',
          entityId: id,
          clientId: facts.clientId,
          detail: 'acknowledged',
        });
        return { acknowledged: await this.view(manager, actor, id, facts) };
      },
    );
    if ('already' in outcome)
      throw new ConflictException({ message: 'Dit verslag is al gelezen.', current: outcome.already });
    return outcome.acknowledged;
  }

  /** A visit of the actor's organisation whose case the actor may read; 404/403 otherwise, logged. */
  private async findReadable(
    manager: EntityManager,
    actor: Actor,
    id: string,
    action: 'read' | 'update',
  ): Promise<{ visit: VisitEntity; facts: CaseFacts }> {
    const refusal = { action, entity: 'visit' as const, entityId: id };
    const visit = await manager.findOneBy(VisitEntity, { id, organisationId: actor.organisationId });
    if (!visit) return this.caseAccess.notFound(actor, refusal);
    const facts = await this.caseAccess.readable(manager, actor, visit.caseId, refusal);
    return { visit, facts };
  }

  private assertOccurredAt(occurredAt: Date, facts: CaseFacts): void {
    const problem = occurredAtProblem(occurredAt, facts.registeredOn, new Date());
    if (problem) throw new FieldValidationException([{ field: 'occurredAt', reason: problem }]);
  }

  /** The waiting time ends at the first contact; a visit before the registration counts from the registration day. */
  private async setFirstContact(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    visitDate: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE cases SET first_contact_on = GREATEST($3::date, registered_on), version = version + 1, updated_at = now()
        WHERE id = $1 AND organisation_id = $2 AND first_contact_on IS NULL`,
      [caseId, organisationId, visitDate],
    );
  }

  private async replaceDomains(
    manager: EntityManager,
    organisationId: string,
    visitId: string,
    domains: readonly string[],
  ): Promise<void> {
    await manager.delete(VisitDomainEntity, { visitId, organisationId });
    const codes = normaliseDomains(domains as VisitDomainEntity['domainCode'][]);
    if (codes.length === 0) return;
    await manager.insert(
      VisitDomainEntity,
      codes.map((domainCode) => ({ visitId, domainCode, organisationId })),
    );
  }

  private async view(manager: EntityManager, actor: Actor, id: string, facts: CaseFacts): Promise<VisitView> {
    const visit = await manager.findOneByOrFail(VisitEntity, { id, organisationId: actor.organisationId });
    const aggregate = await this.reader.aggregate(manager, actor.organisationId, visit);
    return toVisitView(aggregate, visitPermissions(actor, facts, aggregate));
  }
}

/** `VisitView.permissions`, from the same rules the server enforces. */
export function visitPermissions(actor: Actor, facts: CaseFacts, aggregate: VisitAggregate): VisitView['permissions'] {
  return {
    amend: canAmendVisit(actor, facts, aggregate.visit.authorId),
    acknowledge: canAcknowledgeVisit(actor, facts, aggregate.author.role, aggregate.acknowledgement !== null),
  };
}
