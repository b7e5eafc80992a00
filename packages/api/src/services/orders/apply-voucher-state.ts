import type { Db, EventSource, Order, OrderStatus, Prisma } from '@jackpot-portal/db';
import { classifyTransition, type Voucher, type VoucherState } from '@jackpot-portal/jackpot-core';

import { settleHold } from '../ledger/settle-hold';
import { runTransaction } from '../system/run-transaction';
import { orderStatusForVoucher, voucherStateOfOrder } from './order-status';

export type ApplyOutcome =
  | { outcome: 'moved'; from: OrderStatus; to: OrderStatus }
  | { outcome: 'unchanged'; status: OrderStatus }
  | { outcome: 'ignored-backwards'; status: OrderStatus; jackpotState: VoucherState };

/**
 * Moves an order to Jackpot's real state of its voucher, forward only, with the ledger effects
 * of every step it passes (the budget is captured once confirmed, released once canceled,
 * refunded once refunded). The update is guarded by the status it read, so a concurrent
 * webhook, job or admin action can never move an order backwards or apply an effect twice.
 */
export async function applyVoucherState(
  db: Db,
  orderId: string,
  voucher: Voucher,
  source: EventSource,
  // Runs in the same transaction once the outcome is known, e.g. an admin action's audit row.
  alsoInTransaction?: (tx: Prisma.TransactionClient, outcome: ApplyOutcome) => Promise<void>,
): Promise<ApplyOutcome> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const result = await runTransaction(db, async (tx) => {
      const outcome = await applyOnce(tx, orderId, voucher, source);
      if (outcome && alsoInTransaction) await alsoInTransaction(tx, outcome);
      return outcome;
    });
    if (result) return result;
  }
  throw new Error(`Order ${orderId} kept changing under a concurrent update`);
}

async function applyOnce(
  tx: Prisma.TransactionClient,
  orderId: string,
  voucher: Voucher,
  source: EventSource,
): Promise<ApplyOutcome | null> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
  const current = voucherStateOfOrder(order.status);
  if (order.status === 'FAILED') return { outcome: 'unchanged', status: order.status } as const;
  const target = orderStatusForVoucher(voucher.state, order.needsApproval);
  const kind = current === null ? 'forward' : classifyTransition(current, voucher.state);
  if (kind === 'noop') {
    await recordVoucherFacts(tx, order, voucher);
    return { outcome: 'unchanged', status: order.status } as const;
  }
  if (kind === 'illegal')
    return { outcome: 'ignored-backwards', status: order.status, jackpotState: voucher.state } as const;

  const moved = await tx.order.updateMany({
    where: { id: order.id, status: order.status },
    data: { status: target, ...timestampsFor(voucher), ...voucherFacts(voucher) },
  });
  if (moved.count === 0) return null;
  await applyLedgerEffects(tx, order.id, voucher.state);
  await tx.orderEvent.create({ data: { orderId: order.id, status: target, source } });
  if (voucher.state === 'READY') {
    await tx.notification.upsert({
      where: { orderId_kind: { orderId: order.id, kind: 'voucher.ready' } },
      create: { userId: order.userId, orderId: order.id, kind: 'voucher.ready' },
      update: {},
    });
  }
  return { outcome: 'moved', from: order.status, to: target } as const;
}

function voucherFacts(voucher: Voucher) {
  return {
    jackpotVoucherId: voucher.id,
    couponId: voucher.couponId,
    resaExpireDate: voucher.resaExpireDate ? new Date(voucher.resaExpireDate) : undefined,
    validityDate: voucher.validityDate ? new Date(voucher.validityDate) : undefined,
    lastSyncedAt: new Date(),
  };
}

async function recordVoucherFacts(tx: Prisma.TransactionClient, order: Order, voucher: Voucher) {
  await tx.order.update({ where: { id: order.id }, data: voucherFacts(voucher) });
}

function timestampsFor(voucher: Voucher) {
  const date = (value: string | null | undefined) => (value ? new Date(value) : new Date());
  switch (voucher.state) {
    case 'RESERVED':
      return { reservedAt: date(voucher.reservationDate) };
    case 'CONFIRMED':
      return { reservedAt: date(voucher.reservationDate), confirmedAt: date(voucher.confirmDate) };
    case 'READY':
      return { reservedAt: date(voucher.reservationDate), confirmedAt: date(voucher.confirmDate), readyAt: new Date() };
    case 'CANCELED':
      return { canceledAt: date(voucher.canceledDate) };
    case 'REFUNDING':
      return { refundRequestedAt: new Date() };
    case 'REFUNDED':
    case 'REFUND_REJECTED':
      return { refundedAt: date(voucher.refundDate) };
  }
}

// Cumulative: a voucher seen READY without its CONFIRMED webhook still captures the hold.
async function applyLedgerEffects(tx: Prisma.TransactionClient, orderId: string, state: VoucherState) {
  const hold = await tx.ledgerEntry.findFirst({ where: { orderId, kind: 'HOLD' }, select: { id: true } });
  if (!hold) return;
  if (state === 'CANCELED') {
    await settleHold(tx, hold.id, 'RELEASE', 'voucher canceled');
    return;
  }
  if (state === 'RESERVED') return;
  await settleHold(tx, hold.id, 'CAPTURE', 'voucher confirmed');
  if (state === 'REFUNDED') await settleHold(tx, hold.id, 'REFUND', 'voucher refunded');
}
