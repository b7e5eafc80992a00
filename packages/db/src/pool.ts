import pg from 'pg';

export type PgPool = pg.Pool;

/**
 * A plain node-postgres pool, for the libraries that talk to PostgreSQL themselves (the
 * rate limiter's store); everything else goes through the Prisma client.
 */
export function createPgPool(
  databaseUrl: string,
  options: { max?: number; applicationName?: string; connectionTimeoutMs?: number } = {},
): PgPool {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.max ?? 2,
    application_name: options.applicationName,
    ...(options.connectionTimeoutMs ? { connectionTimeoutMillis: options.connectionTimeoutMs } : {}),
  });
  // An idle client the server terminated (a PostgreSQL restart) is emitted as the pool's
  // 'error': unheard, that event would end the process. The pool drops that client; the next
  // query connects anew, or fails to the caller while PostgreSQL is down.
  pool.on('error', () => {});
  return pool;
}
