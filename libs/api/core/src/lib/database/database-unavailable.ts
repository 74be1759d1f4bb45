/** Socket errors that mean the database server cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away or not accepting work: class 08 (connection exception),
 * 57P01–57P03 (shut down, crashed, starting up), 53300 (too many connections).
 */
const UNAVAILABLE_STATES = /^(08...|57P0[1-3]|53300)$/;

const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/** Messages of node-postgres when a connection is lost or cannot be had in time. */
const POOL_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'connection timeout',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
];

/**
 * True when an error says the database is unreachable (down, restarting, connection killed), as
 * opposed to a fault in the request or the code: such requests answer 503 and may be retried.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM releases a transaction's query runner when its connection dies; the transaction's next
  // query then fails with one of these instead of the connection error itself.
  const name = (error as { name?: unknown } | null)?.name;
  if (typeof name === 'string' && RELEASED_RUNNER_ERRORS.has(name)) return true;
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, message, driverError, cause } = e as {
      code?: unknown;
      message?: unknown;
      driverError?: unknown;
      cause?: unknown;
    };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code))) return true;
    if (typeof message === 'string' && POOL_MESSAGES.some((m) => message.includes(m))) return true;
    e = driverError ?? cause;
  }
  return false;
}

/** Retry-After for a database outage: short, since recovery needs no restart. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
