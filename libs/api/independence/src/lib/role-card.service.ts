import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, StaleVersionException, findUserRefs, todayIsoDate, type Actor } from '@naast/api-core';
import { CaseAccessService } from '@naast/api-cases';
import { ClientDocument, formatDutchDate } from '@naast/api-documents';
import {
  DEFAULT_ROLE_CARD_SECTIONS,
  ROLE_CARD_SECTION_KEYS,
  fillRoleCardText,
  formatClientName,
  type RoleCardFacts,
  type RoleCardSections,
  type RoleCardTextView,
  type RoleCardView,
} from '@naast/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { SaveRoleCardTextDto } from './dto/independence.dto';
import { RoleCardTextEntity } from './role-card-text.entity';

export const ROLE_CARD_TITLE = 'Mijn cliëntondersteuner';

interface CardFactsRow {
  given_name: string;
  family_name_prefix: string | null;
  family_name: string;
  supporter_name: string;
  organisation_name: string;
  organisation_phone: string | null;
  organisation_email: string | null;
}

/** The role card (rolkaart): the organisation's standard text, filled in for one case. */
@Injectable()
export class RoleCardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly access: CaseAccessService,
  ) {}

  async card(actor: Actor, caseId: string, format: 'view' | 'pdf'): Promise<RoleCardView> {
    return this.dataSource.transaction(async (manager) => {
      const facts = await this.access.readable(manager, actor, caseId, {
        action: 'read',
        entity: 'case',
        entityId: caseId,
      });
      const [row] = await manager.query<CardFactsRow[]>(
        `SELECT c.given_name, c.family_name_prefix, c.family_name, s.display_name AS supporter_name,
                o.name AS organisation_name, o.phone AS organisation_phone, o.email AS organisation_email
           FROM cases k
           JOIN clients c ON c.id = k.client_id
           JOIN users s ON s.id = k.lead_supporter_id
           JOIN organisations o ON o.id = k.organisation_id
          WHERE k.id = $1 AND k.organisation_id = $2`,
        [caseId, actor.organisationId],
      );
      if (!row) return this.access.notFound(actor, { action: 'read', entity: 'case', entityId: caseId });
      await this.accessLog.record(manager, actor, {
        action: 'read',
        entity: 'role_card',
        entityId: caseId,
        clientId: facts.clientId,
        detail: format === 'pdf' ? 'print, pdf' : 'print',
      });
      const cardFacts: RoleCardFacts = {
        clientName: formatClientName({
          givenName: row.given_name,
          familyNamePrefix: row.family_name_prefix,
          familyName: row.family_name,
        }),
        supporterName: row.supporter_name,
        organisation: { name: row.organisation_name, phone: row.organisation_phone, email: row.organisation_email },
      };
      const sections = (await this.text(manager, actor.organisationId)).sections;
      return {
        caseId,
        title: ROLE_CARD_TITLE,
        ...cardFacts,
        sections: ROLE_CARD_SECTION_KEYS.map((key) => ({
          key,
          title: fillRoleCardText(sections[key].title, cardFacts),
          body: fillRoleCardText(sections[key].body, cardFacts),
        })),
        issuedOn: todayIsoDate(),
      };
    });
  }

  async pdf(actor: Actor, caseId: string): Promise<Buffer> {
    return renderRoleCard(await this.card(actor, caseId, 'pdf'));
  }

  async getText(actor: Actor): Promise<RoleCardTextView> {
    return this.dataSource.transaction((manager) => this.text(manager, actor.organisationId));
  }

  async saveText(actor: Actor, dto: SaveRoleCardTextDto): Promise<RoleCardTextView> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const sections = Object.fromEntries(
        ROLE_CARD_SECTION_KEYS.map((key) => [key, { title: dto.sections[key].title, body: dto.sections[key].body }]),
      ) as RoleCardSections;
      const before = await this.text(manager, actor.organisationId);
      // Saving the text as it is loses nothing, whatever version it was based on.
      if (
        ROLE_CARD_SECTION_KEYS.every(
          (key) =>
            before.sections[key].title === sections[key].title && before.sections[key].body === sections[key].body,
        )
      )
        return { saved: before };
      const written =
        dto.version === 0
          ? (
              await manager.query<unknown[]>(
                `INSERT INTO role_card_texts (organisation_id, sections, version, updated_by_id)
                 VALUES ($1, $2::jsonb, 1, $3) ON CONFLICT (organisation_id) DO NOTHING RETURNING organisation_id`,
                [actor.organisationId, JSON.stringify(sections), actor.userId],
              )
            ).length === 1
          : (
              await manager
                .createQueryBuilder()
                .update(RoleCardTextEntity)
                .set({ sections, version: () => 'version + 1', updatedById: actor.userId, updatedAt: () => 'now()' })
                .where('organisation_id = :organisationId AND version = :version', {
                  organisationId: actor.organisationId,
                  version: dto.version,
                })
                .execute()
            ).affected === 1;
      const current = await this.text(manager, actor.organisationId);
      return written ? { saved: current } : { stale: current };
    });
    if ('stale' in outcome) throw new StaleVersionException(outcome.stale);
    return outcome.saved;
  }

  private async text(manager: EntityManager, organisationId: string): Promise<RoleCardTextView> {
    const row = await manager.findOne(RoleCardTextEntity, { where: { organisationId } });
    if (!row) return { version: 0, sections: DEFAULT_ROLE_CARD_SECTIONS, updatedAt: null, updatedBy: null };
    const updatedBy = (await findUserRefs(manager, organisationId, [row.updatedById])).get(row.updatedById) ?? null;
    return {
      version: row.version,
      // Sections missing from an older row fall back to the default text.
      sections: { ...DEFAULT_ROLE_CARD_SECTIONS, ...row.sections },
      updatedAt: row.updatedAt.toISOString(),
      updatedBy,
    };
  }
}

/** One page: who your supporter is, what they do and do not do, independence, how to reach us, complaints. */
export function renderRoleCard(card: RoleCardView): Promise<Buffer> {
  const document = new ClientDocument({ title: card.title, issuer: card.organisation.name });
  document.intro(`Voor ${card.clientName} · ${formatDutchDate(card.issuedOn)}`);
  for (const section of card.sections) {
    document.heading(section.title).paragraph(section.body);
    if (section.key === 'howToReachUs') {
      document.labelled('Uw cliëntondersteuner', card.supporterName);
      document.labelled('Organisatie', card.organisation.name);
      if (card.organisation.phone) document.labelled('Telefoon', card.organisation.phone);
      if (card.organisation.email) document.labelled('E-mail', card.organisation.email);
    }
  }
  return document.toBuffer();
}
