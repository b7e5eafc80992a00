import { createPgPool, type PgPool } from '@jackpot-portal/db/pool';

import { cachedProbe } from './cached-probe';

export interface DatabaseHealth {
  /** Whether PostgreSQL answered lately: one probe at a time, its answer kept `freshMs`. */
  reachable(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Whether the database answers, for the proxy: a page rendered while PostgreSQL is down can
 * only answer 500 (Next.js sets 500 for any error a render throws but its own 401/403/404 and
 * redirects, whatever error.tsx shows), so the proxy answers 503 before rendering instead.
 * `SELECT 1` on a connection of its own (never waiting behind the requests' pool), at most
 * once per `freshMs` whatever the traffic; concurrent callers share the probe in flight.
 */
export function createDatabaseHealth(
  databaseUrl: string,
  options: { freshMs?: number; timeoutMs?: number } = {},
): DatabaseHealth {
  const freshMs = options.freshMs ?? 250;
  const timeoutMs = options.timeoutMs ?? 1_000;
  let pool: PgPool | null = null;

  const probe = async (): Promise<boolean> => {
    pool ??= createPgPool(databaseUrl, {
      max: 1,
      applicationName: 'jackpot-portal-health',
      connectionTimeoutMs: timeoutMs,
    });
    try {
      await pool.query({ text: 'SELECT 1', query_timeout: timeoutMs } as { text: string });
      return true;
    } catch {
      return false;
    }
  };

  return {
    reachable: cachedProbe(probe, freshMs),
    async close() {
      await pool?.end();
      pool = null;
    },
  };
}
