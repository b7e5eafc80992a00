import type { Db } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { AppError } from '../../errors';
import { actorName, type AuditActor, recordAudit } from '../audit/record-audit';
import { decideOrder } from '../orders/decide-order';
import { runTransaction } from '../system/run-transaction';

export const decideRefundRequestInput = z.object({
  requestId: z.uuid(),
  approve: z.boolean(),
  /** Why it is declined (on the audit row); an approval carries the request's own reason. */
  note: z.string().trim().min(3).max(500).optional(),
});

const requestFacts = {
  id: true,
  orderId: true,
  reason: true,
  status: true,
  requestedById: true,
  requestedBy: { select: { name: true, email: true } },
  decidedBy: { select: { name: true, email: true } },
} as const;

/**
 * The second admin's decision on a four-eyes refund request. The request is **claimed** by a
 * guarded update (still PENDING, and — to approve — requested by someone else): of two admins
 * deciding at once, the second gets ALREADY_DECIDED naming the first, and the requester can
 * never approve their own request (a CHECK constraint says so too). An approval then refunds the
 * order through decideOrder, whose `order.refund` audit row names both admins; if that fails, the
 * request is pending again. Declining (any admin, the requester withdrawing included) writes an
 * `order.refund-decline` row naming both.
 */
export async function decideRefundRequest(
  deps: { db: Db; jackpot: JackpotClient },
  input: z.infer<typeof decideRefundRequestInput> & { actor: AuditActor },
) {
  const { db, jackpot } = deps;
  const { actor } = input;
  if (!input.approve && !input.note) throw new AppError('VALIDATION', 'Say why the refund is declined.');
  const claim = await db.refundRequest.updateMany({
    where: {
      id: input.requestId,
      status: 'PENDING',
      ...(input.approve ? { requestedById: { not: actor.id } } : {}),
    },
    data: {
      status: input.approve ? 'APPROVED' : 'DECLINED',
      decidedById: actor.id,
      decidedAt: new Date(),
      decisionNote: input.note ?? null,
    },
  });
  const request = await db.refundRequest.findUnique({ where: { id: input.requestId }, select: requestFacts });
  if (!request) throw new AppError('NOT_FOUND', 'No such refund request.');
  if (claim.count === 0) {
    if (request.status === 'PENDING')
      throw new AppError('FOUR_EYES', 'A refund you requested must be approved by another admin.');
    const by = actorName(request.decidedBy);
    const action = request.status === 'APPROVED' ? 'order.refund' : 'order.refund-decline';
    throw new AppError('ALREADY_DECIDED', `Already decided by ${by} (${action}).`, { params: { by, action } });
  }
  const me = await db.user.findUnique({ where: { id: actor.id }, select: { name: true, email: true } });
  const names = {
    requestId: request.id,
    requestedById: request.requestedById,
    requestedBy: actorName(request.requestedBy),
  };

  if (!input.approve) {
    await runTransaction(db, (tx) =>
      recordAudit(tx, actor, {
        action: 'order.refund-decline',
        targetType: 'order',
        targetId: request.orderId,
        before: { refundRequest: 'PENDING' },
        after: { refundRequest: 'DECLINED' },
        data: { ...names, declinedBy: actorName(me), note: input.note ?? null },
      }),
    );
    return { requestId: request.id, status: 'DECLINED' as const };
  }
  try {
    const decided = await decideOrder(
      { db, jackpot },
      {
        orderId: request.orderId,
        reason: request.reason,
        decision: 'order.refund',
        actor,
        auditData: { ...names, approvedBy: actorName(me) },
      },
    );
    return { requestId: request.id, status: 'APPROVED' as const, orderStatus: decided.status };
  } catch (error) {
    await db.refundRequest.updateMany({
      where: { id: request.id, status: 'APPROVED', decidedById: actor.id },
      data: { status: 'PENDING', decidedById: null, decidedAt: null },
    });
    throw error;
  }
}
