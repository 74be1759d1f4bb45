import { Injectable } from '@nestjs/common';
import { UserEntity } from '@naast/api-core';
import { ClientEntity } from '@naast/api-clients';
import type { CaseStatus, CaseStatusChange, DomainCode, InvolvedParty, Role, UserRef } from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import { CaseInvolvedPartyEntity } from './case-involved-party.entity';
import type { CaseAggregate } from './case.mapper';
import { CaseEntity } from './case.entity';

interface StatusChangeRow {
  from_status: CaseStatus | null;
  to_status: CaseStatus;
  reason: string | null;
  changed_at: Date;
  user_id: string;
  display_name: string;
  role: Role;
}

/** Loads everything a case view shows, with a fixed handful of queries whatever the case holds. */
@Injectable()
export class CaseReader {
  async aggregate(manager: EntityManager, organisationId: string, caseId: string): Promise<CaseAggregate> {
    const supportCase = await manager.findOneByOrFail(CaseEntity, { id: caseId, organisationId });
    // One after the other: a transaction's connection runs one query at a time anyway.
    const client = await manager.findOneOrFail(ClientEntity, {
      where: { id: supportCase.clientId, organisationId },
      select: {
        id: true,
        givenName: true,
        familyNamePrefix: true,
        familyName: true,
        dateOfBirth: true,
        municipalityCode: true,
        municipalityName: true,
        teamId: true,
      },
    });
    const lead = await manager.findOneOrFail(UserEntity, {
      where: { id: supportCase.leadSupporterId, organisationId },
      select: { id: true, displayName: true, role: true },
    });
    const domainRows = await manager.query<{ domain_code: DomainCode }[]>(
      `SELECT cd.domain_code FROM case_domains cd JOIN domains d ON d.code = cd.domain_code
        WHERE cd.case_id = $1 AND cd.organisation_id = $2 ORDER BY d.position`,
      [caseId, organisationId],
    );
    const volunteerRows = await manager.query<{ id: string; display_name: string; role: Role }[]>(
      `SELECT u.id, u.display_name, u.role FROM case_volunteers cv JOIN users u ON u.id = cv.user_id
        WHERE cv.case_id = $1 AND cv.organisation_id = $2 ORDER BY u.display_name, u.id`,
      [caseId, organisationId],
    );
    const parties = await manager.find(CaseInvolvedPartyEntity, {
      where: { caseId, organisationId },
      order: { position: 'ASC' },
    });
    const historyRows = await manager.query<StatusChangeRow[]>(
      `SELECT s.from_status, s.to_status, s.reason, s.changed_at, u.id AS user_id, u.display_name, u.role
         FROM case_status_changes s JOIN users u ON u.id = s.changed_by_id
        WHERE s.case_id = $1 AND s.organisation_id = $2 ORDER BY s.changed_at, s.id`,
      [caseId, organisationId],
    );
    const leadSupporter: UserRef = { id: lead.id, displayName: lead.displayName, role: lead.role };
    return {
      supportCase,
      client,
      leadSupporter,
      domains: domainRows.map((r) => r.domain_code),
      volunteers: volunteerRows.map((r) => ({ id: r.id, displayName: r.display_name, role: r.role })),
      involvedParties: parties.map((p): InvolvedParty => ({ kind: p.kind, name: p.name, contact: p.contact })),
      statusHistory: historyRows.map(
        (r): CaseStatusChange => ({
          from: r.from_status,
          to: r.to_status,
          reason: r.reason,
          changedBy: { id: r.user_id, displayName: r.display_name, role: r.role },
          changedAt: new Date(r.changed_at).toISOString(),
        }),
      ),
    };
  }
}
