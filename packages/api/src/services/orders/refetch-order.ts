import type { Db } from '@jackpot-portal/db';
import { isJackpotError, type JackpotClient } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { AppError, jackpotUnavailable } from '../../errors';
import { type AuditActor, recordAudit } from '../audit/record-audit';
import { applyVoucherState } from './apply-voucher-state';

export const refetchOrderInput = z.object({ orderId: z.uuid() });

/**
 * Reads the order's voucher from Jackpot now and applies its state (forward only, as a webhook
 * would), with an audit row saying who asked and what changed, in the same transaction.
 */
export async function refetchOrder(
  deps: { db: Db; jackpot: JackpotClient },
  input: z.infer<typeof refetchOrderInput> & { actor: AuditActor },
) {
  const order = await deps.db.order.findUnique({ where: { id: input.orderId } });
  if (!order) throw new AppError('NOT_FOUND', 'No such voucher.');
  if (!order.jackpotVoucherId) throw new AppError('CONFLICT', 'Jackpot has no voucher for this order yet.');
  let voucher;
  try {
    voucher = await deps.jackpot.getVoucher(order.jackpotVoucherId);
  } catch (error) {
    if (isJackpotError(error)) throw jackpotUnavailable(error);
    throw error;
  }
  if (voucher.notificationKey !== order.id) throw new AppError('CONFLICT', 'Jackpot’s voucher names another order.');
  const applied = await applyVoucherState(deps, {
    orderId: order.id,
    voucher,
    source: 'ADMIN',
    alsoInTransaction: async (tx, outcome) => {
      await recordAudit(tx, input.actor, {
        action: 'order.refetch',
        targetType: 'order',
        targetId: order.id,
        before: { status: order.status },
        after: { status: outcome.outcome === 'moved' ? outcome.to : outcome.status },
        data: { jackpotState: voucher.state, outcome: outcome.outcome },
      });
    },
  });
  return {
    orderId: order.id,
    status: applied.outcome === 'moved' ? applied.to : applied.status,
    outcome: applied.outcome,
  };
}
