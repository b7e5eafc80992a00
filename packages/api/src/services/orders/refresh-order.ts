import type { Db, EventSource } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';

import { type ApplyOutcome, applyVoucherState } from './apply-voucher-state';

/** The order as its caller just read it: its id, and the voucher id Jackpot gave it, if any yet. */
export interface OrderToRefresh {
  id: string;
  jackpotVoucherId: string | null;
}

/**
 * Re-reads the order's voucher from Jackpot (the truth; webhook payloads are only hints) and
 * applies its state. `hintVoucherId` (a webhook's) is used only while the order has no voucher
 * id yet, and only once Jackpot confirms the voucher names this order. Returns null when there
 * is no voucher to read, or it is not this order's.
 *
 * Refreshes of one order run one at a time in this process: the webhooks of a voucher often
 * arrive together (reserved, confirmed, ready), and each then reads Jackpot after the previous
 * one applied its answer, instead of all racing for the order's row. (Other instances are kept
 * apart by the guarded update in applyVoucherState.)
 */
export function refreshOrder(
  deps: { db: Db; jackpot: JackpotClient },
  input: { order: OrderToRefresh; hintVoucherId: string | null; source: EventSource },
): Promise<ApplyOutcome | null> {
  const { order, hintVoucherId, source } = input;
  return oneAtATime(order.id, async () => {
    const id = order.jackpotVoucherId ?? hintVoucherId;
    if (!id) return null;
    const voucher = await deps.jackpot.getVoucher(id);
    if (voucher.notificationKey !== order.id) return null;
    return applyVoucherState(deps, { orderId: order.id, voucher, source });
  });
}

const running = new Map<string, Promise<unknown>>();

async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = running.get(key);
  const current = (previous ?? Promise.resolve()).catch(() => undefined).then(work);
  const settled = current.catch(() => undefined);
  running.set(key, settled);
  try {
    return await current;
  } finally {
    if (running.get(key) === settled) running.delete(key);
  }
}
