import { Injectable, computed, inject, signal } from '@angular/core';
import type {
  ApiError,
  CreateActionRequest,
  CreateGoalRequest,
  PlanActionView,
  PlanDiff,
  PlanGoalView,
  PlanVersionView,
  PlanView,
  RecordEvaluationRequest,
  UpdateActionRequest,
  UpdateGoalRequest,
  UpdatePlanRequest,
} from '@naast/contracts';
import { requestOutcome, type RequestOutcome } from '@naast/web-core';
import type { Observable } from 'rxjs';
import { conflictPlan } from './plan-conflict';
import { PlansApiService, type PlanDiffSide } from './plans-api.service';

/** Changes without the version: the store adds the version the user's edit is based on. */
export type PlanChanges = Omit<UpdatePlanRequest, 'version'>;
export type GoalChanges = Omit<UpdateGoalRequest, 'version'>;
export type ActionChanges = Omit<UpdateActionRequest, 'version'>;

/** A diff ready to show: the API's diff and the goal titles it refers to. */
export interface PlanComparison {
  diff: PlanDiff;
  goalTitles: ReadonlyMap<string, string>;
}

/**
 * One case's support plan as its page shows it. Every write answers with the whole plan, which
 * replaces the one shown; on 409 the store takes the server's current plan (or reloads it), so
 * the page can show it next to what the user typed.
 */
@Injectable()
export class PlanStore {
  private readonly api = inject(PlansApiService);

  private readonly planState = signal<PlanView | null>(null);
  private readonly caseIdState = signal<string | null>(null);
  private readonly loadErrorState = signal<ApiError | null>(null);
  private readonly savingState = signal(false);

  readonly plan = this.planState.asReadonly();
  readonly loadError = this.loadErrorState.asReadonly();
  readonly saving = this.savingState.asReadonly();
  readonly permissions = computed(() => this.planState()?.permissions ?? null);

  async load(caseId: string): Promise<void> {
    this.caseIdState.set(caseId);
    this.loadErrorState.set(null);
    const outcome = await requestOutcome(this.api.get(caseId));
    if (outcome.ok) {
      this.planState.set(outcome.value);
    } else {
      this.loadErrorState.set(outcome.error);
    }
  }

  /** `baseVersion`: the plan version the user's edit started from. */
  updatePlan(changes: PlanChanges, baseVersion: number): Promise<RequestOutcome<PlanView>> {
    return this.write((caseId) => this.api.update(caseId, { ...changes, version: baseVersion }));
  }

  createGoal(request: CreateGoalRequest): Promise<RequestOutcome<PlanView>> {
    return this.write((caseId) => this.api.createGoal(caseId, request));
  }

  updateGoal(goalId: string, changes: GoalChanges, baseVersion: number): Promise<RequestOutcome<PlanView>> {
    return this.write((caseId) => this.api.updateGoal(caseId, goalId, { ...changes, version: baseVersion }));
  }

  deleteGoal(goal: PlanGoalView): Promise<RequestOutcome<PlanView>> {
    return this.write((caseId) => this.api.deleteGoal(caseId, goal.id, goal.version));
  }

  createAction(goalId: string, request: CreateActionRequest): Promise<RequestOutcome<PlanView>> {
    return this.write((caseId) => this.api.createAction(caseId, goalId, request));
  }

  updateAction(actionId: string, changes: ActionChanges, baseVersion: number): Promise<RequestOutcome<PlanView>> {
    return this.write((caseId) => this.api.updateAction(caseId, actionId, { ...changes, version: baseVersion }));
  }

  deleteAction(action: PlanActionView): Promise<RequestOutcome<PlanView>> {
    return this.write((caseId) => this.api.deleteAction(caseId, action.id, action.version));
  }

  recordEvaluation(request: RecordEvaluationRequest): Promise<RequestOutcome<PlanView>> {
    return this.write((caseId) => this.api.recordEvaluation(caseId, request));
  }

  /** Fixes the plan as the user reviewed it (`version`); the plan is reloaded to show the new version. */
  async fix(version: number, note: string | null): Promise<RequestOutcome<PlanVersionView>> {
    const caseId = this.requireCaseId();
    this.savingState.set(true);
    const outcome = await requestOutcome(this.api.fix(caseId, { version, note }));
    await this.refreshAfter(outcome, caseId);
    this.savingState.set(false);
    return outcome;
  }

  /**
   * The difference between a fixed version and another one or the living plan, with the titles of
   * the goals on both sides, so a removed goal or a dependency on one is still named.
   */
  async compare(from: number, to: PlanDiffSide): Promise<RequestOutcome<PlanComparison>> {
    const caseId = this.requireCaseId();
    const numbers = typeof to === 'number' ? [from, to] : [from];
    const [diff, ...versions] = await Promise.all([
      requestOutcome(this.api.diff(caseId, from, to)),
      ...numbers.map((n) => requestOutcome(this.api.version(caseId, n))),
    ]);
    if (!diff.ok) {
      return diff;
    }
    const goalTitles = new Map<string, string>();
    for (const version of versions) {
      if (version.ok) {
        for (const goal of version.value.snapshot.goals) {
          goalTitles.set(goal.id, goal.title);
        }
      }
    }
    for (const goal of this.planState()?.goals ?? []) {
      goalTitles.set(goal.id, goal.title);
    }
    return { ok: true, value: { diff: diff.value, goalTitles } };
  }

  private async write(request: (caseId: string) => Observable<PlanView>): Promise<RequestOutcome<PlanView>> {
    const caseId = this.requireCaseId();
    this.savingState.set(true);
    const outcome = await requestOutcome(request(caseId));
    if (outcome.ok) {
      this.planState.set(outcome.value);
    } else {
      await this.refreshAfter(outcome, caseId);
    }
    this.savingState.set(false);
    return outcome;
  }

  /** After a fix, or a 409 that did not carry the whole plan, the page shows the plan as saved now. */
  private async refreshAfter(outcome: RequestOutcome<unknown>, caseId: string): Promise<void> {
    if (outcome.ok) {
      await this.reload(caseId);
      return;
    }
    if (outcome.error.statusCode !== 409) {
      return;
    }
    const current = conflictPlan(outcome.error);
    if (current) {
      this.planState.set(current);
    } else {
      await this.reload(caseId);
    }
  }

  private async reload(caseId: string): Promise<void> {
    const reloaded = await requestOutcome(this.api.get(caseId));
    if (reloaded.ok) {
      this.planState.set(reloaded.value);
    }
  }

  private requireCaseId(): string {
    const caseId = this.caseIdState();
    if (!caseId) {
      throw new Error('No plan loaded.');
    }
    return caseId;
  }
}
