import type { DbClient } from '@jackpot-portal/db';

import { JOBS_SCHEMA, type QueueName } from './queues';

export interface FailedJob {
  id: string;
  queue: string;
  failedAt: Date;
  retryCount: number;
  error: unknown;
  data: unknown;
}

function schemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid pg-boss schema name: ${schema}`);
  return schema;
}

/**
 * Failed jobs still in pg-boss's job table (it archives them after `archiveFailedAfterSeconds`,
 * 7 days by default; only those can be retried), newest first, by keyset on (completed_on, id).
 */
export async function failedJobs(
  db: DbClient,
  options: { queue?: QueueName; after?: { at: Date; id: string } | null; limit: number; schema?: string },
): Promise<FailedJob[]> {
  const schema = schemaName(options.schema ?? JOBS_SCHEMA);
  return db.$queryRawUnsafe<FailedJob[]>(
    `SELECT id::text, name AS queue, completed_on AS "failedAt", retry_count AS "retryCount", output AS error, data
       FROM ${schema}.job
      WHERE state = 'failed' AND ($1::text IS NULL OR name = $1)
        AND ($2::timestamptz IS NULL OR (completed_on, id) < ($2::timestamptz, $3::uuid))
      ORDER BY completed_on DESC, id DESC
      LIMIT $4`,
    options.queue ?? null,
    options.after?.at ?? null,
    options.after?.id ?? null,
    options.limit,
  );
}

/**
 * Puts failed jobs back to `retry`, as pg-boss's own `retry()` does (one more attempt allowed),
 * but guarded by `state = 'failed'` and inside the caller's transaction, so the audit row goes
 * with it and a job already retried is not counted twice. Returns the jobs it moved.
 */
export async function retryFailedJobs(
  tx: DbClient,
  target: { ids: string[] } | { all: true; queue?: QueueName },
  schema: string = JOBS_SCHEMA,
): Promise<Array<{ id: string; queue: string }>> {
  const name = schemaName(schema);
  const ids = 'ids' in target ? target.ids : null;
  const queue = 'all' in target ? (target.queue ?? null) : null;
  return tx.$queryRawUnsafe<Array<{ id: string; queue: string }>>(
    `UPDATE ${name}.job SET state = 'retry', retry_limit = retry_limit + 1, start_after = now()
      WHERE state = 'failed'
        AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))
        AND ($2::text IS NULL OR name = $2)
      RETURNING id::text, name AS queue`,
    ids,
    queue,
  );
}
