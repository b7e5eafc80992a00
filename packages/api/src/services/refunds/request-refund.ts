import type { Db } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';

import { AppError } from '../../errors';
import { actorName, type AuditActor, recordAudit } from '../audit/record-audit';
import { decideOrder, type decideOrderWithReasonInput, statusesAllowing } from '../orders/decide-order';
import { runTransaction } from '../system/run-transaction';
import { refundThresholdCents } from './refund-threshold';
import type { z } from 'zod';

export type RefundOutcome =
  | { outcome: 'refunded'; orderId: string; status: string }
  | { outcome: 'requested'; orderId: string; requestId: string };

/**
 * An admin's refund: at or under the refund threshold (the price paid), decided at once
 * (decideOrder); above it, only requested — a second, different admin approves it
 * (decideRefundRequest). The request has its `order.refund-request` audit row; a second request
 * while one waits is refused by the database (one pending request per order) with ALREADY_DECIDED.
 */
export async function requestRefund(
  deps: { db: Db; jackpot: JackpotClient },
  input: z.infer<typeof decideOrderWithReasonInput> & { actor: AuditActor },
): Promise<RefundOutcome> {
  const { db } = deps;
  const order = await db.order.findUnique({
    where: { id: input.orderId },
    select: { id: true, userId: true, status: true, priceCents: true, storeId: true },
  });
  if (!order) throw new AppError('NOT_FOUND', 'No such voucher.');
  const thresholdCents = await refundThresholdCents({ db });
  if (order.priceCents <= thresholdCents) {
    const decided = await decideOrder(deps, { ...input, decision: 'order.refund' });
    return { outcome: 'refunded', ...decided };
  }
  if (order.userId === input.actor.id)
    throw new AppError('OWN_ACCOUNT', 'An admin never decides on their own voucher.');
  if (!statusesAllowing('order.refund').includes(order.status))
    throw new AppError('CONFLICT', `This voucher is ${order.status}: it cannot be refunded now.`);
  const store = await db.store.findUnique({ where: { id: order.storeId }, select: { refundable: true } });
  if (!store?.refundable) throw new AppError('CONFLICT', 'This store does not take vouchers back.');

  try {
    const request = await runTransaction(db, async (tx) => {
      const created = await tx.refundRequest.create({
        data: { orderId: order.id, requestedById: input.actor.id, reason: input.reason },
      });
      await recordAudit(tx, input.actor, {
        action: 'order.refund-request',
        targetType: 'order',
        targetId: order.id,
        before: { status: order.status },
        after: { status: order.status, refundRequest: 'PENDING' },
        data: { requestId: created.id, reason: input.reason, priceCents: order.priceCents, thresholdCents },
      });
      return created;
    });
    return { outcome: 'requested', orderId: order.id, requestId: request.id };
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'P2002')) throw error;
    const pending = await db.refundRequest.findFirst({
      where: { orderId: order.id, status: 'PENDING' },
      select: { requestedBy: { select: { name: true, email: true } } },
    });
    const by = actorName(pending?.requestedBy);
    throw new AppError('ALREADY_DECIDED', `Already decided by ${by} (order.refund-request).`, {
      params: { by, action: 'order.refund-request' },
      cause: error,
    });
  }
}
