import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessLogService,
  FieldValidationException,
  StaleVersionException,
  todayIsoDate,
  type AccessAction,
  type Actor,
} from '@naast/api-core';
import { CaseAccessService, canEditCase, type CaseFacts } from '@naast/api-cases';
import {
  openProcedureDeadlines,
  procedureDateProblems,
  procedureDeadlineLabel,
  type CaseProceduresView,
  type DateProblem,
  type ProcedureDates,
  type ProcedureKind,
  type ProcedureStep,
  type ProcedureView,
} from '@naast/contracts';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CaseProcedureDateEntity } from './case-procedure-date.entity';
import { CaseProcedureDeadlineEntity } from './case-procedure-deadline.entity';
import { CaseProcedureEntity } from './case-procedure.entity';
import type { CreateProcedureDto, ProcedureDatesDto, UpdateProcedureDto } from './dto/procedure-requests.dto';
import { toProcedureDates, toProcedureView } from './procedure.mapper';

const ENTITY = 'case_procedure';

/** The dates a request sets (a date) and clears (null), leaving out the steps it does not mention. */
function requestedDates(dates: ProcedureDatesDto | undefined): { set: ProcedureDates; cleared: ProcedureStep[] } {
  const set: ProcedureDates = {};
  const cleared: ProcedureStep[] = [];
  for (const [step, date] of Object.entries(dates ?? {}) as [ProcedureStep, string | null | undefined][]) {
    if (date === null) cleared.push(step);
    else if (date !== undefined) set[step] = date;
  }
  return { set, cleared };
}

function advisoryCommitteeProblem(kind: ProcedureKind, advisoryCommittee: boolean): DateProblem[] {
  return advisoryCommittee && kind !== 'bezwaar'
    ? [{ field: 'advisoryCommittee', reason: 'geldt alleen voor een bezwaarprocedure' }]
    : [];
}

/**
 * The procedures of a case: read by the supporters and team leads who read the case, changed by
 * whoever edits the case. Every read and change writes the access log in its transaction.
 */
@Injectable()
export class ProceduresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
  ) {}

  async list(actor: Actor, caseId: string): Promise<CaseProceduresView> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.caseAccess.readable(manager, actor, caseId, {
        action: 'read',
        entity: 'case',
        entityId: caseId,
      });
      const procedures = await manager.find(CaseProcedureEntity, {
        where: { organisationId: actor.organisationId, caseId },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      const today = todayIsoDate();
      const editable = canEditCase(actor, facts);
      const dates = await this.datesOf(manager, actor.organisationId, procedures);
      const items = procedures.map((p) => toProcedureView(p, dates.get(p.id) ?? [], today, editable));
      const detail = JSON.stringify({ caseId, results: items.length });
      await this.accessLog.recordMany(
        manager,
        actor,
        items.length > 0
          ? items.map((p) => ({
              action: 'read' as const,
              entity: ENTITY,
              entityId: p.id,
              clientId: facts.clientId,
              detail,
            }))
          : [{ action: 'read' as const, entity: ENTITY, entityId: null, clientId: facts.clientId, detail }],
      );
      return { caseId, today, editable, items };
    });
  }

  async create(actor: Actor, caseId: string, dto: CreateProcedureDto): Promise<ProcedureView> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.editableCase(manager, actor, caseId, 'create');
      const { set: dates } = requestedDates(dto.dates);
      const outcome = dto.outcome ?? 'lopend';
      const outcomeOn = dto.outcomeOn ?? null;
      const advisoryCommittee = dto.advisoryCommittee ?? false;
      this.assertValid([
        ...advisoryCommitteeProblem(dto.kind, advisoryCommittee),
        ...procedureDateProblems(dto.kind, dates, { outcome, outcomeOn }, todayIsoDate()),
      ]);

      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CaseProcedureEntity)
        .values({
          organisationId: actor.organisationId,
          caseId,
          kind: dto.kind,
          office: dto.office,
          advisoryCommittee,
          outcome,
          outcomeOn,
          outcomeNote: dto.outcomeNote ?? null,
          createdById: actor.userId,
        })
        .returning(['id'])
        .execute();
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.writeDates(manager, actor.organisationId, id, dates, []);
      await this.writeDeadlines(manager, actor.organisationId, id);
      await this.accessLog.record(manager, actor, {
        action: 'create',
        entity: ENTITY,
        entityId: id,
        clientId: facts.clientId,
        detail: JSON.stringify({ caseId, kind: dto.kind, steps: Object.keys(dates) }),
      });
      return this.view(manager, actor, id, facts);
    });
  }

  /** Changes office, dates or outcome on the version the caller saw; a stale one answers 409 with the current procedure. */
  async update(actor: Actor, caseId: string, id: string, dto: UpdateProcedureDto): Promise<ProcedureView> {
    const outcome = await this.dataSource.transaction(
      async (manager): Promise<{ stale: ProcedureView } | { updated: ProcedureView }> => {
        const { procedure, facts } = await this.findEditable(manager, actor, caseId, id, 'update');
        if (procedure.version !== dto.version) return { stale: await this.staleView(manager, actor, id, facts) };

        const current = toProcedureDates(procedure, await this.datesOfOne(manager, actor.organisationId, id));
        const { set, cleared } = requestedDates(dto.dates);
        const merged: ProcedureDates = { ...current, ...set };
        for (const step of cleared) delete merged[step];
        const nextOutcome = dto.outcome ?? procedure.outcome;
        const outcomeOn =
          dto.outcomeOn !== undefined ? dto.outcomeOn : nextOutcome === 'lopend' ? null : procedure.outcomeOn;
        const advisoryCommittee = dto.advisoryCommittee ?? procedure.advisoryCommittee;
        this.assertValid([
          ...advisoryCommitteeProblem(procedure.kind, advisoryCommittee),
          ...procedureDateProblems(procedure.kind, merged, { outcome: nextOutcome, outcomeOn }, todayIsoDate()),
        ]);

        const result = await manager
          .createQueryBuilder()
          .update(CaseProcedureEntity)
          .set({
            office: dto.office ?? procedure.office,
            advisoryCommittee,
            outcome: nextOutcome,
            outcomeOn,
            outcomeNote: dto.outcomeNote !== undefined ? dto.outcomeNote : procedure.outcomeNote,
            version: () => 'version + 1',
          })
          .where('id = :id AND organisation_id = :organisationId AND version = :version', {
            id,
            organisationId: actor.organisationId,
            version: dto.version,
          })
          .execute();
        if (result.affected !== 1) return { stale: await this.staleView(manager, actor, id, facts) };

        await this.writeDates(manager, actor.organisationId, id, set, cleared);
        await this.writeDeadlines(manager, actor.organisationId, id);
        const changed = Object.keys(dto).filter((key) => key !== 'version' && key !== 'dates');
        const steps = [...Object.keys(set), ...cleared];
        await this.accessLog.record(manager, actor, {
          action: 'update',
          entity: ENTITY,
          entityId: id,
          clientId: facts.clientId,
          detail: JSON.stringify({ caseId, changed, steps }),
        });
        return { updated: await this.view(manager, actor, id, facts) };
      },
    );
    if ('stale' in outcome) throw new StaleVersionException(outcome.stale);
    return outcome.updated;
  }

  /** Removes a procedure entered by mistake, with its dates; a stale version answers 409. */
  async remove(actor: Actor, caseId: string, id: string, version: number): Promise<void> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<{ stale: ProcedureView } | null> => {
      const { procedure, facts } = await this.findEditable(manager, actor, caseId, id, 'update');
      if (procedure.version !== version) return { stale: await this.staleView(manager, actor, id, facts) };
      const result = await manager
        .createQueryBuilder()
        .delete()
        .from(CaseProcedureEntity)
        .where('id = :id AND organisation_id = :organisationId AND version = :version', {
          id,
          organisationId: actor.organisationId,
          version,
        })
        .execute();
      if (result.affected !== 1) return { stale: await this.staleView(manager, actor, id, facts) };
      await this.accessLog.record(manager, actor, {
        action: 'update',
        entity: ENTITY,
        entityId: id,
        clientId: facts.clientId,
        detail: JSON.stringify({ caseId, removed: true, kind: procedure.kind }),
      });
      return null;
    });
    if (outcome) throw new StaleVersionException(outcome.stale);
  }

  private assertValid(problems: DateProblem[]): void {
    if (problems.length > 0) throw new FieldValidationException(problems);
  }

  /** The case, when the actor may edit it; 404/403 otherwise, logged. */
  private async editableCase(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    action: AccessAction,
  ): Promise<CaseFacts> {
    const refusal = { action, entity: 'case' as const, entityId: caseId };
    const facts = await this.caseAccess.readable(manager, actor, caseId, refusal);
    if (!canEditCase(actor, facts))
      return this.caseAccess.deny(actor, refusal, facts.clientId, 'Je mag de procedures van deze casus niet wijzigen.');
    return facts;
  }

  /**
   * A procedure of this case in the actor's organisation that the actor may edit. A missing one, one
   * of another case or of another organisation all answer the same 404.
   */
  private async findEditable(
    manager: EntityManager,
    actor: Actor,
    caseId: string,
    id: string,
    action: AccessAction,
  ): Promise<{ procedure: CaseProcedureEntity; facts: CaseFacts }> {
    const procedure = await manager.findOne(CaseProcedureEntity, {
      where: { id, caseId, organisationId: actor.organisationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!procedure) {
      await this.accessLog.recordRefusal(actor, {
        action,
        entity: ENTITY,
        entityId: id,
        clientId: null,
        outcome: 'not_found',
      });
      throw new NotFoundException('Procedure niet gevonden.');
    }
    const facts = await this.editableCase(manager, actor, caseId, action);
    return { procedure, facts };
  }

  private async staleView(manager: EntityManager, actor: Actor, id: string, facts: CaseFacts): Promise<ProcedureView> {
    await this.accessLog.record(manager, actor, {
      action: 'read',
      entity: ENTITY,
      entityId: id,
      clientId: facts.clientId,
      detail: 'stale version',
    });
    return this.view(manager, actor, id, facts);
  }

  private async view(manager: EntityManager, actor: Actor, id: string, facts: CaseFacts): Promise<ProcedureView> {
    const procedure = await manager.findOneByOrFail(CaseProcedureEntity, { id, organisationId: actor.organisationId });
    const dates = await this.datesOfOne(manager, actor.organisationId, id);
    return toProcedureView(procedure, dates, todayIsoDate(), canEditCase(actor, facts));
  }

  private datesOfOne(manager: EntityManager, organisationId: string, id: string): Promise<CaseProcedureDateEntity[]> {
    return manager.findBy(CaseProcedureDateEntity, { procedureId: id, organisationId });
  }

  private async datesOf(
    manager: EntityManager,
    organisationId: string,
    procedures: readonly CaseProcedureEntity[],
  ): Promise<Map<string, CaseProcedureDateEntity[]>> {
    const byProcedure = new Map<string, CaseProcedureDateEntity[]>();
    if (procedures.length === 0) return byProcedure;
    const rows = await manager.findBy(CaseProcedureDateEntity, {
      procedureId: In(procedures.map((p) => p.id)),
      organisationId,
    });
    for (const row of rows) byProcedure.set(row.procedureId, [...(byProcedure.get(row.procedureId) ?? []), row]);
    return byProcedure;
  }

  /** Rewrites the procedure's open deadlines from what is stored now, in the change's transaction. */
  private async writeDeadlines(manager: EntityManager, organisationId: string, procedureId: string): Promise<void> {
    const procedure = await manager.findOneByOrFail(CaseProcedureEntity, { id: procedureId, organisationId });
    const dates = toProcedureDates(procedure, await this.datesOfOne(manager, organisationId, procedureId));
    await manager.delete(CaseProcedureDeadlineEntity, { procedureId, organisationId });
    const rows = openProcedureDeadlines({
      kind: procedure.kind,
      dates,
      outcome: procedure.outcome,
      advisoryCommittee: procedure.advisoryCommittee,
    }).map(({ step, dueOn }) => ({
      procedureId,
      step,
      organisationId,
      caseId: procedure.caseId,
      dueOn,
      label: procedureDeadlineLabel(procedure.kind, step),
    }));
    if (rows.length > 0) await manager.insert(CaseProcedureDeadlineEntity, rows);
  }

  private async writeDates(
    manager: EntityManager,
    organisationId: string,
    procedureId: string,
    set: ProcedureDates,
    cleared: readonly ProcedureStep[],
  ): Promise<void> {
    if (cleared.length > 0)
      await manager.delete(CaseProcedureDateEntity, { procedureId, organisationId, step: In([...cleared]) });
    const rows = (Object.entries(set) as [ProcedureStep, string][]).map(([step, occurredOn]) => ({
      procedureId,
      organisationId,
      step,
      occurredOn,
    }));
    if (rows.length > 0)
      await manager
        .createQueryBuilder()
        .insert()
        .into(CaseProcedureDateEntity)
        .values(rows)
        .orUpdate(['occurred_on'], ['procedure_id', 'step'])
        .execute();
  }
}
