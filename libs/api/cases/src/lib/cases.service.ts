import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, FieldValidationException, StaleVersionException, type Actor } from '@naast/api-core';
import { ClientEntity, clientReadPredicate } from '@naast/api-clients';
import { todayIsoDate } from '@naast/api-core';
import type { CaseView } from '@naast/contracts';
import { DataSource, type EntityManager, type QueryDeepPartialEntity } from 'typeorm';
import { CaseAccessService, type CaseFacts } from './case-access.service';
import { CaseAssignmentService } from './case-assignment.service';
import { toCaseView } from './case.mapper';
import { CaseEntity } from './case.entity';
import { CaseReader } from './case-reader';
import { CaseStatusChangeEntity } from './case-status-change.entity';
import { canEditCase } from './domain/case-access';
import { checkStatusChange, closingFieldsAfter } from './domain/case-status';
import { chooseCaseTeam } from './domain/case-team';
import type { ChangeCaseStatusDto } from './dto/change-case-status.dto';
import type { CreateCaseDto } from './dto/create-case.dto';
import type { ReassignCaseDto } from './dto/reassign-case.dto';
import type { UpdateCaseDto } from './dto/update-case.dto';

type WriteOutcome = { stale: CaseView } | { written: CaseView };

const TEAM_CHOICE_REFUSALS = {
  only_team_lead_chooses: 'alleen een teamleider kiest het team van een casus',
  not_own_team: 'moet een van je eigen teams zijn',
  no_team: 'je bent geen lid van een team; vraag de beheerder je aan een team toe te voegen',
} as const;

const volunteer = (userId: string) => ({ userId, assignment: 'volunteer' as const });

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly access: CaseAccessService,
    private readonly assignment: CaseAssignmentService,
    private readonly reader: CaseReader,
  ) {}

  async get(actor: Actor, id: string): Promise<CaseView> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.access.readable(manager, actor, id, { action: 'read', entity: 'case', entityId: id });
      await this.accessLog.record(manager, actor, {
        action: 'read',
        entity: 'case',
        entityId: id,
        clientId: facts.clientId,
      });
      return this.view(manager, actor, id);
    });
  }

  /** Opens a case for a client the actor may read, with its first status row and access-log row. */
  async create(actor: Actor, dto: CreateCaseDto): Promise<CaseView> {
    return this.dataSource.transaction(async (manager) => {
      const client = await manager.findOne(ClientEntity, {
        where: { id: dto.clientId, organisationId: actor.organisationId },
        select: { id: true, teamId: true },
      });
      if (!client) throw new FieldValidationException([{ field: 'clientId', reason: 'is geen bekende cliënt' }]);
      if (!(await this.canReadClient(manager, actor, client.id))) {
        return this.access.deny(
          actor,
          { action: 'create', entity: 'case', entityId: null },
          client.id,
          'Je hebt geen toegang tot deze cliënt.',
        );
      }

      const team = chooseCaseTeam(actor, client.teamId, dto.teamId);
      if (!team.ok)
        throw new FieldValidationException([{ field: 'teamId', reason: TEAM_CHOICE_REFUSALS[team.reason] }]);
      const leadSupporterId = dto.leadSupporterId ?? actor.userId;
      await this.assignment.assertLeadSupporter(manager, actor.organisationId, team.teamId, leadSupporterId);
      const volunteerIds = dto.volunteerIds ?? [];
      await this.assignment.assertVolunteers(manager, actor.organisationId, volunteerIds);
      const overriddenTies = await this.assignment.checkIndependence(
        manager,
        actor,
        null,
        [{ userId: leadSupporterId, assignment: 'lead' }, ...volunteerIds.map((userId) => volunteer(userId))],
        dto.involvedParties ?? [],
        dto.independenceOverride,
      );

      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CaseEntity)
        .values({
          organisationId: actor.organisationId,
          clientId: client.id,
          teamId: team.teamId,
          leadSupporterId,
          question: dto.question,
          status: 'aangemeld',
          legalFrameworks: dto.legalFrameworks,
          commissioningPartyKind: dto.commissioningParty.kind,
          commissioningPartyName: dto.commissioningParty.name,
          referralSource: dto.referralSource,
          registeredOn: dto.registeredOn ?? todayIsoDate(),
          createdById: actor.userId,
        })
        .returning(['id'])
        .execute();
      const id = (inserted.identifiers[0] as { id: string }).id;
      await this.assignment.replaceDomains(manager, actor.organisationId, id, dto.domains);
      await this.assignment.replaceVolunteers(manager, actor.organisationId, id, volunteerIds);
      await this.assignment.replaceInvolvedParties(manager, actor.organisationId, id, dto.involvedParties ?? []);
      await this.assignment.recordOverrides(
        manager,
        actor,
        { caseId: id, clientId: client.id },
        overriddenTies,
        dto.independenceOverride,
      );
      await manager.insert(CaseStatusChangeEntity, {
        organisationId: actor.organisationId,
        caseId: id,
        fromStatus: null,
        toStatus: 'aangemeld',
        reason: null,
        changedById: actor.userId,
      });
      await this.accessLog.record(manager, actor, {
        action: 'create',
        entity: 'case',
        entityId: id,
        clientId: client.id,
      });
      return this.view(manager, actor, id);
    });
  }

  /** Applies only the fields sent, when `version` is still current; otherwise 409 with the current case. */
  async update(actor: Actor, id: string, dto: UpdateCaseDto): Promise<CaseView> {
    return this.write(actor, id, dto.version, 'Je mag deze casus niet wijzigen.', async (manager, facts) => {
      if (dto.leadSupporterId !== undefined)
        await this.assignment.assertLeadSupporter(manager, actor.organisationId, facts.teamId, dto.leadSupporterId);
      if (dto.volunteerIds !== undefined)
        await this.assignment.assertVolunteers(manager, actor.organisationId, dto.volunteerIds);
      const overriddenTies = await this.checkUpdateIndependence(manager, actor, facts, dto);
      if (dto.firstContactOn && dto.firstContactOn < facts.registeredOn) {
        throw new FieldValidationException([
          { field: 'firstContactOn', reason: `mag niet vóór de aanmelding (${facts.registeredOn}) liggen` },
        ]);
      }
      const set: QueryDeepPartialEntity<CaseEntity> = {};
      if (dto.question !== undefined) set.question = dto.question;
      if (dto.legalFrameworks !== undefined) set.legalFrameworks = dto.legalFrameworks;
      if (dto.commissioningParty !== undefined) {
        set.commissioningPartyKind = dto.commissioningParty.kind;
        set.commissioningPartyName = dto.commissioningParty.name;
      }
      if (dto.referralSource !== undefined) set.referralSource = dto.referralSource;
      if (dto.firstContactOn !== undefined) set.firstContactOn = dto.firstContactOn;
      if (dto.leadSupporterId !== undefined) set.leadSupporterId = dto.leadSupporterId;
      if (!(await this.updateIfCurrent(manager, actor, id, dto.version, set))) return false;

      if (dto.domains !== undefined)
        await this.assignment.replaceDomains(manager, actor.organisationId, id, dto.domains);
      if (dto.volunteerIds !== undefined)
        await this.assignment.replaceVolunteers(manager, actor.organisationId, id, dto.volunteerIds);
      if (dto.involvedParties !== undefined)
        await this.assignment.replaceInvolvedParties(manager, actor.organisationId, id, dto.involvedParties);
      await this.assignment.recordOverrides(
        manager,
        actor,
        { caseId: id, clientId: facts.clientId },
        overriddenTies,
        dto.independenceOverride,
      );
      if (dto.leadSupporterId !== undefined) {
        await this.assignment.recordLeadChange(manager, actor.organisationId, {
          caseId: id,
          fromUserId: facts.leadSupporterId,
          toUserId: dto.leadSupporterId,
          changedById: actor.userId,
          reason: null,
        });
      }
      await this.accessLog.record(manager, actor, {
        action: 'update',
        entity: 'case',
        entityId: id,
        clientId: facts.clientId,
      });
      return true;
    });
  }

  /** Moves a case along `CASE_STATUS_TRANSITIONS` and records the change in the status history. */
  async changeStatus(actor: Actor, id: string, dto: ChangeCaseStatusDto): Promise<CaseView> {
    return this.write(
      actor,
      id,
      dto.version,
      'Je mag de status van deze casus niet wijzigen.',
      async (manager, facts) => {
        const check = checkStatusChange(actor.role, facts.status, dto.status, dto.reason);
        if (!check.ok) {
          const { refusal } = check;
          switch (refusal.kind) {
            case 'unknown_transition':
              throw new FieldValidationException([
                { field: 'status', reason: `kan niet van ${refusal.from} naar ${refusal.to}` },
              ]);
            case 'reason_required':
              throw new FieldValidationException([
                { field: 'reason', reason: 'is verplicht bij afsluiten of heropenen' },
              ]);
            case 'role_not_allowed':
              return this.access.deny(
                actor,
                { action: 'update', entity: 'case', entityId: id },
                facts.clientId,
                'Alleen een teamleider mag een afgesloten casus heropenen.',
              );
          }
        }
        const closing = closingFieldsAfter(dto.status, check.reason, todayIsoDate());
        if (!(await this.updateIfCurrent(manager, actor, id, dto.version, { status: dto.status, ...closing })))
          return false;
        await manager.insert(CaseStatusChangeEntity, {
          organisationId: actor.organisationId,
          caseId: id,
          fromStatus: facts.status,
          toStatus: dto.status,
          reason: check.reason,
          changedById: actor.userId,
        });
        await this.accessLog.record(manager, actor, {
          action: 'update',
          entity: 'case',
          entityId: id,
          clientId: facts.clientId,
          detail: `status ${facts.status} -> ${dto.status}`,
        });
        return true;
      },
    );
  }

  /** A team lead hands a case of their team to another supporter of that team; the timeline shows it. */
  async reassign(actor: Actor, id: string, dto: ReassignCaseDto): Promise<CaseView> {
    return this.write(
      actor,
      id,
      dto.version,
      'Alleen een teamleider van het team draagt een casus over.',
      async (manager, facts) => {
        if (actor.role !== 'team_lead' || !actor.teamIds.includes(facts.teamId)) {
          return this.access.deny(
            actor,
            { action: 'update', entity: 'case', entityId: id },
            facts.clientId,
            'Alleen een teamleider van het team draagt een casus over.',
          );
        }
        await this.assignment.assertLeadSupporter(manager, actor.organisationId, facts.teamId, dto.leadSupporterId);
        const overriddenTies = await this.assignment.checkIndependence(
          manager,
          actor,
          id,
          [{ userId: dto.leadSupporterId, assignment: 'lead' }],
          await this.assignment.involvedPartiesOf(manager, actor.organisationId, id),
          dto.independenceOverride,
        );
        if (!(await this.updateIfCurrent(manager, actor, id, dto.version, { leadSupporterId: dto.leadSupporterId })))
          return false;
        await this.assignment.recordOverrides(
          manager,
          actor,
          { caseId: id, clientId: facts.clientId },
          overriddenTies,
          dto.independenceOverride,
        );
        await this.assignment.recordLeadChange(manager, actor.organisationId, {
          caseId: id,
          fromUserId: facts.leadSupporterId,
          toUserId: dto.leadSupporterId,
          changedById: actor.userId,
          reason: dto.reason ?? null,
        });
        await this.accessLog.record(manager, actor, {
          action: 'update',
          entity: 'case',
          entityId: id,
          clientId: facts.clientId,
          detail: 'reassigned',
        });
        return true;
      },
    );
  }

  /**
   * The frame of every case write: find and authorise, check the version, run `change`, answer the
   * new view. A stale version answers 409 with the current view (its read is logged and committed).
   */
  private async write(
    actor: Actor,
    id: string,
    version: number,
    deniedMessage: string,
    change: (manager: EntityManager, facts: CaseFacts) => Promise<boolean>,
  ): Promise<CaseView> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<WriteOutcome> => {
      const refusal = { action: 'update' as const, entity: 'case' as const, entityId: id };
      const facts = await this.access.readable(manager, actor, id, refusal);
      if (!canEditCase(actor, facts)) return this.access.deny(actor, refusal, facts.clientId, deniedMessage);
      const written = facts.version === version && (await change(manager, facts));
      if (!written) {
        await this.accessLog.record(manager, actor, {
          action: 'read',
          entity: 'case',
          entityId: id,
          clientId: facts.clientId,
          detail: 'stale version',
        });
        return { stale: await this.view(manager, actor, id) };
      }
      return { written: await this.view(manager, actor, id) };
    });
    if ('stale' in outcome) throw new StaleVersionException(outcome.stale);
    return outcome.written;
  }

  /**
   * The people a change newly puts on the case (a new lead, added volunteers) against the parties the
   * case will have. Ties of people already on it, e.g. through a party added now, show as warnings instead.
   */
  private async checkUpdateIndependence(manager: EntityManager, actor: Actor, facts: CaseFacts, dto: UpdateCaseDto) {
    const people = [
      ...(dto.leadSupporterId !== undefined && dto.leadSupporterId !== facts.leadSupporterId
        ? [{ userId: dto.leadSupporterId, assignment: 'lead' as const }]
        : []),
      ...(dto.volunteerIds ?? []).filter((userId) => !facts.volunteerIds.includes(userId)).map(volunteer),
    ];
    if (people.length === 0 && !dto.independenceOverride) return [];
    const parties =
      dto.involvedParties ?? (await this.assignment.involvedPartiesOf(manager, actor.organisationId, facts.id));
    return this.assignment.checkIndependence(manager, actor, facts.id, people, parties, dto.independenceOverride);
  }

  /** The optimistic lock: `save()` would not check the version, this UPDATE does. */
  private async updateIfCurrent(
    manager: EntityManager,
    actor: Actor,
    id: string,
    version: number,
    set: QueryDeepPartialEntity<CaseEntity>,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(CaseEntity)
      .set({ ...set, version: () => 'version + 1' })
      .where('id = :id AND organisation_id = :organisationId AND version = :version', {
        id,
        organisationId: actor.organisationId,
        version,
      })
      .execute();
    return result.affected === 1;
  }

  private async canReadClient(manager: EntityManager, actor: Actor, clientId: string): Promise<boolean> {
    const scope = clientReadPredicate(actor, 'c');
    const visible = await manager
      .createQueryBuilder()
      .from(ClientEntity, 'c')
      .select('1')
      .where('c.id = :clientId', { clientId })
      .andWhere(scope.sql, scope.params)
      .getRawOne<unknown>();
    return visible !== undefined;
  }

  private async view(manager: EntityManager, actor: Actor, id: string): Promise<CaseView> {
    return toCaseView(await this.reader.aggregate(manager, actor.organisationId, id), actor);
  }
}
