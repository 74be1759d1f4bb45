import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AdminUserView, FieldError, Role } from '@naast/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { hashPassword } from '../auth/password-hasher';
import { assertPasswordAllowed } from '../auth/password-policy';
import { UserSessionsService } from '../auth/user-sessions.service';
import { FieldValidationException, StaleVersionException } from '../http/api-exceptions';
import type { AdminUserCreateDto, AdminUserUpdateDto } from './admin-users.dto';
import { IdentityService } from './identity.service';

const USER_NOT_FOUND = 'Deze gebruiker bestaat niet.';
export const EMAIL_TAKEN = 'Dit e-mailadres is al in gebruik.';

interface LockedUser {
  id: string;
  role: Role;
  active: boolean;
  version: number;
}

/** Accounts of the actor's organisation as the functional administrator manages them. */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly sessions: UserSessionsService,
  ) {}

  async create(actor: Actor, dto: AdminUserCreateDto): Promise<AdminUserView> {
    assertPasswordAllowed('password', dto.password);
    const passwordHash = await hashPassword(dto.password);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.assertTeamsOfOrganisation(manager, actor, dto.teamIds, 'teamIds');
      const [taken] = (await manager.query('SELECT 1 FROM users WHERE email = $1', [dto.email])) as unknown[];
      if (taken) throw emailTaken();
      const [row] = (await manager.query(
        `INSERT INTO users (organisation_id, email, display_name, role, password_hash)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING RETURNING id`,
        [actor.organisationId, dto.email, dto.displayName, dto.role, passwordHash],
      )) as { id: string }[];
      if (!row) throw emailTaken();
      await this.replaceMemberships(manager, actor, row.id, [...new Set(dto.teamIds)]);
      return row.id;
    });
    return this.view(actor, id);
  }

  async update(actor: Actor, userId: string, dto: AdminUserUpdateDto): Promise<AdminUserView> {
    const stale = await this.dataSource.transaction(async (manager) => {
      await this.lockAdmins(manager, actor);
      const user = await this.lock(manager, actor, userId);
      if (user.version !== dto.version) return true;
      if (dto.role !== undefined && dto.role !== 'admin' && user.role === 'admin' && user.active)
        await this.assertAnotherActiveAdmin(manager, actor, userId, {
          field: 'role',
          reason: 'kan niet worden gewijzigd: dit is de laatste actieve beheerder van de organisatie',
        });
      if (dto.teamIds) await this.assertTeamsOfOrganisation(manager, actor, dto.teamIds, 'teamIds');
      const [, count] = (await manager.query(
        `UPDATE users SET display_name = COALESCE($3, display_name), role = COALESCE($4::user_role, role),
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2`,
        [userId, dto.version, dto.displayName ?? null, dto.role ?? null],
      )) as [unknown, number];
      if (count === 0) return true;
      if (dto.teamIds) await this.replaceMemberships(manager, actor, userId, [...new Set(dto.teamIds)]);
      return false;
    });
    if (stale) throw new StaleVersionException(await this.view(actor, userId));
    return this.view(actor, userId);
  }

  /** Blocks the account and ends every session of it at once: its next request is signed out. */
  async disable(actor: Actor, userId: string, version: number): Promise<AdminUserView> {
    if (userId === actor.userId)
      throw new FieldValidationException([
        { field: 'userId', reason: 'is uw eigen account; dat kunt u niet blokkeren' },
      ]);
    const stale = await this.dataSource.transaction(async (manager) => {
      await this.lockAdmins(manager, actor);
      const user = await this.lock(manager, actor, userId);
      if (user.version !== version) return true;
      if (user.role === 'admin' && user.active)
        await this.assertAnotherActiveAdmin(manager, actor, userId, {
          field: 'userId',
          reason: 'is de laatste actieve beheerder van de organisatie',
        });
      await manager.query(
        'UPDATE users SET active = false, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2',
        [userId, version],
      );
      return false;
    });
    if (stale) throw new StaleVersionException(await this.view(actor, userId));
    // Sign-in refuses an inactive account and every request reloads the user, so this only tidies up.
    await this.sessions.endAll(userId);
    return this.view(actor, userId);
  }

  async enable(actor: Actor, userId: string, version: number): Promise<AdminUserView> {
    const stale = await this.dataSource.transaction(async (manager) => {
      const user = await this.lock(manager, actor, userId);
      if (user.version !== version) return true;
      await manager.query(
        'UPDATE users SET active = true, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2',
        [userId, version],
      );
      return false;
    });
    if (stale) throw new StaleVersionException(await this.view(actor, userId));
    return this.view(actor, userId);
  }

  private async view(actor: Actor, userId: string): Promise<AdminUserView> {
    const user = (await this.identity.listUsers(actor)).find((u) => u.id === userId);
    if (!user) throw new NotFoundException(USER_NOT_FOUND);
    return user;
  }

  /** The user of the actor's organisation, locked for this change; any other is "not found". */
  private async lock(manager: EntityManager, actor: Actor, userId: string): Promise<LockedUser> {
    const [user] = (await manager.query(
      'SELECT id, role, active, version FROM users WHERE id = $1 AND organisation_id = $2 FOR UPDATE',
      [userId, actor.organisationId],
    )) as LockedUser[];
    if (!user) throw new NotFoundException(USER_NOT_FOUND);
    return user;
  }

  /** The organisation's admins, locked in one order by every change that could remove one, so none deadlocks. */
  private async lockAdmins(manager: EntityManager, actor: Actor): Promise<void> {
    await manager.query(`SELECT id FROM users WHERE organisation_id = $1 AND role = 'admin' ORDER BY id FOR UPDATE`, [
      actor.organisationId,
    ]);
  }

  private async assertAnotherActiveAdmin(
    manager: EntityManager,
    actor: Actor,
    userId: string,
    problem: FieldError,
  ): Promise<void> {
    // The admins are locked (lockAdmins), so two concurrent changes cannot each leave the other as the last.
    const others = (await manager.query(
      `SELECT id FROM users WHERE organisation_id = $1 AND role = 'admin' AND active AND id <> $2`,
      [actor.organisationId, userId],
    )) as unknown[];
    if (others.length === 0) throw new FieldValidationException([problem]);
  }

  private async assertTeamsOfOrganisation(
    manager: EntityManager,
    actor: Actor,
    teamIds: readonly string[],
    field: string,
  ): Promise<void> {
    const unique = [...new Set(teamIds)];
    if (unique.length === 0) return;
    const found = (await manager.query('SELECT id FROM teams WHERE organisation_id = $1 AND id = ANY($2::uuid[])', [
      actor.organisationId,
      unique,
    ])) as unknown[];
    // Another organisation's team answers exactly like one that does not exist.
    if (found.length !== unique.length)
      throw new FieldValidationException([{ field, reason: 'bevat een onbekend team' }]);
  }

  /** Sets the user's teams; teams that gain or lose the user move on a version. */
  private async replaceMemberships(
    manager: EntityManager,
    actor: Actor,
    userId: string,
    teamIds: readonly string[],
  ): Promise<void> {
    const removed = (await manager.query(
      'DELETE FROM team_memberships WHERE user_id = $1 AND NOT (team_id = ANY($2::uuid[])) RETURNING team_id',
      [userId, teamIds],
    )) as [{ team_id: string }[], number] | { team_id: string }[];
    const removedIds = (Array.isArray(removed[0]) ? removed[0] : removed) as { team_id: string }[];
    const added = (await manager.query(
      `INSERT INTO team_memberships (team_id, user_id, organisation_id)
       SELECT t, $2, $3 FROM unnest($1::uuid[]) AS t
       ON CONFLICT DO NOTHING RETURNING team_id`,
      [teamIds, userId, actor.organisationId],
    )) as { team_id: string }[];
    const touched = [...removedIds, ...added].map((r) => r.team_id);
    if (touched.length > 0)
      await manager.query(
        'UPDATE teams SET version = version + 1 WHERE organisation_id = $1 AND id = ANY($2::uuid[])',
        [actor.organisationId, touched],
      );
  }
}

function emailTaken(): ConflictException {
  return new ConflictException({ message: EMAIL_TAKEN, details: [{ field: 'email', reason: 'is al in gebruik' }] });
}
