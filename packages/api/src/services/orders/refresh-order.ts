import type { Db, EventSource } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';

import { type ApplyOutcome, applyVoucherState } from './apply-voucher-state';

/**
 * Re-reads the order's voucher from Jackpot (the truth; webhook payloads are only hints) and
 * applies its state. Returns null while Jackpot has no voucher id for the order yet.
 */
export async function refreshOrder(
  deps: { db: Db; jackpot: JackpotClient },
  orderId: string,
  voucherId: string | null,
  source: EventSource,
): Promise<ApplyOutcome | null> {
  const order = await deps.db.order.findUniqueOrThrow({ where: { id: orderId }, select: { jackpotVoucherId: true } });
  const id = order.jackpotVoucherId ?? voucherId;
  if (!id) return null;
  const voucher = await deps.jackpot.getVoucher(id);
  // The payload's voucher id is only trusted once Jackpot confirms it belongs to this order.
  if (voucher.notificationKey !== orderId) return null;
  return applyVoucherState(deps.db, orderId, voucher, source);
}
