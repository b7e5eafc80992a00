import type { Db } from '@jackpot-portal/db';
import { isJackpotError, type JackpotClient } from '@jackpot-portal/jackpot-core';

import { AppError, jackpotUnavailable } from '../../errors';

export interface VoucherPdf {
  bytes: Uint8Array;
  contentType: string;
  filename: string;
}

/**
 * The voucher's PDF, fetched from Jackpot server-side. Only its owner or an admin gets it; any
 * other id, guessed or not, is "not found".
 */
export async function getVoucherPdf(
  deps: { db: Db; jackpot: JackpotClient },
  input: { orderId: string; requester: { id: string; role: 'EMPLOYEE' | 'ADMIN' } },
): Promise<VoucherPdf> {
  const { orderId, requester } = input;
  const order = await deps.db.order.findFirst({
    where: { id: orderId, ...(requester.role === 'ADMIN' ? {} : { userId: requester.id }) },
  });
  if (!order) throw new AppError('NOT_FOUND', 'No such voucher.');
  if (order.status !== 'READY' || !order.jackpotVoucherId)
    throw new AppError('CONFLICT', 'This voucher is not ready yet.');
  try {
    const attachment = await deps.jackpot.getVoucherAttachment(order.jackpotVoucherId);
    const slug = order.storeName
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    return {
      bytes: attachment.bytes,
      contentType: attachment.contentType,
      filename: `voucher-${slug}-${order.couponId ?? order.id}.pdf`,
    };
  } catch (error) {
    if (isJackpotError(error)) throw jackpotUnavailable(error);
    throw error;
  }
}
