import type { Db, EventSource } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';

import { AppError } from '../../errors';
import { applyVoucherState } from './apply-voucher-state';

/**
 * Confirms a reserved voucher at Jackpot (definitive: the price is then owed) and applies the
 * state Jackpot answers with. Confirming an already confirmed voucher is a no-op at Jackpot.
 */
export async function confirmOrder(
  deps: { db: Db; jackpot: JackpotClient },
  input: { orderId: string; source: EventSource },
) {
  const order = await deps.db.order.findUniqueOrThrow({ where: { id: input.orderId } });
  if (!order.jackpotVoucherId) throw new AppError('CONFLICT', 'This order has no voucher at Jackpot yet.');
  const voucher = await deps.jackpot.confirmVoucher(order.jackpotVoucherId);
  const applied = await applyVoucherState(deps, { orderId: order.id, voucher, source: input.source });
  return { orderId: order.id, status: applied.outcome === 'moved' ? applied.to : applied.status };
}
