import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, StaleVersionException, todayIsoDate, type AccessAction, type Actor } from '@naast/api-core';
import { CaseAccessService, canReadCase, type CaseFacts } from '@naast/api-cases';
import type { PlanAgreementMethod, PlanView } from '@naast/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { canEditPlan } from './domain/plan-access';
import { toPlanView } from './plan.mapper';
import { PlanReader } from './plan-reader';

/** The records of a plan the access log names. */
export type PlanRecord = 'plan' | 'plan_goal' | 'plan_action' | 'plan_version' | 'plan_evaluation';

/** What a request is about, for the access log (also when it is refused). */
export interface PlanAudit {
  action: AccessAction;
  entity: PlanRecord;
  entityId: string | null;
}

/** The plan row as a write finds it, locked for the rest of the transaction. */
export interface LockedPlan {
  id: string;
  version: number;
  agreedOn: string | null;
  agreementMethod: PlanAgreementMethod | null;
}

/** A write either happened or was based on a stale version. */
export type WriteOutcome = 'written' | 'stale';

const NOT_FOUND: Record<PlanRecord, string> = {
  plan: 'Casus niet gevonden.',
  plan_goal: 'Doel niet gevonden.',
  plan_action: 'Actie niet gevonden.',
  plan_version: 'Versie niet gevonden.',
  plan_evaluation: 'Evaluatie niet gevonden.',
};

/**
 * What every plan route shares: find the case in the actor's organisation and check scope (404 or
 * 403, logged), lock the plan row so writes on one plan follow each other, and answer the view or,
 * on a stale version, 409 with the current view.
 */
@Injectable()
export class PlanFrame {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly caseAccess: CaseAccessService,
    private readonly reader: PlanReader,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The case's facts when the actor may read it; otherwise 404 (also for another organisation) or 403. */
  async readable(manager: EntityManager, actor: Actor, caseId: string, audit: PlanAudit): Promise<CaseFacts> {
    const facts = await this.caseAccess.findFacts(manager, actor.organisationId, caseId);
    if (!facts) return this.notFound(actor, { ...audit, entity: 'plan' }, null);
    if (!canReadCase(actor, facts))
      return this.deny(actor, audit, facts.clientId, 'Je hebt geen toegang tot deze casus.');
    return facts;
  }

  /** As `readable`, and the actor may edit the plan. */
  async editable(manager: EntityManager, actor: Actor, caseId: string, audit: PlanAudit): Promise<CaseFacts> {
    const facts = await this.readable(manager, actor, caseId, audit);
    if (!canEditPlan(actor, facts)) return this.deny(actor, audit, facts.clientId, 'Je mag dit plan niet wijzigen.');
    return facts;
  }

  /** Inside a write whose case was already found readable: the actor must also edit the plan. */
  async mayEdit(actor: Actor, facts: CaseFacts, audit: PlanAudit): Promise<void> {
    if (!canEditPlan(actor, facts)) await this.deny(actor, audit, facts.clientId, 'Je mag dit plan niet wijzigen.');
  }

  async deny(actor: Actor, audit: PlanAudit, clientId: string, message: string): Promise<never> {
    await this.accessLog.recordRefusal(actor, { ...audit, clientId, outcome: 'denied' });
    throw new ForbiddenException(message);
  }

  async notFound(actor: Actor, audit: PlanAudit, clientId: string | null): Promise<never> {
    await this.accessLog.recordRefusal(actor, { ...audit, clientId, outcome: 'not_found' });
    throw new NotFoundException(NOT_FOUND[audit.entity]);
  }

  async log(manager: EntityManager, actor: Actor, facts: CaseFacts, audit: PlanAudit, detail?: string): Promise<void> {
    await this.accessLog.record(manager, actor, { ...audit, clientId: facts.clientId, detail: detail ?? null });
  }

  /** The case's plan, locked until the transaction ends; null while the case has none. */
  async lockPlan(manager: EntityManager, actor: Actor, caseId: string): Promise<LockedPlan | null> {
    const [plan] = await manager.query<LockedPlan[]>(
      `SELECT id, version, to_char(agreed_on, 'YYYY-MM-DD') AS "agreedOn", agreement_method AS "agreementMethod"
         FROM plans WHERE case_id = $1 AND organisation_id = $2 FOR UPDATE`,
      [caseId, actor.organisationId],
    );
    return plan ?? null;
  }

  /** The case's plan, created (and logged) on the first write. */
  async ensurePlan(manager: EntityManager, actor: Actor, facts: CaseFacts): Promise<LockedPlan> {
    const existing = await this.lockPlan(manager, actor, facts.id);
    if (existing) return existing;
    // A concurrent first write may win the insert; the lock below then waits for it.
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO plans (organisation_id, case_id, created_by_id) VALUES ($1, $2, $3)
       ON CONFLICT (case_id) DO NOTHING RETURNING id`,
      [actor.organisationId, facts.id, actor.userId],
    );
    if (inserted[0])
      await this.log(manager, actor, facts, { action: 'create', entity: 'plan', entityId: inserted[0].id });
    const plan = await this.lockPlan(manager, actor, facts.id);
    if (!plan) throw new Error(`The plan of case ${facts.id} was not created`);
    return plan;
  }

  /** Every change in a plan moves the plan's version, so fixing and evaluating see what changed. */
  async touchPlan(manager: EntityManager, planId: string): Promise<void> {
    await manager.query('UPDATE plans SET version = version + 1, updated_at = now() WHERE id = $1', [planId]);
  }

  async view(manager: EntityManager, actor: Actor, facts: CaseFacts): Promise<PlanView> {
    const aggregate = await this.reader.aggregate(manager, actor.organisationId, facts.id);
    return toPlanView(aggregate, actor, facts, todayIsoDate());
  }

  /**
   * The frame of every plan write: `work` checks access and changes the plan in one transaction.
   * When it reports a stale version, nothing was written; the current view is logged as read and
   * sent with the 409, so the user's input is not lost.
   */
  async write(
    actor: Actor,
    caseId: string,
    audit: PlanAudit,
    work: (manager: EntityManager, facts: CaseFacts) => Promise<WriteOutcome>,
  ): Promise<PlanView> {
    const outcome = await this.transaction(async (manager) => {
      const facts = await this.readable(manager, actor, caseId, audit);
      if ((await work(manager, facts)) === 'stale') {
        await this.log(manager, actor, facts, { ...audit, action: 'read' }, 'stale version');
        return { stale: await this.view(manager, actor, facts) };
      }
      return { written: await this.view(manager, actor, facts) };
    });
    if ('stale' in outcome) throw new StaleVersionException(outcome.stale);
    return outcome.written;
  }
}
