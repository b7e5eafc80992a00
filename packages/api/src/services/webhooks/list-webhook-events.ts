import { type DbClient, type Prisma, WebhookStatus } from '@jackpot-portal/db';
import { z } from 'zod';

import { decodeTimeCursor, keysetPage } from '../system/keyset-cursor';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const listWebhookEventsInput = z.object({
  event: z.string().trim().min(1).max(100).optional(),
  status: z.enum(WebhookStatus).optional(),
  cursor: z.string().max(400).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});

/** The order a coupon event names (its notificationKey), when it is one of ours. */
function orderIdOf(payload: Prisma.JsonValue): string | null {
  const message = (payload as { message?: { notificationKey?: unknown } } | null)?.message;
  const key = message?.notificationKey;
  return typeof key === 'string' && UUID.test(key) ? key : null;
}

/**
 * Every received webhook event, newest first, filtered by event name and status, paged by
 * keyset on (receivedAt, id) — the index `webhook_events (status, receivedAt)` serves the status
 * filter.
 */
export async function listWebhookEvents(deps: { db: DbClient }, rawInput: z.input<typeof listWebhookEventsInput>) {
  const input = listWebhookEventsInput.parse(rawInput);
  const after = input.cursor ? decodeTimeCursor(input.cursor) : null;
  const where: Prisma.WebhookEventWhereInput = {
    ...(input.event ? { event: input.event } : {}),
    ...(input.status ? { status: input.status } : {}),
    // The plain bound lets the index scan start at the cursor; the OR is the exact keyset.
    ...(after
      ? {
          receivedAt: { lte: after.at },
          OR: [{ receivedAt: { lt: after.at } }, { receivedAt: after.at, id: { lt: after.id } }],
        }
      : {}),
  };
  const rows = await deps.db.webhookEvent.findMany({
    where,
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
  });
  const { page, nextCursor } = keysetPage(rows, input.limit, (row) => row.receivedAt);
  return { events: page.map((event) => ({ ...event, orderId: orderIdOf(event.payload) })), nextCursor };
}
