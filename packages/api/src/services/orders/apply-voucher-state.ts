import type { Db, DbClient, EventSource, Order, OrderStatus, Prisma } from '@jackpot-portal/db';
import { classifyTransition, type Voucher, type VoucherState } from '@jackpot-portal/jackpot-core';

import { settleOrderHold } from '../ledger/settle-hold';
import { VOUCHER_READY_NOTIFICATION } from '../notifications/notification-kinds';
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
 *
 * Most webhooks repeat what the order already says: that costs one read, and a write only when
 * Jackpot gave new facts (voucher id, coupon, dates); only a move opens a transaction.
 */
export async function applyVoucherState(
  { db }: { db: Db },
  input: {
    orderId: string;
    voucher: Voucher;
    source: EventSource;
    // Runs in the same transaction once the outcome is known, e.g. an admin action's audit row.
    alsoInTransaction?: (tx: Prisma.TransactionClient, outcome: ApplyOutcome) => Promise<void>;
  },
): Promise<ApplyOutcome> {
  const { orderId, voucher, source, alsoInTransaction } = input;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    const staying = outcomeWithoutMove(order, voucher);
    if (staying && !alsoInTransaction) {
      await recordNewFacts(db, order, voucher, staying);
      return staying;
    }
    const result = await runTransaction(db, async (tx) => {
      if (staying) await recordNewFacts(tx, order, voucher, staying);
      const outcome = staying ?? (await move(tx, order, voucher, source));
      if (outcome && alsoInTransaction) await alsoInTransaction(tx, outcome);
      return outcome;
    });
    if (result) return result;
  }
  throw new Error(`Order ${orderId} kept changing under a concurrent update`);
}

/** The outcome when Jackpot's state does not move the order forward; null when it does. */
function outcomeWithoutMove(order: Order, voucher: Voucher): ApplyOutcome | null {
  if (order.status === 'FAILED') return { outcome: 'unchanged', status: order.status };
  const current = voucherStateOfOrder(order.status);
  const kind = current === null ? 'forward' : classifyTransition(current, voucher.state);
  if (kind === 'noop') return { outcome: 'unchanged', status: order.status };
  if (kind === 'illegal') return { outcome: 'ignored-backwards', status: order.status, jackpotState: voucher.state };
  return null;
}

// Null when the order changed since it was read: the caller reads it again and decides again.
async function move(
  tx: Prisma.TransactionClient,
  order: Order,
  voucher: Voucher,
  source: EventSource,
): Promise<ApplyOutcome | null> {
  const target = orderStatusForVoucher(voucher.state, order.needsApproval);
  const moved = await tx.order.updateMany({
    where: { id: order.id, status: order.status },
    data: { status: target, ...timestampsFor(voucher), ...voucherFacts(voucher) },
  });
  if (moved.count === 0) return null;
  await applyLedgerEffects(tx, order.id, voucher.state);
  await tx.orderEvent.create({ data: { orderId: order.id, status: target, source } });
  if (voucher.state === 'READY') {
    await tx.notification.upsert({
      where: { orderId_kind: { orderId: order.id, kind: VOUCHER_READY_NOTIFICATION } },
      create: { userId: order.userId, orderId: order.id, kind: VOUCHER_READY_NOTIFICATION },
      update: {},
    });
  }
  return { outcome: 'moved', from: order.status, to: target };
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

// The voucher id, coupon and dates of an order Jackpot's state leaves where it is, when they changed.
async function recordNewFacts(client: DbClient, order: Order, voucher: Voucher, outcome: ApplyOutcome) {
  if (outcome.outcome !== 'unchanged' || order.status === 'FAILED' || !factsChanged(order, voucher)) return;
  await client.order.updateMany({ where: { id: order.id, status: order.status }, data: voucherFacts(voucher) });
}

function factsChanged(order: Order, voucher: Voucher): boolean {
  const facts = voucherFacts(voucher);
  const sameDate = (a: Date | null, b: Date | undefined) => b === undefined || a?.getTime() === b.getTime();
  return (
    order.jackpotVoucherId !== facts.jackpotVoucherId ||
    order.couponId !== facts.couponId ||
    !sameDate(order.resaExpireDate, facts.resaExpireDate) ||
    !sameDate(order.validityDate, facts.validityDate)
  );
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
  if (state === 'RESERVED') return;
  const capture = { kind: 'CAPTURE', reason: 'voucher confirmed' } as const;
  const settlements =
    state === 'CANCELED'
      ? [{ kind: 'RELEASE', reason: 'voucher canceled' } as const]
      : state === 'REFUNDED'
        ? [capture, { kind: 'REFUND', reason: 'voucher refunded' } as const]
        : [capture];
  await settleOrderHold({ db: tx }, { orderId, settlements });
}
