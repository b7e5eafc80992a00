import { randomUUID } from 'node:crypto';

import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { type JobSender, enqueueJob } from '../../queue/enqueue-job';
import { QUEUES } from '../../queue/queues';
import { type AuditActor, recordAudit } from '../audit/record-audit';
import { runTransaction } from '../system/run-transaction';

/** One event by id, or every FAILED one (of one event name, when given). */
export const replayWebhookEventsInput = z.union([
  z.object({ eventId: z.string().min(1).max(200) }),
  z.object({ allFailed: z.literal(true), event: z.string().trim().min(1).max(100).optional() }),
]);

const BATCH = 500;

/**
 * Processes webhook events again: each is set back to RECEIVED and gets a new `webhook.process`
 * job, with its audit row, in one transaction per batch. Safe to repeat: processing applies
 * Jackpot's current state forward only, with ledger effects keyed to the order, so a replayed
 * event that already had its effect changes nothing; a replay of an event already waiting
 * (RECEIVED) is refused, so that two admins clicking at once queue it once.
 */
export async function replayWebhookEvents(
  deps: { db: Db; boss?: JobSender },
  input: z.infer<typeof replayWebhookEventsInput> & { actor: AuditActor },
): Promise<{ replayed: number }> {
  const boss = deps.boss;
  if (!boss) throw new AppError('CONFLICT', 'Background jobs are not running on this server: nothing can be replayed.');
  if ('eventId' in input) {
    const replayed = await replayBatch({ db: deps.db, boss }, [input.eventId], input.actor);
    if (replayed === 0) {
      const event = await deps.db.webhookEvent.findUnique({ where: { id: input.eventId }, select: { status: true } });
      if (!event) throw new AppError('NOT_FOUND', 'No such webhook event.');
      throw new AppError('ALREADY_DECIDED', 'This event is already waiting to be processed.');
    }
    return { replayed };
  }
  let replayed = 0;
  for (;;) {
    const ids = await deps.db.webhookEvent.findMany({
      where: { status: 'FAILED', ...(input.event ? { event: input.event } : {}) },
      orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
      take: BATCH,
      select: { id: true },
    });
    if (ids.length === 0) return { replayed };
    replayed += await replayBatch(
      { db: deps.db, boss },
      ids.map((row) => row.id),
      input.actor,
    );
    if (ids.length < BATCH) return { replayed };
  }
}

async function replayBatch(deps: { db: Db; boss: JobSender }, ids: string[], actor: AuditActor): Promise<number> {
  return runTransaction(deps.db, async (tx) => {
    // The claim: only an event not already waiting, locked, so a concurrent replay waits and then finds it RECEIVED.
    const claimed = await tx.$queryRaw<Array<{ id: string; event: string; status: string; lastError: string | null }>>`
      SELECT id, event, status::text AS status, "lastError" FROM webhook_events
      WHERE id = ANY(${ids}::text[]) AND status <> 'RECEIVED' FOR UPDATE`;
    const stillClaimable = await tx.webhookEvent.updateManyAndReturn({
      where: { id: { in: claimed.map((event) => event.id) }, status: { not: 'RECEIVED' } },
      data: { status: 'RECEIVED', lastError: null, processedAt: null },
      select: { id: true },
    });
    const replayed = new Set(stillClaimable.map((event) => event.id));
    for (const event of claimed.filter((row) => replayed.has(row.id))) {
      await enqueueJob(deps.boss, QUEUES.processWebhook, { eventId: event.id }, { tx, id: randomUUID() });
      await recordAudit(tx, actor, {
        action: 'webhook.replay',
        targetType: 'webhook',
        targetId: event.id,
        before: { status: event.status, lastError: event.lastError },
        after: { status: 'RECEIVED' },
        data: { event: event.event },
      });
    }
    return replayed.size;
  });
}
