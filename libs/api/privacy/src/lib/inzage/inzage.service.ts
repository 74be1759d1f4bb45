import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, todayIsoDate, type Actor } from '@naast/api-core';
import { ClientDocument, formatDutchDate } from '@naast/api-documents';
import { roleLabelNl, type InzageExport, type Role } from '@naast/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { allClientEntries, appendClientEntries } from '../access-log-viewer.service';
import { ClientPrivacyAccessService } from '../client-privacy-access.service';
import { canExportInzage } from '../domain/privacy-access';
import { INZAGE_SOURCES } from './inzage-registry';
import { columnLabel, readableFields } from './inzage-labels';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Table and column names come from the registry only; quoting keeps them identifiers. */
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Inzage (AVG art. 15): the whole file of one client, read through the registry in one snapshot,
 * as JSON or as a readable Dutch PDF. Every export is logged as `export` of `inzage`.
 */
@Injectable()
export class InzageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
    private readonly clients: ClientPrivacyAccessService,
  ) {}

  async export(actor: Actor, clientId: string, format: 'json' | 'pdf'): Promise<InzageExport> {
    // Checked before the transaction: a refusal is logged on a connection of its own, never while holding one.
    const client = await this.clients.require(
      this.dataSource.manager,
      actor,
      clientId,
      { action: 'export', entity: 'inzage' },
      canExportInzage,
    );
    // One snapshot, so the parts of the export agree with each other.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const result = await collect(manager, actor.organisationId, clientId);
      const accessLog = await allClientEntries(manager, actor.organisationId, clientId);
      const rows = Object.values(result.tables).reduce((n, t) => n + t.rows.length, 0);
      await this.accessLog.record(manager, actor, {
        action: 'export',
        entity: 'inzage',
        entityId: clientId,
        clientId,
        detail: `${format} rijen:${rows + 1}`,
      });
      return {
        format: 'naast-inzage/1',
        generatedAt: new Date().toISOString(),
        organisationName: client.organisationName,
        clientId,
        ...result,
        accessLog,
      };
    });
  }

  async pdf(actor: Actor, clientId: string): Promise<Buffer> {
    return renderInzagePdf(await this.export(actor, clientId, 'pdf'));
  }
}

async function collect(
  manager: EntityManager,
  organisationId: string,
  clientId: string,
): Promise<Pick<InzageExport, 'client' | 'tables' | 'people'>> {
  const [clientRow] = await manager.query<{ row: Record<string, unknown> }[]>(
    'SELECT to_jsonb(c) AS row FROM clients c WHERE c.id = $1 AND c.organisation_id = $2',
    [clientId, organisationId],
  );
  const client = clientRow?.row ?? {};
  const ids = new Map<string, string[]>([['clients', [clientId]]]);
  const tables: InzageExport['tables'] = {};
  for (const source of INZAGE_SOURCES) {
    const parentIds = ids.get(source.parent) ?? [];
    const rows =
      parentIds.length === 0
        ? []
        : (
            await manager.query<{ row: Record<string, unknown> }[]>(
              `SELECT to_jsonb(t) AS row FROM ${ident(source.table)} t
                WHERE t.${ident(source.column)} = ANY($1::uuid[])
                ${source.orderBy ? `ORDER BY t.${ident(source.orderBy)}` : ''}`,
              [parentIds],
            )
          ).map((r) => r.row);
    tables[source.table] = { label: source.label, rows };
    ids.set(
      source.table,
      rows.map((r) => r['id']).filter((id): id is string => typeof id === 'string'),
    );
  }
  const people = await peopleOf(manager, organisationId, [client, ...Object.values(tables).flatMap((t) => t.rows)]);
  return { client, tables, people };
}

/** Every user the rows refer to, so the export can say who did what. */
async function peopleOf(
  manager: EntityManager,
  organisationId: string,
  rows: readonly Record<string, unknown>[],
): Promise<InzageExport['people']> {
  const candidates = new Set<string>();
  for (const row of rows)
    for (const [column, value] of Object.entries(row))
      if (column !== 'id' && typeof value === 'string' && UUID.test(value)) candidates.add(value);
  if (candidates.size === 0) return {};
  const users = await manager.query<{ id: string; display_name: string; role: Role }[]>(
    'SELECT id, display_name, role FROM users WHERE organisation_id = $1 AND id = ANY($2::uuid[])',
    [organisationId, [...candidates]],
  );
  return Object.fromEntries(users.map((u) => [u.id, { displayName: u.display_name, role: u.role }]));
}

/** The export on paper, in Dutch: the client's details, then each part of the file, then the access log. */
export async function renderInzagePdf(data: InzageExport): Promise<Buffer> {
  const people = new Map(
    Object.entries(data.people).map(([id, p]) => [id, `${p.displayName} (${roleLabelNl(p.role)})`]),
  );
  const document = new ClientDocument({ title: 'Inzage in uw dossier', issuer: data.organisationName });
  document.intro(`Opgemaakt op ${formatDutchDate(todayIsoDate())} door ${data.organisationName}.`);
  document.paragraph(
    'Dit zijn alle gegevens die wij over u hebben vastgelegd, en wie uw dossier heeft bekeken. Klopt er iets niet? Dan kunt u vragen om het te verbeteren.',
  );
  document.heading('Uw gegevens');
  for (const field of readableFields(data.client, people)) document.labelled(field.label, field.value);
  for (const [table, section] of Object.entries(data.tables)) {
    if (section.rows.length === 0) continue;
    document.heading(`${section.label} (${section.rows.length})`);
    // One paragraph per row: a long history has thousands, and a paragraph is laid out once.
    for (const row of section.rows) {
      const fields = readableFields(row, people);
      document.paragraph(
        `– ${fields.length === 0 ? columnLabel(table) : fields.map((f) => `${f.label}: ${f.value}`).join(' · ')}`,
      );
    }
  }
  document.heading('Wie heeft uw dossier bekeken?');
  appendClientEntries(document, data.accessLog);
  return document.toBuffer();
}
