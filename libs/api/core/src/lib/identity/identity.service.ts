import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdminUserView, TeamView } from '@naast/contracts';
import type { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';

/** Users and teams of the actor's organisation, as the functional administrator manages them. */
@Injectable()
export class IdentityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listUsers(actor: Actor): Promise<AdminUserView[]> {
    const rows = (await this.dataSource.query(
      `SELECT u.id, u.display_name, u.role, u.email, u.active, u.last_login_at, u.version,
              u.totp_enrolled_at IS NOT NULL AS second_factor_enrolled,
              COALESCE(json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.name) FILTER (WHERE t.id IS NOT NULL), '[]') AS teams
         FROM users u
         LEFT JOIN team_memberships m ON m.user_id = u.id AND m.organisation_id = u.organisation_id
         LEFT JOIN teams t ON t.id = m.team_id AND t.organisation_id = u.organisation_id
        WHERE u.organisation_id = $1
        GROUP BY u.id
        ORDER BY u.display_name, u.id`,
      [actor.organisationId],
    )) as {
      id: string;
      display_name: string;
      role: AdminUserView['role'];
      email: string;
      active: boolean;
      last_login_at: Date | null;
      version: number;
      second_factor_enrolled: boolean;
      teams: AdminUserView['teams'];
    }[];
    return rows.map((r) => ({
      id: r.id,
      displayName: r.display_name,
      role: r.role,
      email: r.email,
      active: r.active,
      teams: r.teams,
      lastLoginAt: r.last_login_at ? r.last_login_at.toISOString() : null,
      secondFactorEnrolled: r.second_factor_enrolled,
      version: r.version,
    }));
  }

  async listTeams(actor: Actor): Promise<TeamView[]> {
    const rows = (await this.dataSource.query(
      `SELECT t.id, t.name, t.version, count(m.user_id)::int AS member_count
         FROM teams t LEFT JOIN team_memberships m ON m.team_id = t.id AND m.organisation_id = t.organisation_id
        WHERE t.organisation_id = $1
        GROUP BY t.id ORDER BY t.name`,
      [actor.organisationId],
    )) as { id: string; name: string; version: number; member_count: number }[];
    return rows.map((r) => ({ id: r.id, name: r.name, memberCount: r.member_count, version: r.version }));
  }
}
