import type { DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { DECISION_CLAIM_TTL_MS, type OrderDecision, statusesAllowing } from './decide-order';

export const getOrderDetailsInput = z.object({ orderId: z.uuid() });

/**
 * Everything an admin needs about one order: the store snapshot and the store as mirrored now,
 * Jackpot's fields, the timeline (state changes, with the webhook events received for the order),
 * ledger entries, audit rows, and which decisions its state allows right now.
 */
export async function getOrderDetails(
  deps: { db: DbClient },
  input: z.infer<typeof getOrderDetailsInput> & { viewerId: string },
) {
  const order = await deps.db.order.findUnique({
    where: { id: input.orderId },
    include: {
      user: { select: { id: true, name: true, email: true, flagged: true, disabled: true } },
      decisionBy: { select: { name: true, email: true } },
      events: { orderBy: { createdAt: 'asc' } },
      ledgerEntries: {
        orderBy: { createdAt: 'asc' },
        select: { id: true, kind: true, amountCents: true, reason: true, createdAt: true },
      },
    },
  });
  if (!order) throw new AppError('NOT_FOUND', 'No such voucher.');
  const [store, audit, webhooks] = await Promise.all([
    deps.db.store.findUnique({ where: { id: order.storeId }, select: { name: true, refundable: true, enabled: true } }),
    deps.db.auditLog.findMany({
      where: { targetType: 'order', targetId: order.id },
      orderBy: { createdAt: 'asc' },
      include: { actor: { select: { name: true, email: true } } },
    }),
    deps.db.$queryRaw<
      { id: string; event: string; status: string; receivedAt: Date; lastError: string | null; deliveryCount: number }[]
    >`
      SELECT id, event, status::text AS status, "receivedAt", "lastError", "deliveryCount" FROM webhook_events
      WHERE payload @> ${JSON.stringify({ message: { notificationKey: order.id } })}::jsonb
      ORDER BY "receivedAt" LIMIT 200`,
  ]);
  const claimLive = order.decisionAt !== null && order.decisionAt.getTime() > Date.now() - DECISION_CLAIM_TTL_MS;
  // An admin never decides on their own voucher: they see it, without the decisions.
  const own = order.userId === input.viewerId;
  const allowed = (decision: OrderDecision) =>
    !own && !claimLive && !!order.jackpotVoucherId && statusesAllowing(decision).includes(order.status);
  return {
    order,
    store,
    audit,
    webhooks,
    actions: {
      approve: allowed('order.approve'),
      reject: allowed('order.reject'),
      // Rejecting is how a voucher waiting for approval is canceled.
      cancel: allowed('order.cancel') && order.status !== 'AWAITING_APPROVAL',
      refund: allowed('order.refund') && (store?.refundable ?? false),
      refetch: !!order.jackpotVoucherId,
      pdf: order.status === 'READY',
    },
    own,
    decisionInFlight: claimLive ? { by: order.decisionBy, action: order.decisionAction } : null,
  };
}
