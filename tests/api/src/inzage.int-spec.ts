import { Logger } from '@nestjs/common';
import { AccessLogService, loadConfig, type Actor } from '@naast/api-core';
import { loadDemoDataIfEmpty } from '@naast/api-demo';
import { INZAGE_READ_ELSEWHERE, INZAGE_REDUNDANT_LINKS, INZAGE_SOURCES, InzageService } from '@naast/api-privacy';
import type { InzageExport } from '@naast/contracts';
import { DataSource } from 'typeorm';
import { buildTeam, buildUser, present, startTestApp, TEST_CONFIG_ENV, type TestApp } from './support';

interface ForeignKey {
  child: string;
  column: string;
  parent: string;
}

/** Every single-column foreign key of the public schema, straight from the catalog. */
async function foreignKeys(t: TestApp): Promise<ForeignKey[]> {
  return (await t.db.query(
    `SELECT child.relname AS child, att.attname AS column, parent.relname AS parent
       FROM pg_constraint con
       JOIN pg_class child ON child.oid = con.conrelid
       JOIN pg_class parent ON parent.oid = con.confrelid
       JOIN pg_namespace ns ON ns.oid = child.relnamespace
       JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1]
      WHERE con.contype = 'f' AND ns.nspname = 'public' AND array_length(con.conkey, 1) = 1`,
  )) as ForeignKey[];
}

/** The tables whose rows lead to a client through foreign keys, directly or through cases, plans, visits… */
function walkFromClients(keys: readonly ForeignKey[]): ForeignKey[] {
  const reached = new Set(['clients']);
  const edges: ForeignKey[] = [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const key of keys) {
      if (!reached.has(key.parent) || edges.some((e) => e.child === key.child && e.column === key.column)) continue;
      edges.push(key);
      if (!reached.has(key.child)) {
        reached.add(key.child);
        grew = true;
      }
    }
  }
  return edges;
}

/**
 * Rows for the tables the demo data leave empty, so the completeness test sees every table. Each is
 * inserted only when its table is still empty, on a demo client with a case.
 */
async function fillWhatTheDemoLacks(t: TestApp): Promise<void> {
  const [anchor] = (await t.db.query(
    `SELECT c.id AS client_id, c.organisation_id, k.id AS case_id, k.lead_supporter_id AS user_id
       FROM clients c JOIN cases k ON k.client_id = c.id ORDER BY c.id LIMIT 1`,
  )) as { client_id: string; organisation_id: string; case_id: string; user_id: string }[];
  const a = present(anchor, 'a demo client with a case');
  const fill = async (table: string, insert: string) => {
    const [{ n }] = (await t.db.query(`SELECT count(*)::int AS n FROM "${table}"`)) as { n: number }[];
    // Every insert names all four, so PostgreSQL knows each parameter's type.
    const typed = `WITH p AS (SELECT $1::uuid AS o, $2::uuid AS c, $3::uuid AS k, $4::uuid AS u) ${insert}`;
    if (n === 0) await t.db.query(typed, [a.organisation_id, a.client_id, a.case_id, a.user_id]);
  };
  await fill(
    'consents',
    `INSERT INTO consents (organisation_id, client_id, scope, recipient, purpose, data_categories, given_on, given_by, recorded_by_id)
     VALUES ($1, $2, 'disclosure', 'Wmo-loket', 'Aanvraag huishoudelijke hulp', ARRAY['persoonsgegevens'], current_date, 'client', $4)`,
  );
  await fill(
    'disclosures',
    `INSERT INTO disclosures (organisation_id, client_id, case_id, recipient, purpose, data_categories, disclosed_on, consent_id, recorded_by_id)
     VALUES ($1, $2, $3, 'Wmo-loket', 'Aanvraag huishoudelijke hulp', ARRAY['persoonsgegevens'], current_date,
             (SELECT id FROM consents WHERE client_id = $2 LIMIT 1), $4)`,
  );
  await fill(
    'client_anonymisations',
    `INSERT INTO client_anonymisations (organisation_id, client_id, trigger, requested_by_id, reason)
     VALUES ($1, $2, 'request', $4, 'Op verzoek van de cliënt')`,
  );
  await fill(
    'case_independence_overrides',
    `INSERT INTO case_independence_overrides (organisation_id, case_id, user_id, affiliation_kind, party_kind, party_name,
       party_key, justification, decided_by_id)
     VALUES ($1, $3, $4, (enum_range(NULL::affiliation_kind))[1], (enum_range(NULL::involved_party_kind))[1],
             'Woningcorporatie', 'woningcorporatie', 'Geen andere ondersteuner beschikbaar; besproken in het team.', $4)`,
  );
}

const registered = (table: string) => INZAGE_SOURCES.some((s) => s.table === table);

describe('Inzage export: every stored field of a client and everything linked', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    // The demo data fill (nearly) every table; they load only into an empty database.
    const logger = new Logger('InzageTest');
    logger.log = () => undefined;
    await loadDemoDataIfEmpty(t.db, loadConfig({ ...TEST_CONFIG_ENV, DEMO_DATA: 'auto' }), logger);
    await fillWhatTheDemoLacks(t);
  });
  afterAll(() => t.close());

  describe('the registry against the schema', () => {
    it('covers every table that a foreign key chain leads from a client to', async () => {
      const edges = walkFromClients(await foreignKeys(t));
      expect(edges.length).toBeGreaterThan(20);
      const missing = [...new Set(edges.map((e) => e.child))].filter((table) => !registered(table));
      expect(missing).toEqual([]);
      // Each way in is either the one the export reads or a second way to rows it already reads.
      const unexplained = edges
        .filter(
          (e) =>
            !INZAGE_SOURCES.some((s) => s.table === e.child && s.column === e.column && s.parent === e.parent) &&
            !INZAGE_REDUNDANT_LINKS.some((r) => r.table === e.child && r.column === e.column),
        )
        .map((e) => `${e.child}.${e.column} -> ${e.parent}`);
      expect(unexplained).toEqual([]);
    });

    it('reads only through real foreign keys, parents before children', async () => {
      const keys = await foreignKeys(t);
      const seen = new Set(['clients']);
      for (const source of INZAGE_SOURCES) {
        expect(seen.has(source.parent) ? source.parent : `${source.table} before its parent ${source.parent}`).toBe(
          source.parent,
        );
        expect(
          keys.some((k) => k.child === source.table && k.column === source.column && k.parent === source.parent)
            ? 'a foreign key'
            : `${source.table}.${source.column} -> ${source.parent}`,
        ).toBe('a foreign key');
        seen.add(source.table);
      }
    });

    it('knows every table with a client or case column, foreign key or not', async () => {
      const tables = (await t.db.query(
        `SELECT DISTINCT table_name AS name FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name IN ('client_id', 'case_id')`,
      )) as { name: string }[];
      const unknown = tables.map((r) => r.name).filter((name) => !registered(name) && !(name in INZAGE_READ_ELSEWHERE));
      expect(unknown).toEqual([]);
    });
  });

  describe('the export', () => {
    /** A demo client with visits, exported by a team lead of its team. */
    let client: { id: string; family_name: string; team_id: string; organisation_id: string };
    let exporter: Actor;
    let otherTeamLead: Actor;

    beforeAll(async () => {
      const [row] = (await t.db.query(
        `SELECT c.id, c.family_name, c.team_id, c.organisation_id FROM clients c
          WHERE EXISTS (SELECT 1 FROM cases k JOIN visits v ON v.case_id = k.id WHERE k.client_id = c.id)
          ORDER BY c.id LIMIT 1`,
      )) as (typeof client)[];
      client = present(row, 'a demo client with visits');
      const other = await buildTeam(t.db, client.organisation_id);
      const actorOf = async (teamId: string): Promise<Actor> => {
        const user = await buildUser(t.db, {
          organisationId: client.organisation_id,
          role: 'team_lead',
          teamIds: [teamId],
        });
        return {
          userId: user.id,
          organisationId: client.organisation_id,
          role: 'team_lead',
          displayName: user.displayName,
          teamIds: [teamId],
          requestId: 'inzage-test',
          ip: null,
        };
      };
      exporter = await actorOf(client.team_id);
      otherTeamLead = await actorOf(other.id);
      // The demo data hold no reads of every client: give this one a history, as the API records it.
      await t.app.get(DataSource).transaction((manager) =>
        t.app.get(AccessLogService).record(manager, exporter, {
          action: 'read',
          entity: 'client',
          entityId: client.id,
          clientId: client.id,
        }),
      );
    });

    it('holds rows from every table of the registry, for a client of the demo data', async () => {
      const inzage = t.app.get(InzageService);
      const empty: string[] = [];
      for (const source of INZAGE_SOURCES) {
        // Walk from one row of the table up to its client, along the registry's own links.
        const chain = [source];
        let parent = source.parent;
        while (parent !== 'clients') {
          const up = present(
            INZAGE_SOURCES.find((s) => s.table === parent),
            `the registry entry of ${parent}`,
          );
          chain.push(up);
          parent = up.parent;
        }
        const joins = chain
          .map((s, i) => {
            const next = chain[i + 1];
            return next ? `JOIN "${next.table}" t${i + 1} ON t${i + 1}.id = t${i}."${s.column}"` : '';
          })
          .join(' ');
        const top = present(chain[chain.length - 1], 'the top of the chain');
        const [row] = (await t.db.query(
          `SELECT to_jsonb(t0) AS row, c.id AS client_id, c.team_id, c.organisation_id
             FROM "${source.table}" t0 ${joins}
             JOIN clients c ON c.id = t${chain.length - 1}."${top.column}"
            LIMIT 1`,
        )) as { row: Record<string, unknown>; client_id: string; team_id: string; organisation_id: string }[];
        if (!row) {
          empty.push(source.table);
          continue;
        }
        const lead = await buildUser(t.db, {
          organisationId: row.organisation_id,
          role: 'team_lead',
          teamIds: [row.team_id],
        });
        const result: InzageExport = await inzage.export(
          { ...exporter, userId: lead.id, organisationId: row.organisation_id, teamIds: [row.team_id] },
          row.client_id,
          'json',
        );
        expect(result.client['id']).toBe(row.client_id);
        const exported = present(result.tables[source.table], `the ${source.table} section`).rows;
        expect(exported.map((r) => JSON.stringify(r))).toContain(JSON.stringify(row.row));
      }
      expect(empty).toEqual([]);
    });

    it('is logged as an export of the client, and refused to another team’s lead or organisation', async () => {
      const inzage = t.app.get(InzageService);
      const result = await inzage.export(exporter, client.id, 'json');
      expect(result.client['family_name']).toBe(client.family_name);
      expect(result.tables['cases']?.rows.length).toBeGreaterThan(0);
      expect(result.tables['visits']?.rows.length).toBeGreaterThan(0);
      expect(result.accessLog.length).toBeGreaterThan(0);
      expect(Object.keys(result.people).length).toBeGreaterThan(0);
      const [logged] = (await t.db.query(
        `SELECT action::text, entity, client_id FROM access_log WHERE user_id = $1 ORDER BY id DESC LIMIT 1`,
        [exporter.userId],
      )) as { action: string; entity: string; client_id: string }[];
      expect(logged).toEqual({ action: 'export', entity: 'inzage', client_id: client.id });
      await expect(inzage.export(otherTeamLead, client.id, 'json')).rejects.toMatchObject({ status: 403 });
      const [otherOrg] = (await t.db.query('SELECT id FROM organisations WHERE id <> $1 LIMIT 1', [
        client.organisation_id,
      ])) as { id: string }[];
      await expect(
        inzage.export({ ...exporter, organisationId: present(otherOrg, 'another organisation').id }, client.id, 'json'),
      ).rejects.toMatchObject({ status: 404 });
    });

    it('renders as a PDF', async () => {
      const pdf = await t.app.get(InzageService).pdf(exporter, client.id);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(2000);
    });
  });
});
