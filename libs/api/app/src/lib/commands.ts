import { CHAIN_PROBLEMS, verifyAccessLogChain } from '@naast/api-core';
import { findRetentionCandidates } from '@naast/api-retention';
import { Client } from 'pg';

/**
 * `node main.js verify-access-log`: checks the access log's hash chains and prints the chain-head
 * digest to keep elsewhere. Exit code 0 when intact, 1 when a chain is broken.
 */
export async function verifyAccessLogCommand(databaseUrl: string, out: (line: string) => void): Promise<number> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'naast-verify-access-log' });
  await client.connect();
  try {
    const result = await verifyAccessLogChain(async (sql, params) => (await client.query(sql, params)).rows);
    out(`Access log: ${result.rows} rows in ${result.chains} chains (one per user).`);
    out(`Chain-head digest: ${result.headsDigest}`);
    if (result.breaks.length === 0) {
      out('Every chain is intact.');
      return 0;
    }
    out(`${result.breaks.length} break(s)${result.breaks.length === 100 ? ' (the first 100)' : ''}:`);
    for (const b of result.breaks) {
      out(`  row ${b.id} (user ${b.userId}, position ${b.chainSeq}): ${CHAIN_PROBLEMS[b.problem]}`);
    }
    return 1;
  } finally {
    await client.end();
  }
}

/**
 * `node main.js anonymise --dry-run`: lists the clients the nightly retention run would anonymise
 * now (ids, teams, dates; no personal data) and changes nothing. The run itself is the nightly job.
 */
export async function anonymiseCommand(
  databaseUrl: string,
  args: string[],
  out: (line: string) => void,
): Promise<number> {
  if (!args.includes('--dry-run')) {
    out('Usage: anonymise --dry-run. Anonymisation itself runs every night (job retention-anonymisation).');
    return 2;
  }
  const client = new Client({ connectionString: databaseUrl, application_name: 'naast-anonymise-dry-run' });
  await client.connect();
  try {
    // A read-only transaction: the dry run cannot change anything, whatever the query does.
    await client.query('BEGIN READ ONLY');
    const candidates = await findRetentionCandidates(async (sql, params) => (await client.query(sql, params)).rows);
    await client.query('ROLLBACK');
    out(`Dry run: ${candidates.length} client(s) would be anonymised now; nothing was changed.`);
    for (const c of candidates) {
      out(
        `  client ${c.clientId}  organisation ${c.organisationId}  team ${c.teamName}  last case closed ${c.lastClosedOn}  due since ${c.dueSince} (${c.retentionMonths} months)`,
      );
    }
    return 0;
  } finally {
    await client.end();
  }
}
