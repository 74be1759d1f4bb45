import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FieldValidationException, StaleVersionException, findUserRefs, type Actor } from '@naast/api-core';
import type { AffiliationDeclarationView, AffiliationOverview, AffiliationView, Role } from '@naast/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AffiliationDeclarationEntity } from './affiliation-declaration.entity';
import { canManageAffiliationsOf } from './domain/affiliation-access';
import type { SaveAffiliationsDto } from './dto/independence.dto';
import { UserAffiliationEntity } from './user-affiliation.entity';

interface PersonRow {
  id: string;
  display_name: string;
  role: Role;
  team_ids: string[];
}

/** Declared affiliations: each person declares their own; team leads and administrators manage those of their people. */
@Injectable()
export class AffiliationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(actor: Actor, userId: string): Promise<AffiliationDeclarationView> {
    return this.dataSource.transaction(async (manager) => {
      const person = await this.manageable(manager, actor, userId);
      return this.view(manager, actor.organisationId, person);
    });
  }

  /** Everyone whose declaration the caller manages: a team lead's team members, an administrator's organisation. */
  async overview(actor: Actor): Promise<AffiliationOverview> {
    return this.dataSource.transaction(async (manager) => {
      const people = await this.people(manager, actor.organisationId, actor.role === 'admin' ? null : actor.teamIds);
      const views: AffiliationDeclarationView[] = [];
      for (const person of people) views.push(await this.view(manager, actor.organisationId, person));
      return views;
    });
  }

  /** Replaces the whole declaration when `version` is current; affiliations sent with their id keep it. */
  async save(actor: Actor, userId: string, dto: SaveAffiliationsDto): Promise<AffiliationDeclarationView> {
    dto.affiliations.forEach((a, i) => {
      if (a.validFrom && a.validUntil && a.validUntil < a.validFrom)
        throw new FieldValidationException([
          { field: `affiliations[${i}].validUntil`, reason: 'mag niet vóór de begindatum liggen' },
        ]);
    });
    const outcome = await this.dataSource.transaction(async (manager) => {
      const person = await this.manageable(manager, actor, userId);
      const existing = await manager.find(UserAffiliationEntity, {
        where: { userId, organisationId: actor.organisationId },
      });
      const known = new Set(existing.map((a) => a.id));
      dto.affiliations.forEach((a, i) => {
        if (a.id !== undefined && !known.has(a.id))
          throw new FieldValidationException([
            { field: `affiliations[${i}].id`, reason: 'is geen bestaande nevenfunctie van deze persoon' },
          ]);
      });
      // Saving what is saved already loses nothing, whatever version it was based on.
      if (sameDeclaration(existing, dto.affiliations))
        return { saved: await this.view(manager, actor.organisationId, person) };
      if (!(await this.bumpVersion(manager, actor, userId, dto.version))) {
        return { stale: await this.view(manager, actor.organisationId, person) };
      }
      const kept = new Set(dto.affiliations.flatMap((a) => (a.id ? [a.id] : [])));
      const ended = existing.filter((a) => !kept.has(a.id)).map((a) => a.id);
      if (ended.length > 0) await manager.delete(UserAffiliationEntity, ended);
      for (const a of dto.affiliations) {
        const values = {
          kind: a.kind,
          partyKind: a.party.kind,
          partyName: a.party.name,
          description: a.description ?? null,
          validFrom: a.validFrom ?? null,
          validUntil: a.validUntil ?? null,
        };
        if (a.id) await manager.update(UserAffiliationEntity, { id: a.id, userId }, values);
        else await manager.insert(UserAffiliationEntity, { ...values, userId, organisationId: actor.organisationId });
      }
      return { saved: await this.view(manager, actor.organisationId, person) };
    });
    if ('stale' in outcome) throw new StaleVersionException(outcome.stale);
    return outcome.saved;
  }

  /** The optimistic lock of a declaration: the first save inserts version 1, later ones need the current version. */
  private async bumpVersion(manager: EntityManager, actor: Actor, userId: string, version: number): Promise<boolean> {
    if (version === 0) {
      const inserted = await manager.query<unknown[]>(
        `INSERT INTO affiliation_declarations (user_id, organisation_id, version, updated_by_id)
         VALUES ($1, $2, 1, $3) ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
        [userId, actor.organisationId, actor.userId],
      );
      return inserted.length === 1;
    }
    const result = await manager
      .createQueryBuilder()
      .update(AffiliationDeclarationEntity)
      .set({ version: () => 'version + 1', updatedById: actor.userId, updatedAt: () => 'now()' })
      .where('user_id = :userId AND organisation_id = :organisationId AND version = :version', {
        userId,
        organisationId: actor.organisationId,
        version,
      })
      .execute();
    return result.affected === 1;
  }

  /** The person when the caller may manage their declaration: 404 outside the organisation, 403 outside scope. */
  private async manageable(manager: EntityManager, actor: Actor, userId: string): Promise<PersonRow> {
    const [person] = await this.people(manager, actor.organisationId, null, userId);
    if (!person) throw new NotFoundException('Persoon niet gevonden.');
    if (!canManageAffiliationsOf(actor, { userId: person.id, teamIds: person.team_ids }))
      throw new ForbiddenException('Je mag alleen je eigen nevenfuncties bekijken en wijzigen.');
    return person;
  }

  private async people(
    manager: EntityManager,
    organisationId: string,
    teamIds: string[] | null,
    userId?: string,
  ): Promise<PersonRow[]> {
    return manager.query<PersonRow[]>(
      `SELECT u.id, u.display_name, u.role,
              COALESCE((SELECT array_agg(tm.team_id) FROM team_memberships tm WHERE tm.user_id = u.id), '{}') AS team_ids
         FROM users u
        WHERE u.organisation_id = $1
          AND ($2::uuid IS NULL OR u.id = $2::uuid)
          AND ($3::uuid[] IS NULL OR EXISTS (SELECT 1 FROM team_memberships tm WHERE tm.user_id = u.id AND tm.team_id = ANY($3::uuid[])))
        ORDER BY u.display_name, u.id`,
      [organisationId, userId ?? null, teamIds],
    );
  }

  private async view(
    manager: EntityManager,
    organisationId: string,
    person: PersonRow,
  ): Promise<AffiliationDeclarationView> {
    const declaration = await manager.findOne(AffiliationDeclarationEntity, {
      where: { userId: person.id, organisationId },
    });
    const affiliations = await manager.find(UserAffiliationEntity, {
      where: { userId: person.id, organisationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const updatedBy = declaration
      ? ((await findUserRefs(manager, organisationId, [declaration.updatedById])).get(declaration.updatedById) ?? null)
      : null;
    return {
      user: { id: person.id, displayName: person.display_name, role: person.role },
      version: declaration?.version ?? 0,
      updatedAt: declaration ? declaration.updatedAt.toISOString() : null,
      updatedBy,
      affiliations: affiliations.map(toAffiliationView),
    };
  }
}

function sameDeclaration(existing: UserAffiliationEntity[], sent: SaveAffiliationsDto['affiliations']): boolean {
  if (existing.length !== sent.length) return false;
  return sent.every((a) => {
    const saved = existing.find((e) => e.id === a.id);
    return (
      saved !== undefined &&
      saved.kind === a.kind &&
      saved.partyKind === a.party.kind &&
      saved.partyName === a.party.name &&
      saved.description === (a.description ?? null) &&
      saved.validFrom === (a.validFrom ?? null) &&
      saved.validUntil === (a.validUntil ?? null)
    );
  });
}

export function toAffiliationView(a: UserAffiliationEntity): AffiliationView {
  return {
    id: a.id,
    kind: a.kind,
    party: { kind: a.partyKind, name: a.partyName },
    description: a.description,
    validFrom: a.validFrom,
    validUntil: a.validUntil,
  };
}
