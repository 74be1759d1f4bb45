import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AccessLogService,
  FieldValidationException,
  StaleVersionException,
  todayIsoDate,
  type AccessAction,
  type Actor,
} from '@naast/api-core';
import { ClientEntity, clientReadPredicate } from '@naast/api-clients';
import type { ClientConsentsView, ConsentView, DisclosureView, FieldError } from '@naast/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ConsentEntity } from './consent.entity';
import { ConsentReader, toConsentView, type ConsentRow } from './consent-reader';
import { DisclosureEntity } from './disclosure.entity';
import { consentGroundError, disclosureGroundErrors } from './domain/disclosure-ground';
import type { CreateConsentDto, CreateDisclosureDto, WithdrawConsentDto } from './dto/consent-requests.dto';

const CLIENT_NOT_FOUND = 'Cliënt niet gevonden.';
const CONSENT_NOT_FOUND = 'Toestemming niet gevonden.';
const NO_ACCESS = 'Je hebt geen toegang tot de toestemmingen van deze cliënt.';

/**
 * A client's consents and the disclosures that rest on them. Client data: read and recorded by the
 * supporters and team leads who may read the client (the client's team, or a case they lead or of
 * their team); every read, change and refusal is logged. Nothing is deleted.
 */
@Injectable()
export class ConsentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly reader: ConsentReader,
  ) {}

  list(actor: Actor, clientId: string): Promise<ClientConsentsView> {
    return this.dataSource.transaction(async (manager) => {
      await this.readableClient(manager, actor, clientId, 'read', 'consent', null);
      const today = todayIsoDate();
      const consents = (await this.reader.consents(manager, actor.organisationId, clientId)).map((row) =>
        toConsentView(row, today),
      );
      const disclosures = await this.reader.disclosures(manager, actor.organisationId, clientId);
      const entries = [
        ...consents.map((c) => ({ action: 'read' as const, entity: 'consent', entityId: c.id, clientId })),
        ...disclosures.map((d) => ({ action: 'read' as const, entity: 'disclosure', entityId: d.id, clientId })),
      ];
      await this.accessLog.recordMany(
        manager,
        actor,
        entries.length > 0 ? entries : [{ action: 'read', entity: 'consent', entityId: null, clientId }],
      );
      return { clientId, consents, disclosures, permissions: { record: true } };
    });
  }

  createConsent(actor: Actor, clientId: string, dto: CreateConsentDto): Promise<ConsentView> {
    return this.dataSource.transaction(async (manager) => {
      await this.readableClient(manager, actor, clientId, 'create', 'consent', null);
      const errors = consentShapeErrors(dto);
      if (errors.length > 0) throw new FieldValidationException(errors);
      const representative = dto.givenBy === 'legal_representative';
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ConsentEntity)
        .values({
          organisationId: actor.organisationId,
          clientId,
          scope: dto.scope,
          recipient: dto.recipient ?? null,
          purpose: dto.purpose,
          dataCategories: dto.dataCategories,
          givenOn: dto.givenOn,
          givenBy: dto.givenBy,
          representativeName: representative ? (dto.representativeName ?? null) : null,
          representativeCapacity: representative ? (dto.representativeCapacity ?? null) : null,
          validUntil: dto.validUntil ?? null,
          recordedById: actor.userId,
        })
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id ?? '';
      await this.accessLog.record(manager, actor, {
        action: 'create',
        entity: 'consent',
        entityId: id,
        clientId,
        detail: dto.scope,
      });
      return this.consentView(manager, actor, id);
    });
  }

  /** Withdrawal is a dated change, never a delete: the consent stays, marked withdrawn from that day. */
  withdraw(actor: Actor, consentId: string, dto: WithdrawConsentDto): Promise<ConsentView> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.reader.consent(manager, actor.organisationId, consentId);
      if (!row) {
        await this.accessLog.recordRefusal(actor, {
          action: 'update',
          entity: 'consent',
          entityId: consentId,
          clientId: null,
          outcome: 'not_found',
        });
        throw new NotFoundException(CONSENT_NOT_FOUND);
      }
      await this.readableClient(manager, actor, row.clientId, 'update', 'consent', consentId);
      if (row.withdrawnOn !== null && row.version === dto.version)
        throw new FieldValidationException([
          { field: 'withdrawnOn', reason: `is al ingetrokken op ${row.withdrawnOn}` },
        ]);
      if (dto.withdrawnOn < row.givenOn)
        throw new FieldValidationException([
          { field: 'withdrawnOn', reason: `mag niet vóór de datum van de toestemming (${row.givenOn}) liggen` },
        ]);
      // The version check sits in the UPDATE itself; a withdrawn consent is never withdrawn again.
      const result = await manager
        .createQueryBuilder()
        .update(ConsentEntity)
        .set({
          withdrawnOn: dto.withdrawnOn,
          withdrawalNote: dto.note ?? null,
          withdrawnById: actor.userId,
          version: () => 'version + 1',
        })
        .where('id = :id AND organisation_id = :organisationId AND version = :version AND withdrawn_on IS NULL', {
          id: consentId,
          organisationId: actor.organisationId,
          version: dto.version,
        })
        .execute();
      if (result.affected === 0) throw new StaleVersionException(await this.consentView(manager, actor, consentId));
      await this.accessLog.record(manager, actor, {
        action: 'update',
        entity: 'consent',
        entityId: consentId,
        clientId: row.clientId,
        detail: 'withdrawn',
      });
      return this.consentView(manager, actor, consentId);
    });
  }

  createDisclosure(actor: Actor, clientId: string, dto: CreateDisclosureDto): Promise<DisclosureView> {
    return this.dataSource.transaction(async (manager) => {
      await this.readableClient(manager, actor, clientId, 'create', 'disclosure', null);
      const errors = disclosureGroundErrors(dto);
      if (errors.length > 0) throw new FieldValidationException(errors);
      if (dto.caseId) {
        const cases = await manager.query<unknown[]>(
          `SELECT 1 FROM cases WHERE id = $1 AND organisation_id = $2 AND client_id = $3`,
          [dto.caseId, actor.organisationId, clientId],
        );
        if (cases.length === 0)
          throw new FieldValidationException([{ field: 'caseId', reason: 'is geen casus van deze cliënt' }]);
      }
      if (dto.consentId) {
        // FOR SHARE: a withdrawal committing meanwhile waits, so the disclosure never rests on a withdrawn consent.
        const locked = await manager.query<unknown[]>(
          `SELECT 1 FROM consents WHERE id = $1 AND organisation_id = $2 AND client_id = $3 FOR SHARE`,
          [dto.consentId, actor.organisationId, clientId],
        );
        const consent =
          locked.length > 0 ? await this.reader.consent(manager, actor.organisationId, dto.consentId) : null;
        if (!consent)
          throw new FieldValidationException([{ field: 'consentId', reason: 'is geen toestemming van deze cliënt' }]);
        const error = consentGroundError(consent, dto);
        if (error) throw new FieldValidationException([error]);
      }
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(DisclosureEntity)
        .values({
          organisationId: actor.organisationId,
          clientId,
          caseId: dto.caseId ?? null,
          recipient: dto.recipient,
          purpose: dto.purpose,
          dataCategories: dto.dataCategories,
          disclosedOn: dto.disclosedOn,
          consentId: dto.consentId ?? null,
          exceptionKind: dto.consentId ? null : (dto.exceptionKind ?? null),
          exceptionReason: dto.consentId ? null : (dto.exceptionReason ?? null),
          recordedById: actor.userId,
        })
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id ?? '';
      await this.accessLog.record(manager, actor, {
        action: 'create',
        entity: 'disclosure',
        entityId: id,
        clientId,
        detail: dto.consentId ? 'consent' : `exception: ${dto.exceptionKind ?? ''}`,
      });
      const view = await this.reader.disclosure(manager, actor.organisationId, id);
      if (!view) throw new NotFoundException('Verstrekking niet gevonden.');
      return view;
    });
  }

  /**
   * The client when the actor may read it: another organisation's or a missing client answers 404,
   * one outside the actor's teams and cases 403; both are logged.
   */
  private async readableClient(
    manager: EntityManager,
    actor: Actor,
    clientId: string,
    action: AccessAction,
    entity: 'consent' | 'disclosure',
    entityId: string | null,
  ): Promise<void> {
    const exists = await manager.query<unknown[]>(`SELECT 1 FROM clients WHERE id = $1 AND organisation_id = $2`, [
      clientId,
      actor.organisationId,
    ]);
    if (exists.length === 0) {
      await this.accessLog.recordRefusal(actor, { action, entity, entityId, clientId: null, outcome: 'not_found' });
      throw new NotFoundException(entityId ? CONSENT_NOT_FOUND : CLIENT_NOT_FOUND);
    }
    const scope = clientReadPredicate(actor, 'c');
    const readable = await manager
      .createQueryBuilder()
      .from(ClientEntity, 'c')
      .select('c.id', 'id')
      .where('c.id = :clientId', { clientId })
      .andWhere(scope.sql, scope.params)
      .getRawOne<{ id: string }>();
    if (!readable) {
      await this.accessLog.recordRefusal(actor, { action, entity, entityId, clientId, outcome: 'denied' });
      throw new ForbiddenException(NO_ACCESS);
    }
  }

  private async consentView(manager: EntityManager, actor: Actor, consentId: string): Promise<ConsentView> {
    const row: ConsentRow | null = await this.reader.consent(manager, actor.organisationId, consentId);
    if (!row) throw new NotFoundException(CONSENT_NOT_FOUND);
    return toConsentView(row, todayIsoDate());
  }
}

/** The rules of a consent's fields among each other (each single field is checked by the DTO). */
function consentShapeErrors(dto: CreateConsentDto): FieldError[] {
  const errors: FieldError[] = [];
  if (dto.scope === 'disclosure' && !dto.recipient)
    errors.push({ field: 'recipient', reason: 'is verplicht bij toestemming voor verstrekking: aan wie?' });
  if (dto.givenBy === 'legal_representative') {
    if (!dto.representativeName)
      errors.push({ field: 'representativeName', reason: 'is verplicht als een vertegenwoordiger toestemming gaf' });
    if (!dto.representativeCapacity)
      errors.push({ field: 'representativeCapacity', reason: 'kies curator, bewindvoerder, mentor of gemachtigde' });
  } else {
    if (dto.representativeName)
      errors.push({ field: 'representativeName', reason: 'hoort alleen bij toestemming door een vertegenwoordiger' });
    if (dto.representativeCapacity)
      errors.push({
        field: 'representativeCapacity',
        reason: 'hoort alleen bij toestemming door een vertegenwoordiger',
      });
  }
  if (dto.validUntil && dto.validUntil < dto.givenOn)
    errors.push({ field: 'validUntil', reason: `mag niet vóór de datum van de toestemming (${dto.givenOn}) liggen` });
  return errors;
}
