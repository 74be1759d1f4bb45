/** Runs one SQL statement; a pg Client, a Pool or TypeORM's DataSource.query all fit. */
export type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

export const CHAIN_PROBLEMS = {
  content: 'the row does not match its hash: a column was changed',
  gap: 'the numbering skips: rows before this one were removed',
  link: "the row does not link to the previous row's hash: a row before it was changed or replaced",
} as const;
export type ChainProblem = keyof typeof CHAIN_PROBLEMS;

export interface ChainBreak {
  id: string;
  userId: string;
  chainSeq: string;
  problem: ChainProblem;
}

export interface ChainVerification {
  rows: number;
  chains: number;
  /** At most `limit` breaks, first by user and position. */
  breaks: ChainBreak[];
  /**
   * SHA-256 (hex) over every chain's last hash, in user order. Published or stored elsewhere, it
   * shows later whether a chain's newest rows were removed or its whole tail rewritten.
   */
  headsDigest: string;
}

/**
 * Checks the access log's hash chains (migration AccessLogChain) in one pass: every row must match its
 * hash, follow its predecessor in the user's numbering without a gap, and link to its hash.
 */
export async function verifyAccessLogChain(query: Query, limit = 100): Promise<ChainVerification> {
  const breaks = (await query(
    `SELECT id::text AS id, user_id AS "userId", chain_seq::text AS "chainSeq", problem
     FROM (
       SELECT a.id, a.user_id, a.chain_seq,
              CASE
                WHEN a.hash IS DISTINCT FROM access_log_digest(a) THEN 'content'
                WHEN a.chain_seq <> coalesce(lag(a.chain_seq) OVER w, 0) + 1 THEN 'gap'
                WHEN a.prev_hash IS DISTINCT FROM coalesce(lag(a.hash) OVER w, ''::bytea) THEN 'link'
              END AS problem
       FROM access_log a
       WINDOW w AS (PARTITION BY a.user_id ORDER BY a.chain_seq)
     ) checked
     WHERE problem IS NOT NULL
     ORDER BY user_id, chain_seq
     LIMIT $1`,
    [limit],
  )) as ChainBreak[];
  const [summary] = (await query(
    `SELECT count(*)::int AS rows, count(DISTINCT user_id)::int AS chains,
            encode(sha256(coalesce(
              (SELECT string_agg(head.hash, ''::bytea ORDER BY head.user_id)
               FROM (SELECT DISTINCT ON (user_id) user_id, hash FROM access_log ORDER BY user_id, chain_seq DESC) head),
              ''::bytea)), 'hex') AS "headsDigest"
     FROM access_log`,
  )) as { rows: number; chains: number; headsDigest: string }[];
  return { rows: summary?.rows ?? 0, chains: summary?.chains ?? 0, breaks, headsDigest: summary?.headsDigest ?? '' };
}
