import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

export const DEFAULT_WEBHOOK_RETENTION_DAYS = 90;

export const pruneWebhookEventsInput = z.object({ retentionDays: z.number().int().min(1) });

// Rows per DELETE: each statement stays short, so receiving webhooks never waits on it.
const BATCH = 5_000;

/**
 * The `webhooks.prune` job (nightly): deletes the webhook events, full payloads included, that
 * were resolved (PROCESSED or IGNORED) more than `retentionDays` ago. Events still RECEIVED or
 * FAILED are kept whatever their age, until they are resolved: they are the evidence of what is
 * left to do. The order's own history (order_events, ledger) is not touched. A redelivery after
 * pruning cannot happen in practice: Jackpot retries for five minutes (§6 of
 * docs/jackpot-contract.md).
 */
export async function pruneWebhookEvents(
  deps: { db: Db },
  input: z.infer<typeof pruneWebhookEventsInput> & { now?: Date },
): Promise<{ deleted: number }> {
  const cutoff = new Date((input.now ?? new Date()).getTime() - input.retentionDays * 24 * 3600 * 1000);
  let deleted = 0;
  for (;;) {
    const count = await deps.db.$executeRaw`
      DELETE FROM webhook_events WHERE id IN (
        SELECT id FROM webhook_events
        WHERE status IN ('PROCESSED', 'IGNORED') AND "receivedAt" < ${cutoff}
        LIMIT ${BATCH})`;
    deleted += count;
    if (count < BATCH) return { deleted };
  }
}
