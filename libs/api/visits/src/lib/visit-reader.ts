import { Injectable } from '@nestjs/common';
import { findUserRefs } from '@naast/api-core';
import type { DomainCode, Role, VisitAcknowledgement, VisitAmendment } from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import type { VisitAggregate } from './visit.mapper';
import type { VisitEntity } from './visit.entity';
import type { VisitValues } from './domain/visit-rules';

interface AmendmentRow {
  id: string;
  visit_id: string;
  reason: string;
  previous: Partial<VisitValues>;
  changed: Partial<VisitValues>;
  amended_at: Date;
  user_id: string;
  display_name: string;
  role: Role;
}

interface AcknowledgementRow {
  visit_id: string;
  acknowledged_at: Date;
  comment: string | null;
  user_id: string;
  display_name: string;
  role: Role;
}

/** Completes visits with their domains, authors, amendments and acknowledgement: four queries for any number of visits. */
@Injectable()
export class VisitReader {
  async aggregates(
    manager: EntityManager,
    organisationId: string,
    visits: readonly VisitEntity[],
  ): Promise<VisitAggregate[]> {
    if (visits.length === 0) return [];
    const ids = visits.map((v) => v.id);
    const domainRows = await manager.query<{ visit_id: string; domain_code: DomainCode }[]>(
      `SELECT vd.visit_id, vd.domain_code FROM visit_domains vd JOIN domains d ON d.code = vd.domain_code
        WHERE vd.visit_id = ANY($1) AND vd.organisation_id = $2 ORDER BY d.position`,
      [ids, organisationId],
    );
    const authors = await findUserRefs(
      manager,
      organisationId,
      visits.map((v) => v.authorId),
    );
    const amendmentRows = await manager.query<AmendmentRow[]>(
      `SELECT a.id, a.visit_id, a.reason, a.previous, a.changed, a.amended_at, u.id AS user_id, u.display_name, u.role
         FROM visit_amendments a JOIN users u ON u.id = a.amended_by_id
        WHERE a.visit_id = ANY($1) AND a.organisation_id = $2 ORDER BY a.amended_at, a.id`,
      [ids, organisationId],
    );
    const acknowledgementRows = await manager.query<AcknowledgementRow[]>(
      `SELECT a.visit_id, a.acknowledged_at, a.comment, u.id AS user_id, u.display_name, u.role
         FROM visit_acknowledgements a JOIN users u ON u.id = a.acknowledged_by_id
        WHERE a.visit_id = ANY($1) AND a.organisation_id = $2`,
      [ids, organisationId],
    );
    const acknowledgements = new Map(
      acknowledgementRows.map((r): [string, VisitAcknowledgement] => [
        r.visit_id,
        {
          by: { id: r.user_id, displayName: r.display_name, role: r.role },
          at: new Date(r.acknowledged_at).toISOString(),
          comment: r.comment,
        },
      ]),
    );
    return visits.map((visit) => ({
      visit,
      domains: domainRows.filter((r) => r.visit_id === visit.id).map((r) => r.domain_code),
      // Users are never deleted (foreign key), so the author is always found.
      author: authors.get(visit.authorId) ?? { id: visit.authorId, displayName: '', role: 'volunteer' },
      amendments: amendmentRows
        .filter((r) => r.visit_id === visit.id)
        .map(
          (r): VisitAmendment => ({
            id: r.id,
            reason: r.reason,
            previous: r.previous,
            changed: r.changed,
            amendedBy: { id: r.user_id, displayName: r.display_name, role: r.role },
            amendedAt: new Date(r.amended_at).toISOString(),
          }),
        ),
      acknowledgement: acknowledgements.get(visit.id) ?? null,
    }));
  }

  async aggregate(manager: EntityManager, organisationId: string, visit: VisitEntity): Promise<VisitAggregate> {
    const [aggregate] = await this.aggregates(manager, organisationId, [visit]);
    if (!aggregate) throw new Error(`visit ${visit.id} vanished while reading`);
    return aggregate;
  }
}
