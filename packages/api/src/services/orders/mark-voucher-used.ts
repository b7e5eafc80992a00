import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';

export const markVoucherUsedInput = z.object({ orderId: z.uuid(), used: z.boolean() });

/**
 * The employee's own mark on a ready voucher of their wallet: used at the till, or back to "to
 * use". It changes nothing at Jackpot nor in the budget; only the owner's READY vouchers.
 */
export async function markVoucherUsed(
  deps: { db: Db },
  input: z.infer<typeof markVoucherUsedInput> & { userId: string },
) {
  const { count } = await deps.db.order.updateMany({
    where: { id: input.orderId, userId: input.userId, status: 'READY' },
    data: { usedAt: input.used ? new Date() : null },
  });
  if (count === 1) return { orderId: input.orderId, used: input.used };
  const order = await deps.db.order.findFirst({
    where: { id: input.orderId, userId: input.userId },
    select: { id: true },
  });
  if (!order) throw new AppError('NOT_FOUND', 'No such voucher.');
  throw new AppError('CONFLICT', 'Only a ready voucher can be marked as used.');
}
