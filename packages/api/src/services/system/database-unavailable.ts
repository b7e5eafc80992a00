import { AppError } from '../../errors';

// What PostgreSQL being down, restarting or refusing connections looks like through Prisma's
// driver adapter (node-postgres): Prisma's "cannot reach" / "closed" codes, the adapter's error
// kinds, PostgreSQL's connection and shutdown SQLSTATEs, and node-postgres's own messages.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017']);
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// 08xxx connection exceptions; 57P01–57P03 shutdown and start-up; 53300 too many connections.
const SQLSTATES = /^(08\d{3}|57P0[123]|53300)$/;
const MESSAGES =
  /Can't reach database server|Connection terminated|ECONNREFUSED|ECONNRESET|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|Server has closed the connection|Client has encountered a connection error and is not queryable/i;

/** True when a failure means "the database cannot be reached right now", not a bug or bad data. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 6; depth += 1) {
    const candidate = current as {
      code?: unknown;
      kind?: unknown;
      originalCode?: unknown;
      message?: unknown;
      meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
      cause?: unknown;
    };
    if (typeof candidate.code === 'string' && (PRISMA_CODES.has(candidate.code) || SQLSTATES.test(candidate.code)))
      return true;
    const adapterCause = candidate.meta?.driverAdapterError?.cause;
    for (const kind of [candidate.kind, adapterCause?.kind])
      if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
    for (const code of [candidate.originalCode, adapterCause?.originalCode])
      if (typeof code === 'string' && SQLSTATES.test(code)) return true;
    if (typeof candidate.message === 'string' && MESSAGES.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}

export function databaseUnavailableError(cause: unknown): AppError {
  return new AppError('DATABASE_UNAVAILABLE', 'The service is unavailable for a moment. Please try again shortly.', {
    cause,
  });
}
