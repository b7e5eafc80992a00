import type PgBoss from 'pg-boss';

import { QUEUES } from './queues';

export interface WebhookBacklog {
  /** True while more recorded webhooks wait for processing than the limit allows. */
  full(): Promise<boolean>;
}

/**
 * Back-pressure for the webhook route: the number of webhooks waiting for processing, counted
 * at most once every `refreshMs` per process (one count query, shared by concurrent callers),
 * compared with `limit`. While the backlog is above it, the route answers 503 and Jackpot
 * delivers again later (its retries span 5 minutes), instead of the queue growing without
 * bound. A count that fails lets the webhook through: recording it is what matters most.
 */
export function createWebhookBacklog(
  boss: Pick<PgBoss, 'getQueueSize'>,
  options: { limit: number; refreshMs?: number },
): WebhookBacklog {
  const refreshMs = options.refreshMs ?? 1_000;
  let waiting = 0;
  let countedAt = Number.NEGATIVE_INFINITY;
  let counting: Promise<void> | null = null;
  return {
    async full() {
      if (Date.now() - countedAt >= refreshMs) {
        counting ??= boss
          .getQueueSize(QUEUES.processWebhook)
          .then((count) => {
            waiting = count;
          })
          .catch(() => {
            waiting = 0;
          })
          .finally(() => {
            countedAt = Date.now();
            counting = null;
          });
        await counting;
      }
      return waiting > options.limit;
    },
  };
}
