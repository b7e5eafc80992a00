import type { DbClient } from '@jackpot-portal/db';

import { JOBS_SCHEMA, QUEUES } from './queues';

export interface QueueStats {
  queues: Array<{
    name: string;
    created: number;
    retry: number;
    active: number;
    completed: number;
    failed: number;
    cancelled: number;
  }>;
  recentFailures: Array<{
    id: string;
    queue: string;
    failedAt: Date | null;
    retryCount: number;
    error: unknown;
    data: unknown;
  }>;
}

/** Queue depth per state, and the latest failed jobs (kept or archived). */
export async function queueStats(db: DbClient, schema: string = JOBS_SCHEMA): Promise<QueueStats> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid pg-boss schema name: ${schema}`);
  const installed = await db.$queryRawUnsafe<Array<{ ok: boolean }>>(
    `SELECT to_regclass($1) IS NOT NULL AS ok`,
    `${schema}.job`,
  );
  const counts = installed[0]?.ok
    ? await db.$queryRawUnsafe<Array<{ name: string; state: string; count: number }>>(
        `SELECT name, state::text AS state, count(*)::int AS count FROM ${schema}.job GROUP BY name, state`,
      )
    : [];
  const recentFailures = installed[0]?.ok
    ? await db.$queryRawUnsafe<
        Array<{ id: string; queue: string; failedAt: Date | null; retryCount: number; error: unknown; data: unknown }>
      >(
        `SELECT id::text, name AS queue, completed_on AS "failedAt", retry_count AS "retryCount", output AS error, data FROM ${schema}.job WHERE state = 'failed'
         UNION ALL
         SELECT id::text, name, completed_on, retry_count, output, data FROM ${schema}.archive WHERE state = 'failed'
         ORDER BY "failedAt" DESC NULLS LAST LIMIT 20`,
      )
    : [];
  const queues = Object.values(QUEUES).map((name) => {
    const of = (state: string) => counts.find((row) => row.name === name && row.state === state)?.count ?? 0;
    return {
      name,
      created: of('created'),
      retry: of('retry'),
      active: of('active'),
      completed: of('completed'),
      failed: of('failed'),
      cancelled: of('cancelled'),
    };
  });
  return { queues, recentFailures };
}
