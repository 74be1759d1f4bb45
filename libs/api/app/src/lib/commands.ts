import { CHAIN_PROBLEMS, verifyAccessLogChain } from '@naast/api-core';
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
