/**
 * The raw baseline: a minimal node:http + pg server answering the case list with the same SQL
 * the API runs for a supporter's filtered first page (the page chosen from cases by scope, status
 * filter and keyset order, then client, lead and domains joined in for its rows, then one access-log row per case returned, in one transaction),
 * without sessions, authorization, validation or framework. `log=0` skips the access-log insert,
 * so the bench shows what each layer costs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';

const PAGE = 25;

const LIST_SQL = `
  SELECT k.id, k.question, k.status, to_char(k.registered_on, 'YYYY-MM-DD') AS registered_on, k.team_id,
         k.updated_at, to_char(k.registered_on, 'YYYY-MM-DD') AS sort_key,
         COALESCE((SELECT array_agg(cd.domain_code ORDER BY d.position) FROM case_domains cd
                   JOIN domains d ON d.code = cd.domain_code WHERE cd.case_id = k.id), '{}') AS domains,
         cl.id AS client_id, cl.given_name, cl.family_name_prefix, cl.family_name,
         to_char(cl.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, cl.municipality_code, cl.municipality_name,
         cl.team_id AS client_team_id, u.id AS lead_id, u.display_name AS lead_display_name, u.role AS lead_role
  FROM cases k
  JOIN clients cl ON cl.id = k.client_id AND cl.organisation_id = k.organisation_id
  JOIN users u ON u.id = k.lead_supporter_id AND u.organisation_id = k.organisation_id
  WHERE k.id IN (SELECT p.id FROM cases p
                 WHERE p.organisation_id = $1 AND (p.lead_supporter_id = $2 OR p.team_id = ANY($3::uuid[]))
                   AND p.status = ANY($4::case_status[])
                 ORDER BY p.registered_on DESC, p.id DESC
                 LIMIT ${PAGE + 1})
  ORDER BY k.registered_on DESC, k.id DESC`;

const LOG_SQL = `
  INSERT INTO access_log (organisation_id, user_id, role, client_id, entity, entity_id, action, outcome, request_id, ip, detail)
  SELECT $1, $2, 'supporter', unnest($3::uuid[]), 'case', unnest($4::text[]), 'search', 'success', $5, $6, $7`;

export async function startRawBaseline(databaseUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new Pool({ connectionString: databaseUrl, max: 10, application_name: 'naast-raw-baseline' });
  let requestNo = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [organisation, user, team] = ['organisation', 'user', 'team'].map((p) => url.searchParams.get(p));
    const log = url.searchParams.get('log') !== '0';
    void (async () => {
      const db = await pool.connect();
      try {
        await db.query('BEGIN');
        const { rows } = await db.query<{ id: string; client_id: string }>(LIST_SQL, [
          organisation,
          user,
          [team],
          ['actief', 'intake'],
        ]);
        const page = rows.slice(0, PAGE);
        if (log) {
          await db.query(LOG_SQL, [
            organisation,
            user,
            page.map((r) => r.client_id),
            page.map((r) => r.id),
            `raw-${++requestNo}`,
            req.socket.remoteAddress ?? null,
            JSON.stringify({ status: ['actief', 'intake'], results: page.length }),
          ]);
        }
        await db.query('COMMIT');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ items: page, nextCursor: rows.length > PAGE ? 'more' : null }));
      } catch (error) {
        await db.query('ROLLBACK').catch(() => undefined);
        res.writeHead(500).end(String(error));
      } finally {
        db.release();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
