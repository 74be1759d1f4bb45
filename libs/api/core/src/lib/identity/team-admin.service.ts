import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TeamDetail, UserRef } from '@naast/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { FieldValidationException, StaleVersionException } from '../http/api-exceptions';

const TEAM_NOT_FOUND = 'Dit team bestaat niet.';

/** Teams of the actor's organisation: created, renamed and staffed by the functional administrator. */
@Injectable()
export class TeamAdminService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async detail(actor: Actor, teamId: string): Promise<TeamDetail> {
    return this.read(this.dataSource.manager, actor, teamId);
  }

  async create(actor: Actor, name: string): Promise<TeamDetail> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.assertNameFree(manager, actor, name, null);
      const [row] = (await manager.query(
        `INSERT INTO teams (organisation_id, name) VALUES ($1, $2)
         ON CONFLICT (organisation_id, name) DO NOTHING RETURNING id`,
        [actor.organisationId, name],
      )) as { id: string }[];
      if (!row) throw nameTaken();
      return row.id;
    });
    return this.detail(actor, id);
  }

  async rename(actor: Actor, teamId: string, version: number, name: string): Promise<TeamDetail> {
    const stale = await this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, actor, teamId);
      if (current.version !== version) return true;
      await this.assertNameFree(manager, actor, name, teamId);
      await manager.query('UPDATE teams SET name = $3, version = version + 1 WHERE id = $1 AND version = $2', [
        teamId,
        version,
        name,
      ]);
      return false;
    });
    if (stale) throw new StaleVersionException(await this.detail(actor, teamId));
    return this.detail(actor, teamId);
  }

  /** Sets the whole membership; users who join or leave move on a version too. */
  async setMembers(actor: Actor, teamId: string, version: number, userIds: readonly string[]): Promise<TeamDetail> {
    const unique = [...new Set(userIds)];
    const stale = await this.dataSource.transaction(async (manager) => {
      const current = await this.lock(manager, actor, teamId);
      if (current.version !== version) return true;
      const found = (await manager.query('SELECT id FROM users WHERE organisation_id = $1 AND id = ANY($2::uuid[])', [
        actor.organisationId,
        unique,
      ])) as unknown[];
      // Another organisation's user answers exactly like one that does not exist.
      if (found.length !== unique.length)
        throw new FieldValidationException([{ field: 'userIds', reason: 'bevat een onbekende gebruiker' }]);
      const [removed] = (await manager.query(
        'DELETE FROM team_memberships WHERE team_id = $1 AND NOT (user_id = ANY($2::uuid[])) RETURNING user_id',
        [teamId, unique],
      )) as [{ user_id: string }[], number];
      const added = (await manager.query(
        `INSERT INTO team_memberships (team_id, user_id, organisation_id)
         SELECT $1, u, $3 FROM unnest($2::uuid[]) AS u
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [teamId, unique, actor.organisationId],
      )) as { user_id: string }[];
      const touched = [...removed, ...added].map((r) => r.user_id);
      if (touched.length > 0)
        await manager.query(
          'UPDATE users SET version = version + 1, updated_at = now() WHERE organisation_id = $1 AND id = ANY($2::uuid[])',
          [actor.organisationId, touched],
        );
      await manager.query('UPDATE teams SET version = version + 1 WHERE id = $1 AND version = $2', [teamId, version]);
      return false;
    });
    if (stale) throw new StaleVersionException(await this.detail(actor, teamId));
    return this.detail(actor, teamId);
  }

  private async read(manager: EntityManager, actor: Actor, teamId: string): Promise<TeamDetail> {
    const [team] = (await manager.query('SELECT id, name, version FROM teams WHERE id = $1 AND organisation_id = $2', [
      teamId,
      actor.organisationId,
    ])) as { id: string; name: string; version: number }[];
    if (!team) throw new NotFoundException(TEAM_NOT_FOUND);
    const members = (await manager.query(
      `SELECT u.id, u.display_name AS "displayName", u.role FROM team_memberships m
         JOIN users u ON u.id = m.user_id AND u.organisation_id = m.organisation_id
        WHERE m.team_id = $1 AND m.organisation_id = $2
        ORDER BY u.display_name, u.id`,
      [teamId, actor.organisationId],
    )) as UserRef[];
    return { ...team, members };
  }

  private async lock(manager: EntityManager, actor: Actor, teamId: string): Promise<{ version: number }> {
    const [team] = (await manager.query('SELECT version FROM teams WHERE id = $1 AND organisation_id = $2 FOR UPDATE', [
      teamId,
      actor.organisationId,
    ])) as { version: number }[];
    if (!team) throw new NotFoundException(TEAM_NOT_FOUND);
    return team;
  }

  private async assertNameFree(manager: EntityManager, actor: Actor, name: string, exceptId: string | null) {
    const [taken] = (await manager.query(
      'SELECT 1 FROM teams WHERE organisation_id = $1 AND name = $2 AND id IS DISTINCT FROM $3::uuid',
      [actor.organisationId, name, exceptId],
    )) as unknown[];
    if (taken) throw nameTaken();
  }
}

function nameTaken(): ConflictException {
  return new ConflictException({
    message: 'Er is al een team met deze naam.',
    details: [{ field: 'name', reason: 'is al in gebruik' }],
  });
}
