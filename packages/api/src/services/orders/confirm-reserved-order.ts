import type { Db } from '@jackpot-portal/db';
import { isJackpotError, type JackpotClient } from '@jackpot-portal/jackpot-core';

import { confirmOrder } from './confirm-order';
import { refreshOrder } from './refresh-order';

/**
 * The `order.confirm` job: confirms at Jackpot a voucher the policy lets the portal confirm for
 * the employee. Skips an order that is no longer RESERVED (confirmed, canceled, or waiting for
 * an admin). When Jackpot refuses the transition (e.g. the reservation expired), its real state
 * is applied instead. Timeouts and 5xx throw, so that pg-boss retries with backoff; confirming
 * twice is a no-op at Jackpot.
 */
export async function confirmReservedOrder(
  deps: { db: Db; jackpot: JackpotClient },
  input: { orderId: string },
): Promise<'confirmed' | 'skipped' | 'refreshed'> {
  const order = await deps.db.order.findUnique({
    where: { id: input.orderId },
    select: { id: true, status: true, needsApproval: true, jackpotVoucherId: true },
  });
  if (!order || order.status !== 'RESERVED' || order.needsApproval) return 'skipped';
  try {
    await confirmOrder(deps, { orderId: order.id, source: 'PORTAL' });
    return 'confirmed';
  } catch (error) {
    if (!isJackpotError(error) || error.code !== 'INVALID_STATE') throw error;
    await refreshOrder(deps, { order, hintVoucherId: null, source: 'PORTAL' });
    return 'refreshed';
  }
}
