import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, todayIsoDate, type Actor } from '@naast/api-core';
import { ClientDocument, formatDutchDate } from '@naast/api-documents';
import {
  describeAccess,
  formatClientName,
  roleLabelNl,
  type AccessLogEntryView,
  type ClientAccessEntry,
  type ClientAccessView,
  type EmployeeAccessView,
  type Role,
} from '@naast/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { queryAccessLog, type AccessLogFilter, type AccessLogRow } from './access-log-query';
import { ClientPrivacyAccessService } from './client-privacy-access.service';
import { canViewClientAccess, searchScope } from './domain/privacy-access';
import type { AccessLogPeriodDto, AccessLogQueryDto } from './dto/access-log-query.dto';

/** The access log itself is the record read: every look at it is logged as `read` of `access_log`. */
const ACCESS_LOG_ENTITY = 'access_log';
/** The client's view can hold a long history; the PDF takes it whole, in pages of this size. */
const PDF_BATCH = 1000;

export function toEntryView(row: AccessLogRow, withClientName: boolean): AccessLogEntryView {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    user: { id: row.user_id, displayName: row.display_name, role: row.role },
    clientId: row.client_id,
    clientName:
      withClientName && row.client_given_name !== null && row.client_family_name !== null
        ? formatClientName({
            givenName: row.client_given_name,
            familyNamePrefix: row.client_family_name_prefix,
            familyName: row.client_family_name,
          })
        : null,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    outcome: row.outcome,
    description: describeAccess(row.action, row.entity, row.outcome),
  };
}

/** Who, what and when, without the employee's name (see `ClientAccessEntry`). */
export function toClientEntry(row: AccessLogRow): ClientAccessEntry {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    role: row.role,
    roleLabel: roleLabelNl(row.role),
    organisationName: row.organisation_name,
    what: describeAccess(row.action, row.entity, row.outcome),
    outcome: row.outcome,
  };
}

const DUTCH_TIME = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
});

/** Search of the access log (team leads, administrators) and the client's view of it (NEN 7513 ch. 9). */
@Injectable()
export class AccessLogViewerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly clients: ClientPrivacyAccessService,
  ) {}

  async search(
    actor: Actor,
    query: AccessLogQueryDto,
  ): Promise<{ items: AccessLogEntryView[]; nextCursor: string | null }> {
    // Checked before the transaction: a refusal is logged on a connection of its own, never while holding one.
    const scope = this.scopeOf(actor);
    if (query.clientId) await this.requireClientInScope(this.dataSource.manager, actor, query.clientId);
    if (query.userId) await this.requireUserInScope(this.dataSource.manager, actor, query.userId);
    return this.dataSource.transaction(async (manager) => {
      const page = await queryAccessLog(manager, { ...scope, ...query, order: 'newest' });
      await this.accessLog.record(manager, actor, {
        action: 'read',
        entity: ACCESS_LOG_ENTITY,
        entityId: null,
        clientId: query.clientId ?? null,
        detail: searchDetail(query, page.rows.length),
      });
      return { items: page.rows.map((r) => toEntryView(r, actor.role === 'team_lead')), nextCursor: page.nextCursor };
    });
  }

  async employee(actor: Actor, userId: string, query: AccessLogPeriodDto): Promise<EmployeeAccessView> {
    const user = await this.requireUserInScope(this.dataSource.manager, actor, userId);
    return this.dataSource.transaction(async (manager) => {
      // The user is one of the team lead's members, so every row of theirs is in scope.
      const page = await queryAccessLog(manager, {
        ...this.scopeOf(actor),
        teamIds: undefined,
        ...query,
        userId,
        order: 'newest',
      });
      await this.accessLog.record(manager, actor, {
        action: 'read',
        entity: ACCESS_LOG_ENTITY,
        entityId: null,
        clientId: null,
        detail: searchDetail({ ...query, userId }, page.rows.length),
      });
      return {
        user,
        page: {
          items: page.rows.map((r) => toEntryView(r, actor.role === 'team_lead')),
          nextCursor: page.nextCursor,
        },
      };
    });
  }

  async clientView(actor: Actor, clientId: string, query: AccessLogPeriodDto): Promise<ClientAccessView> {
    const client = await this.clients.require(
      this.dataSource.manager,
      actor,
      clientId,
      { action: 'read', entity: ACCESS_LOG_ENTITY },
      canViewClientAccess,
    );
    return this.dataSource.transaction(async (manager) => {
      const page = await queryAccessLog(manager, {
        organisationId: actor.organisationId,
        ...query,
        clientId,
        order: 'oldest',
      });
      await this.accessLog.record(manager, actor, {
        action: 'read',
        entity: ACCESS_LOG_ENTITY,
        entityId: clientId,
        clientId,
        detail: `rijen:${page.rows.length}`,
      });
      return {
        clientId,
        clientName: client.displayName,
        organisationName: client.organisationName,
        page: { items: page.rows.map(toClientEntry), nextCursor: page.nextCursor },
      };
    });
  }

  /** The client's view as a PDF to hand to the client: the whole history, oldest first. */
  async clientViewPdf(actor: Actor, clientId: string): Promise<Buffer> {
    const client = await this.clients.require(
      this.dataSource.manager,
      actor,
      clientId,
      { action: 'export', entity: ACCESS_LOG_ENTITY },
      canViewClientAccess,
    );
    const entries = await this.dataSource.transaction(async (manager) => {
      const all = await allClientEntries(manager, actor.organisationId, clientId);
      await this.accessLog.record(manager, actor, {
        action: 'export',
        entity: ACCESS_LOG_ENTITY,
        entityId: clientId,
        clientId,
        detail: `pdf rijen:${all.length}`,
      });
      return all;
    });
    const document = new ClientDocument({ title: 'Wie heeft uw dossier bekeken?', issuer: client.organisationName });
    document.intro(`Voor ${client.displayName}. Opgemaakt op ${formatDutchDate(todayIsoDate())}.`);
    document.paragraph(
      'Hieronder staat wie uw gegevens heeft bekeken of gewijzigd, wat en wanneer. U ziet de functie van de medewerker en de organisatie. Het oudste staat bovenaan.',
    );
    appendClientEntries(document, entries);
    return document.toBuffer();
  }

  private scopeOf(actor: Actor): Pick<AccessLogFilter, 'organisationId' | 'teamIds' | 'namesForTeamIds'> {
    switch (searchScope(actor)) {
      case 'teams':
        return { organisationId: actor.organisationId, teamIds: actor.teamIds, namesForTeamIds: actor.teamIds };
      case 'organisation':
        return { organisationId: actor.organisationId };
      case 'none':
        throw new ForbiddenException('Je hebt geen toegang tot de toegangslog.');
    }
  }

  /** A team lead filters on clients of their teams only; another organisation's client is unknown. */
  private async requireClientInScope(manager: EntityManager, actor: Actor, clientId: string): Promise<void> {
    const [row] = await manager.query<{ team_id: string }[]>(
      'SELECT team_id FROM clients WHERE id = $1 AND organisation_id = $2',
      [clientId, actor.organisationId],
    );
    const entry = { action: 'read' as const, entity: ACCESS_LOG_ENTITY, entityId: null };
    if (!row) {
      await this.accessLog.recordRefusal(actor, { ...entry, clientId: null, outcome: 'not_found' });
      throw new NotFoundException('Cliënt niet gevonden.');
    }
    if (actor.role === 'team_lead' && !actor.teamIds.includes(row.team_id)) {
      await this.accessLog.recordRefusal(actor, { ...entry, clientId, outcome: 'denied' });
      throw new ForbiddenException('Deze cliënt hoort niet bij jouw teams.');
    }
  }

  /** A team lead looks at members of their teams only; an administrator at anyone of the organisation. */
  private async requireUserInScope(
    manager: EntityManager,
    actor: Actor,
    userId: string,
  ): Promise<EmployeeAccessView['user']> {
    const [row] = await manager.query<{ id: string; display_name: string; role: Role; team_ids: string[] }[]>(
      `SELECT u.id, u.display_name, u.role,
              COALESCE((SELECT array_agg(tm.team_id) FROM team_memberships tm WHERE tm.user_id = u.id), '{}') AS team_ids
         FROM users u WHERE u.id = $1 AND u.organisation_id = $2`,
      [userId, actor.organisationId],
    );
    const entry = { action: 'read' as const, entity: ACCESS_LOG_ENTITY, entityId: userId, clientId: null };
    if (!row) {
      await this.accessLog.recordRefusal(actor, { ...entry, outcome: 'not_found' });
      throw new NotFoundException('Medewerker niet gevonden.');
    }
    if (actor.role === 'team_lead' && !row.team_ids.some((t) => actor.teamIds.includes(t))) {
      await this.accessLog.recordRefusal(actor, { ...entry, outcome: 'denied' });
      throw new ForbiddenException('Deze medewerker hoort niet bij jouw teams.');
    }
    return { id: row.id, displayName: row.display_name, role: row.role };
  }
}

/** The whole client's view, oldest first, read in keyset batches. */
export async function allClientEntries(
  manager: EntityManager,
  organisationId: string,
  clientId: string,
): Promise<ClientAccessEntry[]> {
  const entries: ClientAccessEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryAccessLog(manager, { organisationId, clientId, order: 'oldest', cursor, limit: PDF_BATCH });
    entries.push(...page.rows.map(toClientEntry));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return entries;
}

/**
 * Groups the entries by day and merges a run of the same access by the same function into one line
 * ("10:02–10:40 · Contactmoment bekeken (12×)"), so a long history stays readable on paper.
 */
export function appendClientEntries(document: ClientDocument, entries: readonly ClientAccessEntry[]): void {
  if (entries.length === 0) {
    document.paragraph('Er is nog niemand in uw dossier geweest.');
    return;
  }
  const dayOf = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });
  let day = '';
  let items: { text: string; detail: string }[] = [];
  let run: { first: Date; last: Date; what: string; who: string; count: number } | null = null;
  const closeRun = () => {
    if (!run) return;
    const time =
      run.count === 1 || DUTCH_TIME.format(run.first) === DUTCH_TIME.format(run.last)
        ? DUTCH_TIME.format(run.first)
        : `${DUTCH_TIME.format(run.first)}–${DUTCH_TIME.format(run.last)}`;
    items.push({ text: `${time} · ${run.what}${run.count > 1 ? ` (${run.count}×)` : ''}`, detail: run.who });
    run = null;
  };
  const flushDay = () => {
    closeRun();
    if (items.length > 0) document.subheading(formatDutchDate(day)).bullets(items);
    items = [];
  };
  for (const entry of entries) {
    const at = new Date(entry.occurredAt);
    const entryDay = dayOf.format(at);
    if (entryDay !== day) {
      flushDay();
      day = entryDay;
    }
    const who = `${entry.roleLabel}, ${entry.organisationName}`;
    if (run && run.what === entry.what && run.who === who) {
      run.last = at;
      run.count += 1;
    } else {
      closeRun();
      run = { first: at, last: at, what: entry.what, who, count: 1 };
    }
  }
  flushDay();
}

function searchDetail(query: { clientId?: string; userId?: string; from?: string; to?: string }, rows: number): string {
  const parts = [
    query.userId ? `user:${query.userId}` : null,
    query.from ? `van:${query.from}` : null,
    query.to ? `tot:${query.to}` : null,
    `rijen:${rows}`,
  ];
  return parts.filter((p) => p !== null).join(' ');
}
