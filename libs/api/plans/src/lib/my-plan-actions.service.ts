import { Injectable } from '@nestjs/common';
import { AccessLogService, todayIsoDate, type Actor } from '@naast/api-core';
import { canReadCase } from '@naast/api-cases';
import { formatClientName, type MyPlanActionItem, type Role } from '@naast/contracts';
import { PlanFrame } from './plan-frame';
import { toMyActionItem } from './plan.mapper';
import type { ActionRow } from './plan-reader';

/** At most this many open actions are listed; nobody carries more at once. */
export const MAX_MY_ACTIONS = 200;

interface MyActionRow extends Omit<ActionRow, 'ownerUser'> {
  caseId: string;
  goalTitle: string;
  clientId: string;
  givenName: string;
  familyNamePrefix: string | null;
  familyName: string;
  teamId: string;
  leadSupporterId: string;
  caseStatus: 'aangemeld' | 'intake' | 'actief' | 'afgesloten';
  volunteerIds: string[];
  user_id: string;
  display_name: string;
  role: Role;
}

/** "My actions": the open plan actions assigned to the caller, on cases they may still read. */
@Injectable()
export class MyPlanActionsService {
  constructor(
    private readonly frame: PlanFrame,
    private readonly accessLog: AccessLogService,
  ) {}

  async list(actor: Actor): Promise<MyPlanActionItem[]> {
    return this.frame.transaction(async (manager) => {
      const rows = await manager.query<MyActionRow[]>(
        `SELECT a.id, a.goal_id AS "goalId", a.description, a.owner_kind AS "ownerKind", a.owner_name AS "ownerName",
                to_char(a.due_on, 'YYYY-MM-DD') AS "dueOn", a.status, to_char(a.done_on, 'YYYY-MM-DD') AS "doneOn",
                a.version, a.updated_at AS "updatedAt", g.title AS "goalTitle",
                k.id AS "caseId", k.client_id AS "clientId", k.team_id AS "teamId",
                k.lead_supporter_id AS "leadSupporterId", k.status AS "caseStatus",
                COALESCE((SELECT array_agg(cv.user_id) FROM case_volunteers cv WHERE cv.case_id = k.id), '{}') AS "volunteerIds",
                c.given_name AS "givenName", c.family_name_prefix AS "familyNamePrefix", c.family_name AS "familyName",
                u.id AS user_id, u.display_name, u.role
           FROM plan_actions a
           JOIN plan_goals g ON g.id = a.goal_id
           JOIN plans p ON p.id = a.plan_id
           JOIN cases k ON k.id = p.case_id
           JOIN clients c ON c.id = k.client_id
           JOIN users u ON u.id = a.owner_user_id
          WHERE a.organisation_id = $1 AND a.owner_user_id = $2 AND a.status = 'open'
          ORDER BY a.due_on NULLS LAST, a.created_at, a.id
          LIMIT ${MAX_MY_ACTIONS}`,
        [actor.organisationId, actor.userId],
      );
      const today = todayIsoDate();
      const items: { item: MyPlanActionItem; clientId: string }[] = [];
      for (const row of rows) {
        const facts = {
          teamId: row.teamId,
          leadSupporterId: row.leadSupporterId,
          volunteerIds: row.volunteerIds,
          status: row.caseStatus,
        };
        // An action stays assigned after the volunteer is unlinked; it is then not theirs to see.
        if (!canReadCase(actor, facts)) continue;
        const item = toMyActionItem(
          {
            ...row,
            ownerUser: { id: row.user_id, displayName: row.display_name, role: row.role },
            clientName: formatClientName(row),
          },
          actor,
          facts,
          today,
        );
        items.push({ item, clientId: row.clientId });
      }
      const detail = JSON.stringify({ results: items.length });
      await this.accessLog.recordMany(
        manager,
        actor,
        items.length > 0
          ? items.map(({ item, clientId }) => ({
              action: 'search' as const,
              entity: 'plan_action',
              entityId: item.id,
              clientId,
              detail,
            }))
          : [{ action: 'search' as const, entity: 'plan_action', entityId: null, clientId: null, detail }],
      );
      return items.map((i) => i.item);
    });
  }
}
