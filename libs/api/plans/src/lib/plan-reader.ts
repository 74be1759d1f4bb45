import { Injectable } from '@nestjs/common';
import type {
  ActionOwnerKind,
  ActionStatus,
  DomainCode,
  GoalStatus,
  PlanAgreementMethod,
  PlanContact,
  PlanGoalEvaluation,
  PlanSnapshot,
  Role,
  UserRef,
} from '@naast/contracts';
import type { EntityManager } from 'typeorm';

export interface PlanRow {
  id: string;
  agreedOn: string | null;
  agreementMethod: PlanAgreementMethod | null;
  nextEvaluationOn: string | null;
  version: number;
  updatedAt: Date;
}

export interface GoalRow {
  id: string;
  position: number;
  title: string;
  desiredOutcome: string | null;
  status: GoalStatus;
  stoppedReason: string | null;
  version: number;
  updatedAt: Date;
  domains: DomainCode[];
  dependsOn: string[];
}

export interface ActionRow {
  id: string;
  goalId: string;
  description: string;
  ownerKind: ActionOwnerKind;
  ownerUser: UserRef | null;
  ownerName: string | null;
  dueOn: string | null;
  status: ActionStatus;
  doneOn: string | null;
  version: number;
  updatedAt: Date;
}

export interface EvaluationRow {
  id: string;
  evaluatedOn: string;
  summary: string | null;
  goals: PlanGoalEvaluation[];
  nextEvaluationOn: string | null;
  evaluatedBy: UserRef;
  createdAt: Date;
}

export interface VersionRow {
  number: number;
  fixedAt: Date;
  fixedBy: UserRef;
  note: string | null;
}

/** Everything a plan view shows. */
export interface PlanAggregate {
  caseId: string;
  plan: PlanRow | null;
  goals: GoalRow[];
  actions: ActionRow[];
  evaluations: EvaluationRow[];
  versions: VersionRow[];
  latestSnapshot: PlanSnapshot | null;
  contact: PlanContact;
}

interface UserColumns {
  user_id: string;
  display_name: string;
  role: Role;
}
const userRef = (r: UserColumns): UserRef => ({ id: r.user_id, displayName: r.display_name, role: r.role });

/**
 * Loads a plan with a fixed number of queries whatever it holds: one per kind of row (goals with
 * their domains and prerequisites aggregated in SQL, actions, evaluations, versions), never one per goal.
 */
@Injectable()
export class PlanReader {
  async aggregate(manager: EntityManager, organisationId: string, caseId: string): Promise<PlanAggregate> {
    const contact = await this.contact(manager, organisationId, caseId);
    const [plan] = await manager.query<(Omit<PlanRow, 'updatedAt'> & { updatedAt: Date })[]>(
      `SELECT p.id, to_char(p.agreed_on, 'YYYY-MM-DD') AS "agreedOn", p.agreement_method AS "agreementMethod",
              to_char(p.next_evaluation_on, 'YYYY-MM-DD') AS "nextEvaluationOn", p.version, p.updated_at AS "updatedAt"
         FROM plans p WHERE p.case_id = $1 AND p.organisation_id = $2`,
      [caseId, organisationId],
    );
    if (!plan)
      return {
        caseId,
        plan: null,
        goals: [],
        actions: [],
        evaluations: [],
        versions: [],
        latestSnapshot: null,
        contact,
      };
    const params = [plan.id, organisationId];
    const goals = await manager.query<GoalRow[]>(
      `SELECT g.id, g.position, g.title, g.desired_outcome AS "desiredOutcome", g.status,
              g.stopped_reason AS "stoppedReason", g.version, g.updated_at AS "updatedAt",
              COALESCE((SELECT array_agg(gd.domain_code ORDER BY d.position) FROM plan_goal_domains gd
                         JOIN domains d ON d.code = gd.domain_code WHERE gd.goal_id = g.id), '{}') AS domains,
              COALESCE((SELECT array_agg(dep.depends_on_id ORDER BY pre.position, pre.id) FROM plan_goal_dependencies dep
                         JOIN plan_goals pre ON pre.id = dep.depends_on_id WHERE dep.goal_id = g.id), '{}') AS "dependsOn"
         FROM plan_goals g WHERE g.plan_id = $1 AND g.organisation_id = $2 ORDER BY g.position, g.id`,
      params,
    );
    const actionRows = await manager.query<
      (Omit<ActionRow, 'ownerUser'> & { user_id: string | null; display_name: string | null; role: Role | null })[]
    >(
      `SELECT a.id, a.goal_id AS "goalId", a.description, a.owner_kind AS "ownerKind", a.owner_name AS "ownerName",
              to_char(a.due_on, 'YYYY-MM-DD') AS "dueOn", a.status, to_char(a.done_on, 'YYYY-MM-DD') AS "doneOn",
              a.version, a.updated_at AS "updatedAt", u.id AS user_id, u.display_name, u.role
         FROM plan_actions a LEFT JOIN users u ON u.id = a.owner_user_id
        WHERE a.plan_id = $1 AND a.organisation_id = $2
        ORDER BY a.due_on NULLS LAST, a.created_at, a.id`,
      params,
    );
    const evaluationRows = await manager.query<(Omit<EvaluationRow, 'evaluatedBy'> & UserColumns)[]>(
      `SELECT e.id, to_char(e.evaluated_on, 'YYYY-MM-DD') AS "evaluatedOn", e.summary, e.goals,
              to_char(e.next_evaluation_on, 'YYYY-MM-DD') AS "nextEvaluationOn", e.created_at AS "createdAt",
              u.id AS user_id, u.display_name, u.role
         FROM plan_evaluations e JOIN users u ON u.id = e.evaluated_by_id
        WHERE e.plan_id = $1 AND e.organisation_id = $2 ORDER BY e.evaluated_on DESC, e.created_at DESC`,
      params,
    );
    const versionRows = await manager.query<(Omit<VersionRow, 'fixedBy'> & UserColumns)[]>(
      `SELECT v.number, v.fixed_at AS "fixedAt", v.note, u.id AS user_id, u.display_name, u.role
         FROM plan_versions v JOIN users u ON u.id = v.fixed_by_id
        WHERE v.plan_id = $1 AND v.organisation_id = $2 ORDER BY v.number`,
      params,
    );
    const [latest] = await manager.query<{ snapshot: PlanSnapshot }[]>(
      `SELECT v.snapshot FROM plan_versions v WHERE v.plan_id = $1 AND v.organisation_id = $2
        ORDER BY v.number DESC LIMIT 1`,
      params,
    );
    return {
      caseId,
      plan,
      goals,
      actions: actionRows.map(({ user_id, display_name, role, ...a }) => ({
        ...a,
        ownerUser: user_id && display_name && role ? { id: user_id, displayName: display_name, role } : null,
      })),
      evaluations: evaluationRows.map(({ user_id, display_name, role, ...e }) => ({
        ...e,
        evaluatedBy: userRef({ user_id, display_name, role }),
      })),
      versions: versionRows.map(({ user_id, display_name, role, ...v }) => ({
        ...v,
        fixedBy: userRef({ user_id, display_name, role }),
      })),
      latestSnapshot: latest?.snapshot ?? null,
      contact,
    };
  }

  /** The case's lead supporter and how to reach the organisation. */
  private async contact(manager: EntityManager, organisationId: string, caseId: string): Promise<PlanContact> {
    const [row] = await manager.query<
      (UserColumns & { organisation_name: string; phone: string | null; email: string | null })[]
    >(
      `SELECT u.id AS user_id, u.display_name, u.role, o.name AS organisation_name, o.phone, o.email
         FROM cases k JOIN users u ON u.id = k.lead_supporter_id JOIN organisations o ON o.id = k.organisation_id
        WHERE k.id = $1 AND k.organisation_id = $2`,
      [caseId, organisationId],
    );
    if (!row) throw new Error(`Case ${caseId} vanished while its plan was read`);
    return {
      supporter: userRef(row),
      organisation: { name: row.organisation_name, phone: row.phone, email: row.email },
    };
  }
}
