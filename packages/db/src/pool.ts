import pg from 'pg';

export type PgPool = pg.Pool;

/**
 * A plain node-postgres pool, for the libraries that talk to PostgreSQL themselves (the
 * rate limiter's store); everything else goes through the Prisma client.
 */
export function createPgPool(databaseUrl: string, options: { max?: number; applicationName?: string } = {}): PgPool {
  return new pg.Pool({
    connectionString: databaseUrl,
    max: options.max ?? 2,
    application_name: options.applicationName,
  });
}
