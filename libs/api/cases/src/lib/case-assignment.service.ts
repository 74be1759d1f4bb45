import { ConflictException, Injectable } from '@nestjs/common';
import { AccessLogService, FieldValidationException, todayIsoDate, type Actor } from '@naast/api-core';
import {
  INDEPENDENCE_CONFLICT_CODE,
  describeTie,
  partiesMatch,
  partyNameKey,
  type AffiliationKind,
  type DomainCode,
  type IndependenceOverrideRequest,
  type IndependenceTie,
  type InvolvedParty,
  type InvolvedPartyKind,
  type Role,
} from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import { CaseAssignmentChangeEntity } from './case-assignment-change.entity';
import { CaseDomainEntity } from './case-domain.entity';
import { CaseInvolvedPartyEntity } from './case-involved-party.entity';
import { CaseVolunteerEntity } from './case-volunteer.entity';

/** Someone being put on a case, for the independence check. */
export interface AssignedPerson {
  userId: string;
  assignment: IndependenceTie['assignment'];
}

interface AffiliationRow {
  id: string;
  user_id: string;
  display_name: string;
  role: Role;
  kind: AffiliationKind;
  party_kind: InvolvedPartyKind;
  party_name: string;
  description: string | null;
  valid_from: string | null;
  valid_until: string | null;
}

/** Who works on a case and what it is about: checks the people named, and writes the linked rows. */
@Injectable()
export class CaseAssignmentService {
  constructor(private readonly accessLog: AccessLogService) {}

  /** The lead must be an active supporter or team lead of the organisation and a member of the case's team. */
  async assertLeadSupporter(
    manager: EntityManager,
    organisationId: string,
    teamId: string,
    userId: string,
  ): Promise<void> {
    const rows = await manager.query<unknown[]>(
      `SELECT 1 FROM users u
        WHERE u.id = $1 AND u.organisation_id = $2 AND u.active AND u.role IN ('supporter', 'team_lead')
          AND EXISTS (SELECT 1 FROM team_memberships tm WHERE tm.user_id = u.id AND tm.team_id = $3 AND tm.organisation_id = $2)`,
      [userId, organisationId, teamId],
    );
    if (rows.length === 0) {
      throw new FieldValidationException([
        {
          field: 'leadSupporterId',
          reason: 'moet een cliëntondersteuner of teamleider zijn uit het team van de casus',
        },
      ]);
    }
  }

  /** Linked volunteers must be active volunteers of the organisation. */
  async assertVolunteers(manager: EntityManager, organisationId: string, userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) return;
    const rows = await manager.query<{ id: string }[]>(
      `SELECT u.id FROM users u WHERE u.id = ANY($1) AND u.organisation_id = $2 AND u.active AND u.role = 'volunteer'`,
      [userIds, organisationId],
    );
    const found = new Set(rows.map((r) => r.id));
    const unknown = userIds.filter((id) => !found.has(id));
    if (unknown.length > 0) {
      throw new FieldValidationException([
        {
          field: 'volunteerIds',
          reason: `moeten vrijwilligers van deze organisatie zijn (niet: ${unknown.join(', ')})`,
        },
      ]);
    }
  }

  async replaceDomains(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    codes: readonly DomainCode[],
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(CaseDomainEntity)
      .where('case_id = :caseId AND organisation_id = :organisationId AND NOT (domain_code = ANY(:codes))', {
        caseId,
        organisationId,
        codes,
      })
      .execute();
    if (codes.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseDomainEntity)
      .values(codes.map((domainCode) => ({ caseId, domainCode, organisationId })))
      .orIgnore()
      .execute();
  }

  /** Keeps the link date of volunteers who stay linked. */
  async replaceVolunteers(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    userIds: readonly string[],
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(CaseVolunteerEntity)
      .where('case_id = :caseId AND organisation_id = :organisationId AND NOT (user_id = ANY(:userIds))', {
        caseId,
        organisationId,
        userIds,
      })
      .execute();
    if (userIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseVolunteerEntity)
      .values(userIds.map((userId) => ({ caseId, userId, organisationId })))
      .orIgnore()
      .execute();
  }

  async replaceInvolvedParties(
    manager: EntityManager,
    organisationId: string,
    caseId: string,
    parties: readonly InvolvedParty[],
  ): Promise<void> {
    await manager.delete(CaseInvolvedPartyEntity, { caseId, organisationId });
    if (parties.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseInvolvedPartyEntity)
      .values(
        parties.map((p, position) => ({
          organisationId,
          caseId,
          position,
          kind: p.kind,
          name: p.name,
          contact: p.contact ?? null,
        })),
      )
      .execute();
  }

  /** Every change of the lead supporter leaves a row, so the case timeline shows who handed it to whom. */
  async recordLeadChange(
    manager: EntityManager,
    organisationId: string,
    change: { caseId: string; fromUserId: string | null; toUserId: string; changedById: string; reason: string | null },
  ): Promise<void> {
    if (change.fromUserId === change.toUserId) return;
    await manager.insert(CaseAssignmentChangeEntity, { organisationId, ...change });
  }

  /**
   * Independence: the ties between these people and these parties on a day. An affiliation counts
   * on the days within its dates; its party matches an involved party by `partiesMatch` (same kind,
   * the same name ignoring case, accents and extra spaces).
   */
  async findTies(
    manager: EntityManager,
    organisationId: string,
    people: readonly AssignedPerson[],
    parties: readonly InvolvedParty[],
    onDate: string,
  ): Promise<IndependenceTie[]> {
    if (people.length === 0 || parties.length === 0) return [];
    const rows = await manager.query<AffiliationRow[]>(
      `SELECT a.id, a.user_id, u.display_name, u.role, a.kind, a.party_kind, a.party_name, a.description,
              to_char(a.valid_from, 'YYYY-MM-DD') AS valid_from, to_char(a.valid_until, 'YYYY-MM-DD') AS valid_until
         FROM user_affiliations a JOIN users u ON u.id = a.user_id AND u.organisation_id = a.organisation_id
        WHERE a.organisation_id = $1 AND a.user_id = ANY($2)
          AND (a.valid_from IS NULL OR a.valid_from <= $3::date)
          AND (a.valid_until IS NULL OR a.valid_until >= $3::date)
        ORDER BY a.created_at, a.id`,
      [organisationId, people.map((p) => p.userId), onDate],
    );
    const ties: IndependenceTie[] = [];
    for (const person of people) {
      for (const row of rows.filter((r) => r.user_id === person.userId)) {
        const affiliationParty = { kind: row.party_kind, name: row.party_name };
        for (const party of parties.filter((p) => partiesMatch(affiliationParty, p))) {
          ties.push({
            person: { id: row.user_id, displayName: row.display_name, role: row.role },
            assignment: person.assignment,
            affiliation: {
              id: row.id,
              kind: row.kind,
              party: affiliationParty,
              description: row.description,
              validFrom: row.valid_from,
              validUntil: row.valid_until,
            },
            party: { kind: party.kind, name: party.name, contact: party.contact ?? null },
          });
        }
      }
    }
    return ties;
  }

  /** The ties a team lead has not yet overridden on this case. */
  async openTies(
    manager: EntityManager,
    organisationId: string,
    caseId: string | null,
    people: readonly AssignedPerson[],
    parties: readonly InvolvedParty[],
    onDate: string,
  ): Promise<IndependenceTie[]> {
    const ties = await this.findTies(manager, organisationId, people, parties, onDate);
    if (ties.length === 0 || caseId === null) return ties;
    const overridden = await manager.query<
      { user_id: string; affiliation_id: string | null; party_kind: string; party_key: string }[]
    >(
      `SELECT user_id, affiliation_id, party_kind, party_key FROM case_independence_overrides
        WHERE case_id = $1 AND organisation_id = $2`,
      [caseId, organisationId],
    );
    return ties.filter(
      (tie) =>
        !overridden.some(
          (o) =>
            o.user_id === tie.person.id &&
            o.affiliation_id === tie.affiliation.id &&
            o.party_kind === tie.party.kind &&
            o.party_key === partyNameKey(tie.party.name),
        ),
    );
  }

  /**
   * Refuses (409, naming person, affiliation and party) to assign someone tied to an involved party,
   * unless a team lead sends an override; answers the ties that override then covers. Only a team
   * lead may send one: from anyone else the field itself is refused.
   */
  async checkIndependence(
    manager: EntityManager,
    actor: Actor,
    caseId: string | null,
    people: readonly AssignedPerson[],
    parties: readonly InvolvedParty[],
    override: IndependenceOverrideRequest | undefined,
  ): Promise<IndependenceTie[]> {
    if (override && actor.role !== 'team_lead') {
      throw new FieldValidationException([
        {
          field: 'independenceOverride',
          reason: 'alleen een teamleider mag een binding met een betrokken partij toestaan',
        },
      ]);
    }
    const ties = await this.openTies(manager, actor.organisationId, caseId, people, parties, todayIsoDate());
    if (ties.length === 0 || override) return ties;
    throw new ConflictException({
      code: INDEPENDENCE_CONFLICT_CODE,
      message: `Niet onafhankelijk: ${ties.map(describeTie).join(' ')} Een teamleider kan dit met een onderbouwing toestaan.`,
      details: ties.map((tie) => ({
        field: tie.assignment === 'lead' ? 'leadSupporterId' : 'volunteerIds',
        reason: describeTie(tie),
      })),
    });
  }

  /** Stores a team lead's override of these ties (who, when, why, which tie) and logs it. */
  async recordOverrides(
    manager: EntityManager,
    actor: Actor,
    target: { caseId: string; clientId: string },
    ties: readonly IndependenceTie[],
    override: IndependenceOverrideRequest | undefined,
  ): Promise<void> {
    if (!override || ties.length === 0) return;
    for (const tie of ties) {
      const [row] = await manager.query<{ id: string }[]>(
        `INSERT INTO case_independence_overrides
           (organisation_id, case_id, user_id, affiliation_id, affiliation_kind, affiliation_description,
            party_kind, party_name, party_key, justification, decided_by_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (case_id, user_id, affiliation_id, party_kind, party_key) DO NOTHING
         RETURNING id`,
        [
          actor.organisationId,
          target.caseId,
          tie.person.id,
          tie.affiliation.id,
          tie.affiliation.kind,
          tie.affiliation.description,
          tie.party.kind,
          tie.party.name,
          partyNameKey(tie.party.name),
          override.justification,
          actor.userId,
        ],
      );
      if (!row) continue;
      await this.accessLog.record(manager, actor, {
        action: 'create',
        entity: 'case_independence_override',
        entityId: row.id,
        clientId: target.clientId,
        detail: `independence override: user ${tie.person.id}, affiliation ${tie.affiliation.id}`,
      });
    }
  }

  /** The parties a case has now, for a change that does not replace them. */
  async involvedPartiesOf(manager: EntityManager, organisationId: string, caseId: string): Promise<InvolvedParty[]> {
    const parties = await manager.find(CaseInvolvedPartyEntity, {
      where: { caseId, organisationId },
      order: { position: 'ASC' },
    });
    return parties.map((p) => ({ kind: p.kind, name: p.name, contact: p.contact }));
  }
}
