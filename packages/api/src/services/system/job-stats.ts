import type { DbClient } from '@jackpot-portal/db';

import { type QueueStats, queueStats } from '../../queue/queue-stats';

export interface JobStats extends QueueStats {
  webhookEvents: Record<string, number>;
}

/** The background work at a glance: each queue's depth, its latest failures, and the webhook events by status. */
export async function jobStats(deps: { db: DbClient; jobsSchema?: string }): Promise<JobStats> {
  const queues = await queueStats(deps.db, deps.jobsSchema);
  const webhookRows = await deps.db.webhookEvent.groupBy({ by: ['status'], _count: { _all: true } });
  return {
    ...queues,
    webhookEvents: Object.fromEntries(webhookRows.map((row) => [row.status, row._count._all])),
  };
}
