import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessLogService,
  FieldValidationException,
  StaleVersionException,
  type AccessAction,
  type Actor,
} from '@naast/api-core';
import { CaseAccessService, type CaseFacts } from '@naast/api-cases';
import { MAX_FOLLOW_UPS_PER_SIGNAL, type SignalView } from '@naast/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { canEditSignal, canReadSignal, canRecordSignal } from './domain/signal-access';
import type { AddSignalFollowUpDto, CreateSignalDto, UpdateSignalDto } from './dto/signal-requests.dto';
import { CaseSignalEntity } from './case-signal.entity';
import { SignalFollowUpEntity } from './signal-follow-up.entity';
import { SignalReader, toSignalView, type SignalRow } from './signal-reader';

const SIGNAL_NOT_FOUND = 'Signaal niet gevonden.';

/** Barriers met on a case: recorded, corrected and followed up, each access logged. */
@Injectable()
export class SignalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
    private readonly reader: SignalReader,
  ) {}

  /** The signals of a case the actor may see, newest first; a volunteer sees the ones they recorded. */
  list(actor: Actor, caseId: string): Promise<SignalView[]> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.caseAccess.readable(manager, actor, caseId, {
        action: 'search',
        entity: 'case',
        entityId: caseId,
      });
      const rows = await this.reader.forCase(
        manager,
        actor.organisationId,
        caseId,
        actor.role === 'volunteer' ? actor.userId : null,
      );
      const views = await this.views(manager, actor, facts, rows);
      const detail = JSON.stringify({ caseId, results: views.length });
      await this.accessLog.recordMany(
        manager,
        actor,
        views.length > 0
          ? views.map((s) => ({
              action: 'search' as const,
              entity: 'signal',
              entityId: s.id,
              clientId: facts.clientId,
              detail,
            }))
          : [{ action: 'search' as const, entity: 'signal', entityId: null, clientId: facts.clientId, detail }],
      );
      return views;
    });
  }

  create(actor: Actor, caseId: string, dto: CreateSignalDto): Promise<SignalView> {
    return this.dataSource.transaction(async (manager) => {
      const refusal = { action: 'create' as const, entity: 'case' as const, entityId: caseId };
      const facts = await this.caseAccess.readable(manager, actor, caseId, refusal);
      if (!canRecordSignal(actor, facts))
        return this.caseAccess.deny(actor, refusal, facts.clientId, 'Je kunt in deze casus geen signaal vastleggen.');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CaseSignalEntity)
        .values({
          organisationId: actor.organisationId,
          caseId,
          category: dto.category,
          description: dto.description,
          occurredOn: dto.occurredOn,
          involvedParty: dto.involvedParty ?? null,
          recordedById: actor.userId,
        })
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id ?? '';
      await this.accessLog.record(manager, actor, {
        action: 'create',
        entity: 'signal',
        entityId: id,
        clientId: facts.clientId,
        detail: dto.category,
      });
      return this.view(manager, actor, facts, id);
    });
  }

  update(actor: Actor, signalId: string, dto: UpdateSignalDto): Promise<SignalView> {
    return this.dataSource.transaction(async (manager) => {
      const { facts, row } = await this.editable(manager, actor, signalId, 'update');
      const changes: Record<string, unknown> = {};
      if (dto.category !== undefined) changes['category'] = dto.category;
      if (dto.description !== undefined) changes['description'] = dto.description;
      if (dto.occurredOn !== undefined) changes['occurredOn'] = dto.occurredOn;
      if (dto.involvedParty !== undefined) changes['involvedParty'] = dto.involvedParty;
      if (Object.keys(changes).length === 0)
        throw new FieldValidationException([{ field: 'category', reason: 'er is niets om te wijzigen' }]);
      await this.bumpVersion(manager, actor, facts, row, dto.version, changes);
      await this.accessLog.record(manager, actor, {
        action: 'update',
        entity: 'signal',
        entityId: signalId,
        clientId: facts.clientId,
        detail: Object.keys(changes).join(','),
      });
      return this.view(manager, actor, facts, signalId);
    });
  }

  addFollowUp(actor: Actor, signalId: string, dto: AddSignalFollowUpDto): Promise<SignalView> {
    return this.dataSource.transaction(async (manager) => {
      const { facts, row } = await this.editable(manager, actor, signalId, 'update');
      if (dto.doneOn < row.occurredOn)
        throw new FieldValidationException([
          { field: 'doneOn', reason: `mag niet vóór de datum van het signaal (${row.occurredOn}) liggen` },
        ]);
      const [{ count }] = await manager.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM signal_follow_ups WHERE signal_id = $1 AND organisation_id = $2`,
        [signalId, actor.organisationId],
      );
      if (count >= MAX_FOLLOW_UPS_PER_SIGNAL)
        throw new FieldValidationException([
          { field: 'kind', reason: `een signaal heeft hoogstens ${MAX_FOLLOW_UPS_PER_SIGNAL} vervolgacties` },
        ]);
      // The follow-up changes the signal: its version goes up, so two people cannot add the same at once unseen.
      await this.bumpVersion(manager, actor, facts, row, dto.version, {});
      await manager
        .createQueryBuilder()
        .insert()
        .into(SignalFollowUpEntity)
        .values({
          organisationId: actor.organisationId,
          signalId,
          kind: dto.kind,
          recipient: dto.recipient ?? null,
          doneOn: dto.doneOn,
          note: dto.note ?? null,
          recordedById: actor.userId,
        })
        .execute();
      await this.accessLog.record(manager, actor, {
        action: 'update',
        entity: 'signal',
        entityId: signalId,
        clientId: facts.clientId,
        detail: `follow-up: ${dto.kind}`,
      });
      return this.view(manager, actor, facts, signalId);
    });
  }

  /** The signal and its case when the actor may change it; otherwise 404 or 403, logged. */
  private async editable(
    manager: EntityManager,
    actor: Actor,
    signalId: string,
    action: AccessAction,
  ): Promise<{ facts: CaseFacts; row: SignalRow }> {
    const row = await this.reader.one(manager, actor.organisationId, signalId);
    const facts = row ? await this.caseAccess.findFacts(manager, actor.organisationId, row.caseId) : null;
    if (!row || !facts) {
      await this.accessLog.recordRefusal(actor, {
        action,
        entity: 'signal',
        entityId: signalId,
        clientId: null,
        outcome: 'not_found',
      });
      throw new NotFoundException(SIGNAL_NOT_FOUND);
    }
    if (!canEditSignal(actor, facts, row.recordedById)) {
      await this.accessLog.recordRefusal(actor, {
        action,
        entity: 'signal',
        entityId: signalId,
        clientId: facts.clientId,
        outcome: 'denied',
      });
      throw new ForbiddenException('Je kunt dit signaal niet wijzigen.');
    }
    return { facts, row };
  }

  /** `UPDATE … WHERE version = $n`: a stale write answers 409 with the signal as it is now. */
  private async bumpVersion(
    manager: EntityManager,
    actor: Actor,
    facts: CaseFacts,
    row: SignalRow,
    version: number,
    changes: Record<string, unknown>,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(CaseSignalEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND organisation_id = :organisationId AND version = :version', {
        id: row.id,
        organisationId: actor.organisationId,
        version,
      })
      .execute();
    if (result.affected === 0) throw new StaleVersionException(await this.view(manager, actor, facts, row.id));
  }

  private async view(manager: EntityManager, actor: Actor, facts: CaseFacts, signalId: string): Promise<SignalView> {
    const row = await this.reader.one(manager, actor.organisationId, signalId);
    if (!row) throw new NotFoundException(SIGNAL_NOT_FOUND);
    const [view] = await this.views(manager, actor, facts, [row]);
    if (!view) throw new NotFoundException(SIGNAL_NOT_FOUND);
    return view;
  }

  private async views(
    manager: EntityManager,
    actor: Actor,
    facts: CaseFacts,
    rows: SignalRow[],
  ): Promise<SignalView[]> {
    const visible = rows.filter((row) => canReadSignal(actor, facts, row.recordedById));
    const followUps = await this.reader.followUps(
      manager,
      actor.organisationId,
      visible.map((row) => row.id),
    );
    return visible.map((row) =>
      toSignalView(row, followUps.get(row.id) ?? [], canEditSignal(actor, facts, row.recordedById)),
    );
  }
}
