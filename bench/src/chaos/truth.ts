import type { JackpotClient, Voucher } from '@jackpot-portal/jackpot-core';

import { inParallel, sandboxControl } from '../fixtures';
import type { BenchStack } from '../stack';

/** What Jackpot holds about one order: the vouchers reserved under its notificationKey, read from GET /v2/voucher/{id}. */
export interface OrderTruth {
  orderId: string;
  vouchers: Voucher[];
}

/**
 * Jackpot's truth for these orders: the sandbox lists the vouchers it made under each order's
 * notificationKey (its own record, so a second reservation would show), and each voucher's
 * state is read through the public API, as the real Jackpot would answer it.
 */
export async function jackpotTruth(
  stack: BenchStack,
  jackpot: JackpotClient,
  orderIds: string[],
): Promise<OrderTruth[]> {
  const { vouchers } = (await sandboxControl(stack, 'vouchers')) as {
    vouchers: Array<{ id: string; notificationKey?: string }>;
  };
  const byOrder = new Map<string, string[]>();
  for (const voucher of vouchers) {
    if (!voucher.notificationKey) continue;
    byOrder.set(voucher.notificationKey, [...(byOrder.get(voucher.notificationKey) ?? []), voucher.id]);
  }
  return inParallel(orderIds, 8, async (orderId) => ({
    orderId,
    vouchers: await Promise.all((byOrder.get(orderId) ?? []).map((id) => jackpot.getVoucher(id))),
  }));
}

type LedgerKind = 'HOLD' | 'RELEASE' | 'CAPTURE' | 'REFUND';

/** The order status and ledger entries that Jackpot's voucher state (or its absence) calls for. */
export function expectedFor(voucher: Voucher | undefined): { statuses: string[]; ledger: LedgerKind[] } {
  if (!voucher) return { statuses: ['FAILED'], ledger: ['HOLD', 'RELEASE'] };
  switch (voucher.state) {
    case 'RESERVED':
      return { statuses: ['RESERVED', 'AWAITING_APPROVAL'], ledger: ['HOLD'] };
    case 'CANCELED':
      return { statuses: ['CANCELED'], ledger: ['HOLD', 'RELEASE'] };
    case 'REFUNDED':
      return { statuses: ['REFUNDED'], ledger: ['HOLD', 'CAPTURE', 'REFUND'] };
    default:
      return { statuses: [voucher.state], ledger: ['HOLD', 'CAPTURE'] };
  }
}

const SIGN: Record<LedgerKind, number> = { HOLD: -1, RELEASE: 1, CAPTURE: 0, REFUND: 1 };

export interface Mismatch {
  orderId: string;
  what: string;
}

/**
 * Compares every order, its ledger and its owner's balance with Jackpot's truth. Returns the
 * mismatches (empty: the portal equals Jackpot) and how many reservations Jackpot made per order.
 */
export async function compareWithTruth(
  stack: BenchStack,
  truth: OrderTruth[],
): Promise<{ mismatches: Mismatch[]; reservedTwice: number; byState: Record<string, number> }> {
  const { db } = stack;
  const ids = truth.map((t) => t.orderId);
  const orders = await db.order.findMany({
    where: { id: { in: ids } },
    select: { id: true, userId: true, status: true, priceCents: true, jackpotVoucherId: true },
  });
  const entries = await db.ledgerEntry.findMany({
    where: { orderId: { in: ids } },
    select: { orderId: true, kind: true, amountCents: true },
  });
  const users = [...new Set(orders.map((order) => order.userId))];
  const balances = await db.ledgerEntry.groupBy({
    by: ['userId'],
    where: { userId: { in: users } },
    _sum: { amountCents: true },
  });
  const grants = await db.ledgerEntry.groupBy({
    by: ['userId'],
    where: { userId: { in: users }, orderId: null },
    _sum: { amountCents: true },
  });
  const mismatches: Mismatch[] = [];
  const byState: Record<string, number> = {};
  const expectedBalance = new Map(grants.map((g) => [g.userId, g._sum.amountCents ?? 0]));
  let reservedTwice = 0;
  for (const { orderId, vouchers } of truth) {
    const order = orders.find((candidate) => candidate.id === orderId);
    if (!order) {
      mismatches.push({ orderId, what: 'no such order in the portal' });
      continue;
    }
    if (vouchers.length > 1) reservedTwice += 1;
    const voucher = vouchers[0];
    byState[voucher?.state ?? 'no voucher'] = (byState[voucher?.state ?? 'no voucher'] ?? 0) + 1;
    const expected = expectedFor(voucher);
    if (!expected.statuses.includes(order.status))
      mismatches.push({ orderId, what: `portal ${order.status}, Jackpot ${voucher?.state ?? 'no voucher'}` });
    if (voucher && order.jackpotVoucherId !== voucher.id)
      mismatches.push({ orderId, what: `portal voucher ${order.jackpotVoucherId}, Jackpot ${voucher.id}` });
    const kinds = entries
      .filter((entry) => entry.orderId === orderId)
      .map((entry) => entry.kind as LedgerKind)
      .sort();
    const wanted = [...expected.ledger].sort();
    if (kinds.join() !== wanted.join())
      mismatches.push({ orderId, what: `ledger ${kinds.join('+')}, expected ${wanted.join('+')}` });
    const amount = expected.ledger.reduce((sum, kind) => sum + SIGN[kind] * order.priceCents, 0);
    expectedBalance.set(order.userId, (expectedBalance.get(order.userId) ?? 0) + amount);
  }
  for (const { userId, _sum } of balances) {
    const balance = _sum.amountCents ?? 0;
    if (balance !== expectedBalance.get(userId) || balance < 0)
      mismatches.push({
        orderId: `user ${userId}`,
        what: `balance ${balance}, expected ${expectedBalance.get(userId)}`,
      });
  }
  return { mismatches, reservedTwice, byState };
}
