import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessLogService,
  FieldValidationException,
  StaleVersionException,
  TeamEntity,
  type Actor,
} from '@naast/api-core';
import { DEFAULT_PAGE_SIZE, type ClientSummary, type ClientView, type Page } from '@naast/contracts';
import { DataSource, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { ClientEntity } from './client.entity';
import { toClientSummary, toClientView } from './client.mapper';
import {
  canCreateClientInTeam,
  canReadClient,
  canUpdateClient,
  clientReadPredicate,
  type ClientAccessFacts,
} from './domain/client-access';
import type { ClientSearchQueryDto } from './dto/client-search-query.dto';
import type { CreateClientDto } from './dto/create-client.dto';
import type { UpdateClientDto } from './dto/update-client.dto';
import { decodeCursor, encodeCursor } from '@naast/api-core';
import { findUserRefs } from '@naast/api-core';

/** Word similarity at which a misspelled name still finds the person ("Jansen" → "Janssen"). */
const WORD_SIMILARITY_THRESHOLD = '0.5';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

type AccessAction = 'read' | 'update';

interface SearchRow {
  id: string;
  given_name: string;
  family_name_prefix: string | null;
  family_name: string;
  date_of_birth: string | null;
  municipality_code: string;
  municipality_name: string;
  team_id: string;
  sort_name: string;
  score: number | null;
}

@Injectable()
export class ClientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  /** Clients the actor may read, best name match first; every client returned is logged as seen. */
  async search(actor: Actor, query: ClientSearchQueryDto, searchText?: string): Promise<Page<ClientSummary>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const q = searchText;
    const after = query.cursor
      ? decodeCursor(query.cursor, [q ? 'number' : 'nullable-string', 'string', 'uuid'])
      : null;

    return this.dataSource.transaction(async (manager) => {
      const scope = clientReadPredicate(actor, 'c');
      const builder = manager
        .createQueryBuilder()
        .from(ClientEntity, 'c')
        .select([
          'c.id AS id',
          'c.given_name AS given_name',
          'c.family_name_prefix AS family_name_prefix',
          'c.family_name AS family_name',
          `to_char(c.date_of_birth, 'YYYY-MM-DD') AS date_of_birth`,
          'c.municipality_code AS municipality_code',
          'c.municipality_name AS municipality_name',
          'c.team_id AS team_id',
          'c.sort_name AS sort_name',
        ])
        .where(scope.sql, scope.params);

      if (q) {
        // The text is folded as the names are (lower case, no accents), in the one place that defines it.
        const [{ folded }] = await manager.query<{ folded: string }[]>(
          `SELECT set_config('pg_trgm.word_similarity_threshold', $1, true), naast_fold($2) AS folded`,
          [WORD_SIMILARITY_THRESHOLD, q],
        );
        // A name starting with the text, or a word of it starting with it, ranks above a fuzzy match.
        const score = `((CASE WHEN c.search_name LIKE :prefix OR c.search_name LIKE :wordPrefix THEN 1.0 ELSE 0.0 END)::float8 + word_similarity(:q, c.search_name)::float8)`;
        builder
          .addSelect(`${score}`, 'score')
          .andWhere(`(c.search_name LIKE :contains OR :q <% c.search_name OR c.search_name % :q)`)
          .setParameters({
            q: folded,
            prefix: `${escapeLike(folded)}%`,
            wordPrefix: `% ${escapeLike(folded)}%`,
            contains: `%${escapeLike(folded)}%`,
          })
          .orderBy('score', 'DESC');
        if (after) {
          builder.andWhere(
            `(${score} < :afterScore OR (${score} = :afterScore AND (c.sort_name > :afterName OR (c.sort_name = :afterName AND c.id > :afterId))))`,
            { afterScore: after[0], afterName: after[1], afterId: after[2] },
          );
        }
        builder.addOrderBy('c.sort_name', 'ASC');
      } else {
        builder.addSelect('NULL::float8', 'score').orderBy('c.sort_name', 'ASC');
        if (after)
          builder.andWhere('(c.sort_name, c.id) > (:afterName, :afterId)', { afterName: after[1], afterId: after[2] });
      }
      builder.addOrderBy('c.id', 'ASC').limit(limit + 1);

      const rows = await builder.getRawMany<SearchRow>();
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const nextCursor = rows.length > limit && last ? encodeCursor([last.score, last.sort_name, last.id]) : null;
      const items = page.map((row) =>
        toClientSummary({
          id: row.id,
          givenName: row.given_name,
          familyNamePrefix: row.family_name_prefix,
          familyName: row.family_name,
          dateOfBirth: row.date_of_birth,
          municipalityCode: row.municipality_code,
          municipalityName: row.municipality_name,
          teamId: row.team_id,
        }),
      );

      // Which clients were seen is logged by id; the search text (a name) is not, because the log is
      // append-only and must hold ids, not content.
      const detail = JSON.stringify({
        searched: q ? true : undefined,
        cursor: query.cursor ? true : undefined,
        results: items.length,
      });
      await this.accessLog.recordMany(
        manager,
        actor,
        items.length > 0
          ? items.map((c) => ({ action: 'search' as const, entity: 'client', entityId: c.id, clientId: c.id, detail }))
          : [{ action: 'search' as const, entity: 'client', entityId: null, clientId: null, detail }],
      );
      return { items, nextCursor };
    });
  }

  async get(actor: Actor, id: string): Promise<ClientView> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.loadAccessible(manager, actor, id, 'read');
      await this.accessLog.record(manager, actor, {
        action: 'read',
        entity: 'client',
        entityId: client.id,
        clientId: client.id,
      });
      return this.view(manager, actor, client);
    });
  }

  async create(actor: Actor, dto: CreateClientDto): Promise<ClientView> {
    const team = await this.dataSource
      .getRepository(TeamEntity)
      .findOne({ where: { id: dto.teamId, organisationId: actor.organisationId }, select: { id: true } });
    if (!team) throw new FieldValidationException([{ field: 'teamId', reason: 'is geen team van deze organisatie' }]);
    if (!canCreateClientInTeam(actor, dto.teamId)) {
      await this.accessLog.recordRefusal(actor, {
        action: 'create',
        entity: 'client',
        entityId: null,
        clientId: null,
        outcome: 'denied',
      });
      throw new ForbiddenException('Je kunt alleen cliënten registreren in je eigen team.');
    }
    return this.dataSource.transaction(async (manager) => {
      const consent = dto.processingConsent ?? null;
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ClientEntity)
        .values({
          organisationId: actor.organisationId,
          teamId: dto.teamId,
          givenName: dto.givenName,
          familyNamePrefix: dto.familyNamePrefix ?? null,
          familyName: dto.familyName,
          dateOfBirth: dto.dateOfBirth ?? null,
          phone: dto.phone ?? null,
          email: dto.email ?? null,
          ...addressColumns(dto.address ?? null),
          municipalityCode: dto.municipality.code,
          municipalityName: dto.municipality.name,
          preferredLanguage: dto.preferredLanguage,
          interpreterNeeded: dto.interpreterNeeded,
          accessibilityNeeds: dto.accessibilityNeeds,
          representatives: dto.representatives.map((r) => ({
            kind: r.kind,
            name: r.name,
            phone: r.phone ?? null,
            email: r.email ?? null,
          })),
          consentGivenOn: consent?.givenOn ?? null,
          consentScope: consent?.scope ?? null,
          consentRecordedById: consent ? actor.userId : null,
          consentRecordedAt: consent ? () => 'now()' : null,
          createdById: actor.userId,
        })
        .returning(['id'])
        .execute();
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.accessLog.record(manager, actor, { action: 'create', entity: 'client', entityId: id, clientId: id });
      return this.view(
        manager,
        actor,
        await manager.findOneByOrFail(ClientEntity, { id, organisationId: actor.organisationId }),
      );
    });
  }

  /** Applies only the fields sent, when `version` is still current; otherwise 409 with the current client. */
  async update(actor: Actor, id: string, dto: UpdateClientDto): Promise<ClientView> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const client = await this.loadAccessible(manager, actor, id, 'update');
      const stale = async () => {
        await this.accessLog.record(manager, actor, {
          action: 'read',
          entity: 'client',
          entityId: id,
          clientId: id,
          detail: 'stale version',
        });
        // Read again: a writer that committed after our first read is what "current" must show.
        const current = await manager.findOneByOrFail(ClientEntity, { id, organisationId: actor.organisationId });
        return { stale: await this.view(manager, actor, current) };
      };
      if (client.version !== dto.version) return stale();

      const result = await manager
        .createQueryBuilder()
        .update(ClientEntity)
        .set({ ...this.changes(actor, client, dto), version: () => 'version + 1' })
        .where('id = :id AND organisation_id = :organisationId AND version = :version', {
          id,
          organisationId: actor.organisationId,
          version: dto.version,
        })
        .execute();
      if (result.affected === 0) {
        return stale();
      }
      await this.accessLog.record(manager, actor, { action: 'update', entity: 'client', entityId: id, clientId: id });
      return {
        updated: await this.view(
          manager,
          actor,
          await manager.findOneByOrFail(ClientEntity, { id, organisationId: actor.organisationId }),
        ),
      };
    });
    if ('stale' in outcome) throw new StaleVersionException(outcome.stale);
    return outcome.updated;
  }

  private changes(actor: Actor, client: ClientEntity, dto: UpdateClientDto): QueryDeepPartialEntity<ClientEntity> {
    const set: QueryDeepPartialEntity<ClientEntity> = {};
    if (dto.givenName !== undefined) set.givenName = dto.givenName;
    if (dto.familyNamePrefix !== undefined) set.familyNamePrefix = dto.familyNamePrefix;
    if (dto.familyName !== undefined) set.familyName = dto.familyName;
    if (dto.dateOfBirth !== undefined) set.dateOfBirth = dto.dateOfBirth;
    if (dto.phone !== undefined) set.phone = dto.phone;
    if (dto.email !== undefined) set.email = dto.email;
    if (dto.address !== undefined) Object.assign(set, addressColumns(dto.address));
    if (dto.municipality !== undefined) {
      set.municipalityCode = dto.municipality.code;
      set.municipalityName = dto.municipality.name;
    }
    if (dto.preferredLanguage !== undefined) set.preferredLanguage = dto.preferredLanguage;
    if (dto.interpreterNeeded !== undefined) set.interpreterNeeded = dto.interpreterNeeded;
    if (dto.accessibilityNeeds !== undefined) set.accessibilityNeeds = dto.accessibilityNeeds;
    if (dto.representatives !== undefined) {
      set.representatives = dto.representatives.map((r) => ({
        kind: r.kind,
        name: r.name,
        phone: r.phone ?? null,
        email: r.email ?? null,
      }));
    }
    if (dto.processingConsent === null) {
      Object.assign(set, {
        consentGivenOn: null,
        consentScope: null,
        consentRecordedById: null,
        consentRecordedAt: null,
      });
    } else if (dto.processingConsent !== undefined) {
      const unchanged =
        client.consentGivenOn === dto.processingConsent.givenOn && client.consentScope === dto.processingConsent.scope;
      // Sending the same consent back keeps who recorded it and when.
      if (!unchanged) {
        Object.assign(set, {
          consentGivenOn: dto.processingConsent.givenOn,
          consentScope: dto.processingConsent.scope,
          consentRecordedById: actor.userId,
          consentRecordedAt: () => 'now()',
        });
      }
    }
    return set;
  }

  /**
   * Loads a client of the actor's organisation and checks the actor's scope. Another
   * organisation's client answers 404 exactly like a missing one; both refusals are logged.
   */
  private async loadAccessible(
    manager: EntityManager,
    actor: Actor,
    id: string,
    action: AccessAction,
  ): Promise<ClientEntity> {
    const client = await manager.findOneBy(ClientEntity, { id, organisationId: actor.organisationId });
    if (!client) {
      await this.accessLog.recordRefusal(actor, {
        action,
        entity: 'client',
        entityId: id,
        clientId: null,
        outcome: 'not_found',
      });
      throw new NotFoundException('Cliënt niet gevonden.');
    }
    const facts = await this.accessFacts(manager, client);
    const allowed = action === 'read' ? canReadClient(actor, facts) : canUpdateClient(actor, facts);
    if (!allowed) {
      await this.accessLog.recordRefusal(actor, {
        action,
        entity: 'client',
        entityId: id,
        clientId: id,
        outcome: 'denied',
      });
      throw new ForbiddenException(
        action === 'read' ? 'Je hebt geen toegang tot deze cliënt.' : 'Je mag deze cliënt niet wijzigen.',
      );
    }
    return client;
  }

  private async accessFacts(manager: EntityManager, client: ClientEntity): Promise<ClientAccessFacts> {
    const cases = await manager.query<{ team_id: string; lead_supporter_id: string }[]>(
      'SELECT team_id, lead_supporter_id FROM cases WHERE client_id = $1 AND organisation_id = $2',
      [client.id, client.organisationId],
    );
    return {
      teamId: client.teamId,
      createdById: client.createdById,
      cases: cases.map((c) => ({ teamId: c.team_id, leadSupporterId: c.lead_supporter_id })),
    };
  }

  private async view(manager: EntityManager, actor: Actor, client: ClientEntity): Promise<ClientView> {
    const recorderId = client.consentRecordedById;
    const refs = recorderId ? await findUserRefs(manager, client.organisationId, [recorderId]) : new Map();
    const edit = canUpdateClient(actor, await this.accessFacts(manager, client));
    return toClientView(client, recorderId ? (refs.get(recorderId) ?? null) : null, { edit });
  }
}

function addressColumns(address: { street: string; houseNumber: string; postcode: string; city: string } | null) {
  return {
    addressStreet: address?.street ?? null,
    addressHouseNumber: address?.houseNumber ?? null,
    addressPostcode: address?.postcode ?? null,
    addressCity: address?.city ?? null,
  };
}
