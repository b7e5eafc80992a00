import type { Db, Prisma } from '@jackpot-portal/db';
import { isJackpotError, type JackpotClient, type Voucher } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { AppError, jackpotUnavailable } from '../../errors';
import { applyVoucherState } from '../orders/apply-voucher-state';
import { refreshOrder } from '../orders/refresh-order';

export const approveOrderInput = z.object({ orderId: z.uuid() });
export const rejectOrderInput = approveOrderInput.extend({ reason: z.string().trim().min(3).max(500) });

export interface ApprovalDecision {
  orderId: string;
  adminId: string;
  action: 'order.approve' | 'order.reject';
  reason?: string;
}

/**
 * An admin's decision on a voucher waiting for approval: Jackpot is called first, outside any
 * transaction (confirm or cancel); then its answer is applied and the audit row written in one
 * transaction. A refusal from Jackpot applies Jackpot's real state and says why.
 */
export async function decideApproval(
  deps: { db: Db; jackpot: JackpotClient },
  decision: ApprovalDecision,
): Promise<{ orderId: string; status: string }> {
  const { orderId, adminId } = decision;
  const order = await deps.db.order.findUnique({ where: { id: orderId } });
  if (!order) throw new AppError('NOT_FOUND', 'No such voucher.');
  if (order.status !== 'AWAITING_APPROVAL' || !order.jackpotVoucherId)
    throw new AppError('CONFLICT', 'This voucher is not waiting for approval.');

  let voucher: Voucher;
  try {
    voucher =
      decision.action === 'order.approve'
        ? await deps.jackpot.confirmVoucher(order.jackpotVoucherId)
        : await deps.jackpot.cancelVoucher(order.jackpotVoucherId);
  } catch (error) {
    if (isJackpotError(error) && error.code === 'INVALID_STATE') {
      const applied = await refreshOrder(deps, { order, hintVoucherId: null, source: 'ADMIN' });
      const now = applied?.outcome === 'moved' ? applied.to : applied?.status;
      throw new AppError(
        'CONFLICT',
        `Jackpot no longer lets this voucher be ${decision.action === 'order.approve' ? 'confirmed' : 'canceled'}; it is now ${now ?? 'unknown'}.`,
        { cause: error },
      );
    }
    // A timeout may hide a confirmation that happened: the reconciliation job will see it.
    if (isJackpotError(error)) throw jackpotUnavailable(error);
    throw error;
  }

  const applied = await applyVoucherState(deps, {
    orderId,
    voucher,
    source: 'ADMIN',
    alsoInTransaction: async (tx: Prisma.TransactionClient, outcome) => {
      if (decision.reason && outcome.outcome === 'moved') {
        await tx.orderEvent.updateMany({
          where: { orderId, status: outcome.to, source: 'ADMIN' },
          data: { note: decision.reason },
        });
      }
      await tx.auditLog.create({
        data: {
          actorId: adminId,
          action: decision.action,
          targetType: 'order',
          targetId: orderId,
          data: {
            jackpotVoucherId: voucher.id,
            jackpotState: voucher.state,
            outcome: outcome.outcome,
            ...(decision.reason ? { reason: decision.reason } : {}),
          },
        },
      });
    },
  });
  return { orderId, status: applied.outcome === 'moved' ? applied.to : applied.status };
}
