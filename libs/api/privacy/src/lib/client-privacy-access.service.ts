import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { AccessLogService, type AccessAction, type Actor } from '@naast/api-core';
import { formatClientName } from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import type { ClientPrivacyFacts } from './domain/privacy-access';

export interface ClientPrivacyRecord extends ClientPrivacyFacts {
  id: string;
  displayName: string;
  organisationName: string;
}

/**
 * Finds a client of the actor's organisation for the privacy routes and applies their rule. Another
 * organisation's client answers 404 like a missing one; every refusal is logged.
 */
@Injectable()
export class ClientPrivacyAccessService {
  constructor(private readonly accessLog: AccessLogService) {}

  async require(
    manager: EntityManager,
    actor: Actor,
    clientId: string,
    refusal: { action: AccessAction; entity: string },
    rule: (actor: Actor, facts: ClientPrivacyFacts) => boolean,
  ): Promise<ClientPrivacyRecord> {
    const rows = await manager.query<
      {
        id: string;
        team_id: string;
        given_name: string;
        family_name_prefix: string | null;
        family_name: string;
        organisation_name: string;
        case_lead_ids: string[];
      }[]
    >(
      `SELECT c.id, c.team_id, c.given_name, c.family_name_prefix, c.family_name, o.name AS organisation_name,
              COALESCE((SELECT array_agg(DISTINCT k.lead_supporter_id) FROM cases k WHERE k.client_id = c.id), '{}') AS case_lead_ids
         FROM clients c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.id = $1 AND c.organisation_id = $2`,
      [clientId, actor.organisationId],
    );
    const row = rows[0];
    const entry = { action: refusal.action, entity: refusal.entity, entityId: clientId };
    if (!row) {
      await this.accessLog.recordRefusal(actor, { ...entry, clientId: null, outcome: 'not_found' });
      throw new NotFoundException('Cliënt niet gevonden.');
    }
    const facts: ClientPrivacyFacts = { teamId: row.team_id, caseLeadIds: row.case_lead_ids };
    if (!rule(actor, facts)) {
      await this.accessLog.recordRefusal(actor, { ...entry, clientId, outcome: 'denied' });
      throw new ForbiddenException('Je hebt geen toegang tot de inzage van deze cliënt.');
    }
    return {
      ...facts,
      id: row.id,
      displayName: formatClientName({
        givenName: row.given_name,
        familyNamePrefix: row.family_name_prefix,
        familyName: row.family_name,
      }),
      organisationName: row.organisation_name,
    };
  }
}
