import { Injectable } from '@nestjs/common';
import { FieldValidationException, StaleVersionException, type Actor } from '@naast/api-core';
import type { CaseFacts } from '@naast/api-cases';
import {
  diffPlanSnapshots,
  type PlanDiff,
  type PlanSnapshot,
  type PlanVersionSummary,
  type PlanVersionView,
  type PlanView,
} from '@naast/contracts';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import type { FixPlanDto, RecordEvaluationDto, UpdatePlanDto } from './dto/plan-requests.dto';
import { PlanFrame, type PlanAudit } from './plan-frame';
import { toPlanSnapshot, toVersionSummary } from './plan.mapper';
import { PlanEntity } from './plan.entity';
import { PlanReader } from './plan-reader';

interface VersionRecord extends PlanVersionSummary {
  id: string;
  snapshot: PlanSnapshot;
}

/** The plan as a whole: reading it, its agreement and evaluation dates, fixed versions and evaluations. */
@Injectable()
export class PlansService {
  constructor(
    private readonly frame: PlanFrame,
    private readonly reader: PlanReader,
  ) {}

  async get(actor: Actor, caseId: string): Promise<PlanView> {
    return this.frame.transaction(async (manager) => {
      const audit: PlanAudit = { action: 'read', entity: 'plan', entityId: null };
      const facts = await this.frame.readable(manager, actor, caseId, audit);
      const view = await this.frame.view(manager, actor, facts);
      await this.frame.log(manager, actor, facts, { ...audit, entityId: view.id });
      return view;
    });
  }

  /** Plan-level fields; the first write (version 0) creates the plan. */
  async update(actor: Actor, caseId: string, dto: UpdatePlanDto): Promise<PlanView> {
    const audit: PlanAudit = { action: 'update', entity: 'plan', entityId: null };
    return this.frame.write(actor, caseId, audit, async (manager, facts) => {
      await this.frame.mayEdit(actor, facts, audit);
      const existing = await this.frame.lockPlan(manager, actor, caseId);
      if (!existing && dto.version !== 0) return 'stale';
      const plan = existing ?? (await this.frame.ensurePlan(manager, actor, facts));
      const expected = existing ? dto.version : plan.version;

      const agreedOn = dto.agreedOn !== undefined ? dto.agreedOn : plan.agreedOn;
      const agreementMethod = dto.agreementMethod !== undefined ? dto.agreementMethod : plan.agreementMethod;
      if (agreedOn && !agreementMethod)
        throw new FieldValidationException([
          { field: 'agreementMethod', reason: 'is verplicht als er een datum van akkoord is' },
        ]);
      if (!agreedOn && agreementMethod)
        throw new FieldValidationException([
          { field: 'agreedOn', reason: 'is verplicht als er een manier van akkoord is' },
        ]);

      const set: QueryDeepPartialEntity<PlanEntity> = {};
      if (dto.agreedOn !== undefined) set.agreedOn = dto.agreedOn;
      if (dto.agreementMethod !== undefined) set.agreementMethod = dto.agreementMethod;
      if (dto.nextEvaluationOn !== undefined) set.nextEvaluationOn = dto.nextEvaluationOn;
      if (!(await this.bumpIfCurrent(manager, actor, plan.id, expected, set))) return 'stale';
      await this.frame.log(manager, actor, facts, { ...audit, entityId: plan.id });
      return 'written';
    });
  }

  /** Stores the living plan as the next immutable version, when the reviewed `version` is still current. */
  async fix(actor: Actor, caseId: string, dto: FixPlanDto): Promise<PlanVersionView> {
    const audit: PlanAudit = { action: 'create', entity: 'plan_version', entityId: null };
    const outcome = await this.frame.transaction(async (manager) => {
      const facts = await this.frame.editable(manager, actor, caseId, audit);
      const plan = await this.frame.lockPlan(manager, actor, caseId);
      const stale = async () => {
        await this.frame.log(manager, actor, facts, { ...audit, action: 'read', entity: 'plan' }, 'stale version');
        return { stale: await this.frame.view(manager, actor, facts) };
      };
      if (!plan) return stale();
      const snapshot = toPlanSnapshot(await this.reader.aggregate(manager, actor.organisationId, caseId));
      if (plan.version === dto.version && snapshot.goals.length === 0)
        throw new FieldValidationException(
          [{ field: 'goals', reason: 'een plan zonder doelen kan niet worden vastgesteld' }],
          'Het plan heeft nog geen doelen.',
        );
      if (!(await this.bumpIfCurrent(manager, actor, plan.id, dto.version, {}))) return stale();
      const [version] = await manager.query<{ id: string; number: number }[]>(
        `INSERT INTO plan_versions (organisation_id, plan_id, number, snapshot, note, fixed_by_id)
         VALUES ($1, $2, (SELECT COALESCE(max(number), 0) + 1 FROM plan_versions WHERE plan_id = $2), $3, $4, $5)
         RETURNING id, number`,
        [actor.organisationId, plan.id, JSON.stringify(snapshot), dto.note ?? null, actor.userId],
      );
      if (!version) throw new Error('The version was not stored');
      await this.frame.log(manager, actor, facts, { ...audit, entityId: version.id }, `version ${version.number}`);
      const fixed = await this.findVersion(manager, actor, facts, plan.id, version.number);
      if (!fixed) throw new Error('The version just stored was not found');
      return { fixed };
    });
    if ('stale' in outcome) throw new StaleVersionException(outcome.stale);
    return outcome.fixed;
  }

  async listVersions(actor: Actor, caseId: string): Promise<PlanVersionSummary[]> {
    return this.frame.transaction(async (manager) => {
      const audit: PlanAudit = { action: 'read', entity: 'plan', entityId: null };
      const facts = await this.frame.readable(manager, actor, caseId, audit);
      const aggregate = await this.reader.aggregate(manager, actor.organisationId, caseId);
      await this.frame.log(manager, actor, facts, { ...audit, entityId: aggregate.plan?.id ?? null }, 'versions');
      return aggregate.versions.map(toVersionSummary);
    });
  }

  async getVersion(actor: Actor, caseId: string, number: number): Promise<PlanVersionView> {
    return this.frame.transaction(async (manager) => {
      const audit: PlanAudit = { action: 'read', entity: 'plan_version', entityId: null };
      const facts = await this.frame.readable(manager, actor, caseId, audit);
      const plan = await this.planId(manager, actor, caseId);
      const version = plan ? await this.findVersion(manager, actor, facts, plan, number) : null;
      if (!version) return this.frame.notFound(actor, audit, facts.clientId);
      return version;
    });
  }

  /** What changed from one fixed version to another, or to the living plan (`current`). */
  async diff(actor: Actor, caseId: string, from: number, to: number | 'current'): Promise<PlanDiff> {
    return this.frame.transaction(async (manager) => {
      const audit: PlanAudit = { action: 'read', entity: 'plan', entityId: null };
      const facts = await this.frame.readable(manager, actor, caseId, audit);
      const aggregate = await this.reader.aggregate(manager, actor.organisationId, caseId);
      const planId = aggregate.plan?.id ?? null;
      const snapshots = planId
        ? await manager.query<{ number: number; snapshot: PlanSnapshot }[]>(
            'SELECT number, snapshot FROM plan_versions WHERE plan_id = $1 AND number = ANY($2::int[])',
            [planId, [from, to === 'current' ? from : to]],
          )
        : [];
      const snapshotOf = (n: number) => snapshots.find((s) => s.number === n)?.snapshot;
      const before = snapshotOf(from);
      const after = to === 'current' ? toPlanSnapshot(aggregate) : snapshotOf(to);
      const missing = [
        ...(before ? [] : [{ field: 'from', reason: `versie ${from} bestaat niet` }]),
        ...(after ? [] : [{ field: 'to', reason: `versie ${to} bestaat niet` }]),
      ];
      if (!before || !after) throw new FieldValidationException(missing);
      await this.frame.log(manager, actor, facts, { ...audit, entityId: planId }, `diff ${from}..${to}`);
      return { from, to, ...diffPlanSnapshots(before, after) };
    });
  }

  /**
   * Records progress per goal and sets the next evaluation date. A goal evaluated as achieved gets
   * the status achieved.
   */
  async evaluate(actor: Actor, caseId: string, dto: RecordEvaluationDto): Promise<PlanView> {
    const audit: PlanAudit = { action: 'create', entity: 'plan_evaluation', entityId: null };
    return this.frame.write(actor, caseId, audit, async (manager, facts) => {
      await this.frame.mayEdit(actor, facts, audit);
      const plan = await this.frame.lockPlan(manager, actor, caseId);
      if (!plan)
        throw new FieldValidationException([
          { field: 'goals', reason: 'het plan heeft nog geen doelen om te evalueren' },
        ]);
      if (dto.nextEvaluationOn && dto.nextEvaluationOn <= dto.evaluatedOn)
        throw new FieldValidationException([{ field: 'nextEvaluationOn', reason: 'moet na de evaluatiedatum liggen' }]);
      const goals = await manager.query<{ id: string; title: string }[]>(
        'SELECT id, title FROM plan_goals WHERE plan_id = $1',
        [plan.id],
      );
      const titles = new Map(goals.map((g) => [g.id, g.title]));
      const seen = new Set<string>();
      const problems = dto.goals.flatMap((g, i) => {
        const problem = !titles.has(g.goalId)
          ? 'is geen doel van dit plan'
          : seen.has(g.goalId)
            ? 'staat al eerder in deze evaluatie'
            : null;
        seen.add(g.goalId);
        return problem ? [{ field: `goals.${i}.goalId`, reason: problem }] : [];
      });
      if (problems.length > 0) throw new FieldValidationException(problems);

      if (!(await this.bumpIfCurrent(manager, actor, plan.id, dto.version, { nextEvaluationOn: dto.nextEvaluationOn })))
        return 'stale';
      const [evaluation] = await manager.query<{ id: string }[]>(
        `INSERT INTO plan_evaluations (organisation_id, plan_id, evaluated_on, summary, goals, next_evaluation_on, evaluated_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          actor.organisationId,
          plan.id,
          dto.evaluatedOn,
          dto.summary ?? null,
          JSON.stringify(
            dto.goals.map((g) => ({
              goalId: g.goalId,
              goalTitle: titles.get(g.goalId) ?? '',
              progress: g.progress,
              note: g.note ?? null,
            })),
          ),
          dto.nextEvaluationOn,
          actor.userId,
        ],
      );
      const achieved = dto.goals.filter((g) => g.progress === 'achieved').map((g) => g.goalId);
      if (achieved.length > 0)
        await manager.query(
          `UPDATE plan_goals SET status = 'achieved', stopped_reason = NULL, version = version + 1, updated_at = now()
            WHERE plan_id = $1 AND id = ANY($2::uuid[]) AND status <> 'achieved'`,
          [plan.id, achieved],
        );
      await this.frame.log(manager, actor, facts, { ...audit, entityId: evaluation?.id ?? null });
      return 'written';
    });
  }

  /** The optimistic lock of the plan row, checked in the UPDATE itself. */
  private async bumpIfCurrent(
    manager: EntityManager,
    actor: Actor,
    planId: string,
    version: number,
    set: QueryDeepPartialEntity<PlanEntity>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(PlanEntity)
      .set({ ...set, version: () => 'version + 1' })
      .where('id = :id AND organisation_id = :organisationId AND version = :version', {
        id: planId,
        organisationId: actor.organisationId,
        version,
      })
      .execute();
    return result.affected === 1;
  }

  private async planId(manager: EntityManager, actor: Actor, caseId: string): Promise<string | null> {
    const [row] = await manager.query<{ id: string }[]>(
      'SELECT id FROM plans WHERE case_id = $1 AND organisation_id = $2',
      [caseId, actor.organisationId],
    );
    return row?.id ?? null;
  }

  /** One fixed version with its snapshot; the read is logged. */
  private async findVersion(
    manager: EntityManager,
    actor: Actor,
    facts: CaseFacts,
    planId: string,
    number: number,
  ): Promise<PlanVersionView | null> {
    const [row] = await manager.query<
      (Omit<VersionRecord, 'fixedBy'> & {
        user_id: string;
        display_name: string;
        role: VersionRecord['fixedBy']['role'];
      })[]
    >(
      `SELECT v.id, v.number, v.fixed_at AS "fixedAt", v.note, v.snapshot, u.id AS user_id, u.display_name, u.role
         FROM plan_versions v JOIN users u ON u.id = v.fixed_by_id
        WHERE v.plan_id = $1 AND v.organisation_id = $2 AND v.number = $3`,
      [planId, actor.organisationId, number],
    );
    if (!row) return null;
    await this.frame.log(manager, actor, facts, { action: 'read', entity: 'plan_version', entityId: row.id });
    return {
      ...toVersionSummary({
        number: row.number,
        fixedAt: new Date(row.fixedAt),
        note: row.note,
        fixedBy: { id: row.user_id, displayName: row.display_name, role: row.role },
      }),
      snapshot: row.snapshot,
    };
  }
}
