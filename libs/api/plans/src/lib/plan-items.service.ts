import { Injectable } from '@nestjs/common';
import { FieldValidationException, todayIsoDate, type Actor } from '@naast/api-core';
import type { CaseFacts } from '@naast/api-cases';
import type {
  ActionOwnerInput,
  ActionOwnerKind,
  ActionStatus,
  DomainCode,
  GoalStatus,
  PlanView,
} from '@naast/contracts';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { canCompleteAction, canEditPlan } from './domain/plan-access';
import { findDependencyCycle } from './domain/plan-dependencies';
import type { CreateActionDto, CreateGoalDto, UpdateActionDto, UpdateGoalDto } from './dto/plan-requests.dto';
import { PlanActionEntity } from './plan-action.entity';
import { PlanFrame, type LockedPlan, type PlanAudit } from './plan-frame';
import { PlanGoalEntity } from './plan-goal.entity';

interface GoalFacts {
  id: string;
  title: string;
  status: GoalStatus;
  stoppedReason: string | null;
}

interface ActionFacts {
  id: string;
  ownerKind: ActionOwnerKind;
  ownerUserId: string | null;
  status: ActionStatus;
  doneOn: string | null;
}

interface OwnerColumns {
  ownerKind: ActionOwnerKind;
  ownerUserId: string | null;
  ownerName: string | null;
}

const NAMED_OWNERS: readonly ActionOwnerKind[] = ['network', 'external'];
const USER_OWNERS: readonly ActionOwnerKind[] = ['supporter', 'volunteer'];

/** Goals and actions of a plan: each with its own version, each change also moving the plan's version. */
@Injectable()
export class PlanItemsService {
  constructor(private readonly frame: PlanFrame) {}

  async createGoal(actor: Actor, caseId: string, dto: CreateGoalDto): Promise<PlanView> {
    const audit: PlanAudit = { action: 'create', entity: 'plan_goal', entityId: null };
    return this.frame.write(actor, caseId, audit, async (manager, facts) => {
      await this.frame.mayEdit(actor, facts, audit);
      const plan = await this.frame.ensurePlan(manager, actor, facts);
      const dependsOn = dto.dependsOn ?? [];
      await this.assertGoalsOfPlan(manager, plan.id, dependsOn);
      const [{ id }] = (await manager.query(
        `INSERT INTO plan_goals (organisation_id, plan_id, position, title, desired_outcome)
         VALUES ($1, $2, (SELECT COALESCE(max(position), 0) + 1 FROM plan_goals WHERE plan_id = $2), $3, $4)
         RETURNING id`,
        [actor.organisationId, plan.id, dto.title, dto.desiredOutcome ?? null],
      )) as [{ id: string }];
      await this.replaceDomains(manager, actor.organisationId, id, dto.domains);
      await this.replaceDependencies(manager, actor.organisationId, id, dependsOn);
      await this.frame.touchPlan(manager, plan.id);
      await this.frame.log(manager, actor, facts, { ...audit, entityId: id });
      return 'written';
    });
  }

  /** Applies the fields sent when `version` is current; `dependsOn` replaces the prerequisites and never makes a cycle. */
  async updateGoal(actor: Actor, caseId: string, goalId: string, dto: UpdateGoalDto): Promise<PlanView> {
    const audit: PlanAudit = { action: 'update', entity: 'plan_goal', entityId: goalId };
    return this.frame.write(actor, caseId, audit, async (manager, facts) => {
      await this.frame.mayEdit(actor, facts, audit);
      const { plan, goal } = await this.findGoal(manager, actor, facts, audit, goalId);
      const status = dto.status ?? goal.status;
      const stoppedReason = this.stoppedReasonAfter(status, dto.stoppedReason, goal);
      if (dto.dependsOn !== undefined) await this.assertDependencies(manager, plan.id, goalId, dto.dependsOn);

      const set: QueryDeepPartialEntity<PlanGoalEntity> = { status, stoppedReason };
      if (dto.title !== undefined) set.title = dto.title;
      if (dto.desiredOutcome !== undefined) set.desiredOutcome = dto.desiredOutcome;
      const updated = await manager
        .createQueryBuilder()
        .update(PlanGoalEntity)
        .set({ ...set, version: () => 'version + 1' })
        .where('id = :id AND plan_id = :planId AND organisation_id = :organisationId AND version = :version', {
          id: goalId,
          planId: plan.id,
          organisationId: actor.organisationId,
          version: dto.version,
        })
        .execute();
      if (updated.affected !== 1) return 'stale';

      if (dto.domains !== undefined) await this.replaceDomains(manager, actor.organisationId, goalId, dto.domains);
      if (dto.dependsOn !== undefined)
        await this.replaceDependencies(manager, actor.organisationId, goalId, dto.dependsOn);
      await this.frame.touchPlan(manager, plan.id);
      await this.frame.log(manager, actor, facts, audit, changedFields(dto));
      return 'written';
    });
  }

  /** Removes a goal with its actions and the dependencies on it; fixed versions keep it. */
  async deleteGoal(actor: Actor, caseId: string, goalId: string, version: number): Promise<PlanView> {
    const audit: PlanAudit = { action: 'update', entity: 'plan_goal', entityId: goalId };
    return this.frame.write(actor, caseId, audit, async (manager, facts) => {
      await this.frame.mayEdit(actor, facts, audit);
      const { plan } = await this.findGoal(manager, actor, facts, audit, goalId);
      if (!(await this.deleteIfCurrent(manager, PlanGoalEntity, actor, plan.id, goalId, version))) return 'stale';
      await this.frame.touchPlan(manager, plan.id);
      await this.frame.log(manager, actor, facts, audit, 'removed');
      return 'written';
    });
  }

  async createAction(actor: Actor, caseId: string, goalId: string, dto: CreateActionDto): Promise<PlanView> {
    const audit: PlanAudit = { action: 'create', entity: 'plan_action', entityId: null };
    return this.frame.write(actor, caseId, audit, async (manager, facts) => {
      await this.frame.mayEdit(actor, facts, audit);
      const { plan } = await this.findGoal(
        manager,
        actor,
        facts,
        { ...audit, entity: 'plan_goal', entityId: goalId },
        goalId,
      );
      const owner = await this.ownerColumns(manager, actor, facts, dto.owner);
      const [{ id }] = (await manager.query(
        `INSERT INTO plan_actions (organisation_id, plan_id, goal_id, description, owner_kind, owner_user_id, owner_name, due_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          actor.organisationId,
          plan.id,
          goalId,
          dto.description,
          owner.ownerKind,
          owner.ownerUserId,
          owner.ownerName,
          dto.dueOn ?? null,
        ],
      )) as [{ id: string }];
      await this.frame.touchPlan(manager, plan.id);
      await this.frame.log(manager, actor, facts, { ...audit, entityId: id });
      return 'written';
    });
  }

  /**
   * The plan's editors change anything; a linked volunteer only ticks off (status open/done and
   * the done date) an action that is theirs.
   */
  async updateAction(actor: Actor, caseId: string, actionId: string, dto: UpdateActionDto): Promise<PlanView> {
    const audit: PlanAudit = { action: 'update', entity: 'plan_action', entityId: actionId };
    return this.frame.write(actor, caseId, audit, async (manager, facts) => {
      const plan = await this.frame.lockPlan(manager, actor, caseId);
      const action = plan ? await this.findActionFacts(manager, plan.id, actionId) : null;
      if (!plan || !action) return this.frame.notFound(actor, audit, facts.clientId);
      if (!canEditPlan(actor, facts)) {
        if (!canCompleteAction(actor, facts, action))
          return this.frame.deny(actor, audit, facts.clientId, 'Je mag deze actie niet wijzigen.');
        const onlyTicks = dto.description === undefined && dto.owner === undefined && dto.dueOn === undefined;
        if (!onlyTicks || dto.status === 'cancelled')
          return this.frame.deny(
            actor,
            audit,
            facts.clientId,
            'Je mag je eigen actie alleen afvinken of weer openzetten.',
          );
      }

      const set: QueryDeepPartialEntity<PlanActionEntity> = this.completionAfter(dto, action);
      if (dto.description !== undefined) set.description = dto.description;
      if (dto.dueOn !== undefined) set.dueOn = dto.dueOn;
      if (dto.owner !== undefined) Object.assign(set, await this.ownerColumns(manager, actor, facts, dto.owner));
      const updated = await manager
        .createQueryBuilder()
        .update(PlanActionEntity)
        .set({ ...set, version: () => 'version + 1' })
        .where('id = :id AND plan_id = :planId AND organisation_id = :organisationId AND version = :version', {
          id: actionId,
          planId: plan.id,
          organisationId: actor.organisationId,
          version: dto.version,
        })
        .execute();
      if (updated.affected !== 1) return 'stale';
      await this.frame.touchPlan(manager, plan.id);
      await this.frame.log(manager, actor, facts, audit, changedFields(dto));
      return 'written';
    });
  }

  async deleteAction(actor: Actor, caseId: string, actionId: string, version: number): Promise<PlanView> {
    const audit: PlanAudit = { action: 'update', entity: 'plan_action', entityId: actionId };
    return this.frame.write(actor, caseId, audit, async (manager, facts) => {
      await this.frame.mayEdit(actor, facts, audit);
      const plan = await this.frame.lockPlan(manager, actor, caseId);
      if (!plan || !(await this.findActionFacts(manager, plan.id, actionId)))
        return this.frame.notFound(actor, audit, facts.clientId);
      if (!(await this.deleteIfCurrent(manager, PlanActionEntity, actor, plan.id, actionId, version))) return 'stale';
      await this.frame.touchPlan(manager, plan.id);
      await this.frame.log(manager, actor, facts, audit, 'removed');
      return 'written';
    });
  }

  /** The optimistic lock on removal: only the version the user saw is removed. */
  private async deleteIfCurrent(
    manager: EntityManager,
    entity: typeof PlanGoalEntity | typeof PlanActionEntity,
    actor: Actor,
    planId: string,
    id: string,
    version: number,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(entity)
      .where('id = :id AND plan_id = :planId AND organisation_id = :organisationId AND version = :version', {
        id,
        planId,
        organisationId: actor.organisationId,
        version,
      })
      .execute();
    return result.affected === 1;
  }

  private async findGoal(
    manager: EntityManager,
    actor: Actor,
    facts: CaseFacts,
    audit: PlanAudit,
    goalId: string,
  ): Promise<{ plan: LockedPlan; goal: GoalFacts }> {
    const plan = await this.frame.lockPlan(manager, actor, facts.id);
    const [goal] = plan
      ? await manager.query<GoalFacts[]>(
          `SELECT id, title, status, stopped_reason AS "stoppedReason" FROM plan_goals WHERE id = $1 AND plan_id = $2`,
          [goalId, plan.id],
        )
      : [];
    if (!plan || !goal) return this.frame.notFound(actor, audit, facts.clientId);
    return { plan, goal };
  }

  private async findActionFacts(manager: EntityManager, planId: string, actionId: string): Promise<ActionFacts | null> {
    const [action] = await manager.query<ActionFacts[]>(
      `SELECT id, owner_kind AS "ownerKind", owner_user_id AS "ownerUserId", status,
              to_char(done_on, 'YYYY-MM-DD') AS "doneOn"
         FROM plan_actions WHERE id = $1 AND plan_id = $2`,
      [actionId, planId],
    );
    return action ?? null;
  }

  /** A stopped goal needs a reason; any other status has none. */
  private stoppedReasonAfter(status: GoalStatus, sent: string | null | undefined, goal: GoalFacts): string | null {
    if (status !== 'stopped') {
      if (sent)
        throw new FieldValidationException([
          { field: 'stoppedReason', reason: 'hoort alleen bij een gestopt doel (status stopped)' },
        ]);
      return null;
    }
    const reason = sent === undefined ? goal.stoppedReason : sent;
    if (!reason)
      throw new FieldValidationException([{ field: 'stoppedReason', reason: 'is verplicht als het doel gestopt is' }]);
    return reason;
  }

  /** Done means a done date (today unless given); any other status has none. */
  private completionAfter(dto: UpdateActionDto, action: ActionFacts): QueryDeepPartialEntity<PlanActionEntity> {
    const status = dto.status ?? action.status;
    if (status === 'done') {
      const doneOn = dto.doneOn ?? (action.status === 'done' && dto.doneOn === undefined ? action.doneOn : null);
      return { status, doneOn: doneOn ?? todayIsoDate() };
    }
    if (dto.doneOn)
      throw new FieldValidationException([{ field: 'doneOn', reason: 'hoort alleen bij een actie die gedaan is' }]);
    return { status, doneOn: null };
  }

  private async assertGoalsOfPlan(manager: EntityManager, planId: string, goalIds: readonly string[]): Promise<void> {
    if (goalIds.length === 0) return;
    const rows = await manager.query<{ id: string }[]>(
      'SELECT id FROM plan_goals WHERE plan_id = $1 AND id = ANY($2::uuid[])',
      [planId, goalIds],
    );
    const known = new Set(rows.map((r) => r.id));
    const unknown = goalIds.filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new FieldValidationException([
        { field: 'dependsOn', reason: `moet bestaan uit doelen van dit plan (niet: ${unknown.join(', ')})` },
      ]);
  }

  /** Prerequisites must be other goals of the same plan, and may not lead back to the goal. */
  private async assertDependencies(
    manager: EntityManager,
    planId: string,
    goalId: string,
    dependsOn: readonly string[],
  ): Promise<void> {
    if (dependsOn.includes(goalId))
      throw new FieldValidationException([{ field: 'dependsOn', reason: 'een doel kan niet van zichzelf afhangen' }]);
    await this.assertGoalsOfPlan(manager, planId, dependsOn);
    const rows = await manager.query<{ id: string; title: string; depends_on: string[] }[]>(
      `SELECT g.id, g.title,
              COALESCE((SELECT array_agg(d.depends_on_id) FROM plan_goal_dependencies d WHERE d.goal_id = g.id), '{}') AS depends_on
         FROM plan_goals g WHERE g.plan_id = $1`,
      [planId],
    );
    const cycle = findDependencyCycle(new Map(rows.map((r) => [r.id, r.depends_on])), goalId, dependsOn);
    if (cycle) {
      const titles = new Map(rows.map((r) => [r.id, r.title]));
      throw new FieldValidationException([
        {
          field: 'dependsOn',
          reason: `zou een kring maken: ${cycle.map((id) => `"${titles.get(id) ?? id}"`).join(' → ')}`,
        },
      ]);
    }
  }

  /** The owner's columns; a supporter or volunteer must be someone who works on this case. */
  private async ownerColumns(
    manager: EntityManager,
    actor: Actor,
    facts: CaseFacts,
    owner: ActionOwnerInput,
  ): Promise<OwnerColumns> {
    const userId = owner.userId ?? null;
    const name = owner.name ?? null;
    if (!USER_OWNERS.includes(owner.kind) && userId)
      throw new FieldValidationException([
        { field: 'owner.userId', reason: 'hoort alleen bij een cliëntondersteuner of vrijwilliger' },
      ]);
    if (!NAMED_OWNERS.includes(owner.kind) && name)
      throw new FieldValidationException([
        { field: 'owner.name', reason: 'hoort alleen bij iemand uit het netwerk of een externe partij' },
      ]);
    switch (owner.kind) {
      case 'client':
        return { ownerKind: 'client', ownerUserId: null, ownerName: null };
      case 'network':
      case 'external':
        if (!name)
          throw new FieldValidationException([
            { field: 'owner.name', reason: 'is verplicht: wie voert deze actie uit?' },
          ]);
        return { ownerKind: owner.kind, ownerUserId: null, ownerName: name };
      case 'volunteer':
        if (!userId || !facts.volunteerIds.includes(userId))
          throw new FieldValidationException([
            { field: 'owner.userId', reason: 'moet een vrijwilliger zijn die aan deze casus gekoppeld is' },
          ]);
        return { ownerKind: 'volunteer', ownerUserId: userId, ownerName: null };
      case 'supporter':
        if (!userId || !(await this.worksOnCase(manager, actor.organisationId, facts, userId)))
          throw new FieldValidationException([
            {
              field: 'owner.userId',
              reason: 'moet de casushouder zijn of een cliëntondersteuner of teamleider uit het team van de casus',
            },
          ]);
        return { ownerKind: 'supporter', ownerUserId: userId, ownerName: null };
    }
  }

  /** The lead supporter, or an active supporter or team lead of the case's team. */
  private async worksOnCase(
    manager: EntityManager,
    organisationId: string,
    facts: CaseFacts,
    userId: string,
  ): Promise<boolean> {
    if (userId === facts.leadSupporterId) return true;
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM users u JOIN team_memberships tm ON tm.user_id = u.id AND tm.team_id = $3
        WHERE u.id = $1 AND u.organisation_id = $2 AND u.active AND u.role IN ('supporter', 'team_lead')`,
      [userId, organisationId, facts.teamId],
    );
    return rows.length > 0;
  }

  private async replaceDomains(
    manager: EntityManager,
    organisationId: string,
    goalId: string,
    domains: readonly DomainCode[],
  ): Promise<void> {
    await manager.query('DELETE FROM plan_goal_domains WHERE goal_id = $1', [goalId]);
    await manager.query(
      `INSERT INTO plan_goal_domains (goal_id, domain_code, organisation_id)
       SELECT $1, code, $2 FROM unnest($3::text[]) AS code`,
      [goalId, organisationId, domains],
    );
  }

  private async replaceDependencies(
    manager: EntityManager,
    organisationId: string,
    goalId: string,
    dependsOn: readonly string[],
  ): Promise<void> {
    await manager.query('DELETE FROM plan_goal_dependencies WHERE goal_id = $1', [goalId]);
    if (dependsOn.length === 0) return;
    await manager.query(
      `INSERT INTO plan_goal_dependencies (goal_id, depends_on_id, organisation_id)
       SELECT $1, id, $2 FROM unnest($3::uuid[]) AS id`,
      [goalId, organisationId, dependsOn],
    );
  }
}

/** The names of the fields a change sent, for the access log (never their values). */
function changedFields(dto: object): string {
  return Object.keys(dto)
    .filter((key) => key !== 'version' && (dto as Record<string, unknown>)[key] !== undefined)
    .join(', ');
}
