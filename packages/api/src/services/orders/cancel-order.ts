import type { Db, EventSource } from '@jackpot-portal/db';
import { isJackpotError, type JackpotClient } from '@jackpot-portal/jackpot-core';
import { z } from 'zod';

import { AppError, jackpotUnavailable } from '../../errors';
import { applyVoucherState } from './apply-voucher-state';
import { CANCELABLE_STATUSES } from './order-status';

export const cancelOrderInput = z.object({ orderId: z.uuid() });

/**
 * Cancels a voucher that is still only reserved; the hold is released when Jackpot's answer is
 * applied. `ownerId` limits it to the employee's own orders (null: an admin acting).
 */
export async function cancelOrder(
  deps: { db: Db; jackpot: JackpotClient },
  input: z.infer<typeof cancelOrderInput> & { ownerId: string | null; source: EventSource },
) {
  const { orderId, ownerId } = input;
  const order = await deps.db.order.findFirst({ where: { id: orderId, ...(ownerId ? { userId: ownerId } : {}) } });
  if (!order) throw new AppError('NOT_FOUND', 'No such voucher.');
  if (!CANCELABLE_STATUSES.includes(order.status) || !order.jackpotVoucherId) {
    throw new AppError('CONFLICT', 'Only a voucher that is still reserved can be canceled.');
  }
  try {
    const voucher = await deps.jackpot.cancelVoucher(order.jackpotVoucherId);
    const applied = await applyVoucherState(deps, { orderId: order.id, voucher, source: input.source });
    return { orderId: order.id, status: applied.outcome === 'moved' ? applied.to : applied.status };
  } catch (error) {
    if (isJackpotError(error) && error.code === 'INVALID_STATE') {
      throw new AppError('CONFLICT', 'Jackpot has already confirmed this voucher; it can no longer be canceled.', {
        cause: error,
      });
    }
    if (isJackpotError(error)) throw jackpotUnavailable(error);
    throw error;
  }
}
