import { Injectable } from '@nestjs/common';
import { FieldValidationException } from '@naast/api-core';
import type { DomainCode, InvolvedParty } from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import { CaseDomainEntity } from './case-domain.entity';
import { CaseInvolvedPartyEntity } from './case-involved-party.entity';
import { CaseVolunteerEntity } from './case-volunteer.entity';

/** Who works on a case and what it is about: checks the people named, and writes the linked rows. */
@Injectable()
export class CaseAssignmentService {
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
}
