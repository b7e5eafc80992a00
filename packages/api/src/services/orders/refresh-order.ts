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
 *
 * `eventRecordedBy` (webhooks only): a `performance.now()` of this process taken after the
 * event was recorded, when its job started. The event may then be done by a read of its voucher
 * that a refresh of the same order already made, without a GET of its own (below).
 */
export function refreshOrder(
  deps: { db: Db; jackpot: JackpotClient },
  input: { order: OrderToRefresh; hintVoucherId: string | null; source: EventSource; eventRecordedBy?: number },
): Promise<ApplyOutcome | null> {
  const { order, hintVoucherId, source, eventRecordedBy } = input;
  return oneAtATime(order.id, async (queue) => {
    const id = order.jackpotVoucherId ?? hintVoucherId;
    if (!id) return null;
    // A webhook only says that Jackpot's state changed. A GET of the same voucher (by any
    // refresh of this order here) that started after the event was recorded, so after Jackpot
    // sent it, read that change or a later one; once its state was applied without error, this
    // event's own GET would add nothing. A change after that read sends its own webhook, recorded
    // after that GET started, so not covered by it. Only for the voucher id that GET read: a
    // webhook naming another one is checked at Jackpot as before. The clock is this process's;
    // the memory lasts while the order's queue does, and a failed GET or apply clears it.
    const covering = queue.lastRead;
    if (
      covering &&
      eventRecordedBy !== undefined &&
      covering.startedAt > eventRecordedBy &&
      covering.voucherId === id &&
      hintVoucherId === id
    )
      return covering.outcome.outcome === 'moved'
        ? { outcome: 'unchanged', status: covering.outcome.to }
        : covering.outcome;
    queue.lastRead = null;
    const startedAt = performance.now();
    const voucher = await deps.jackpot.getVoucher(id);
    if (voucher.notificationKey !== order.id) return null;
    const outcome = await applyVoucherState(deps, { orderId: order.id, voucher, source });
    queue.lastRead = { voucherId: id, startedAt, outcome };
    return outcome;
  });
}

/** The refreshes of one order waiting in this process, and the last read of its voucher if it was applied. */
interface OrderQueue {
  tail: Promise<unknown>;
  lastRead: { voucherId: string; startedAt: number; outcome: ApplyOutcome } | null;
}

// An order's entry is deleted as soon as its last refresh is done: memory stays bounded.
const queues = new Map<string, OrderQueue>();

async function oneAtATime<T>(key: string, work: (queue: OrderQueue) => Promise<T>): Promise<T> {
  const queue = queues.get(key) ?? { tail: Promise.resolve(), lastRead: null };
  queues.set(key, queue);
  const current = queue.tail.then(() => work(queue));
  const settled = current.catch(() => undefined);
  queue.tail = settled;
  try {
    return await current;
  } finally {
    if (queue.tail === settled) queues.delete(key);
  }
}
