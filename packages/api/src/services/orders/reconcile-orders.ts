import type { Db } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';

import { UNKNOWN_RESERVATION_ASK_AFTER_S } from '@jackpot-portal/jackpot-core';

import type { JobSender } from '../../queue/enqueue-job';
import { VOUCHER_READY_NOTIFICATION } from '../notifications/notification-kinds';
import { enqueueVoucherReadyEmail, followUpOrder } from './follow-up-order';
import { giveUpPendingOrder } from './give-up-pending-order';
import { IN_FLIGHT_STATUSES } from './order-status';
import { refreshOrder } from './refresh-order';
import { settleUnknownReservation } from './settle-unknown-reservation';

export interface ReconcileSettings {
  /** An in-flight order untouched this long is fetched again from Jackpot. */
  reconcileAfterS: number;
  /** A PENDING order without a voucher this old is given up (see give-up-pending-order.ts). */
  pendingGiveUpAfterS: number;
  /** Orders looked at per run (the job runs every minute). */
  batchSize?: number;
}

export interface ReconcileCounts {
  refreshed: number;
  moved: number;
  gaveUp: number;
  failed: number;
  /** Reservations of unknown outcome settled by asking their session: released, adopted. */
  released: number;
  adopted: number;
}

// READY emails are re-sent to pg-boss for notifications this recent; the job id (the
// notification's) stops a second email while pg-boss keeps the first job (12 h).
const READY_EMAIL_SWEEP_MS = 60 * 60 * 1000;

/**
 * The `orders.reconcile` job (every minute): the portal converges to Jackpot's truth even when
 * webhooks are lost. Orders stuck in flight longer than `reconcileAfterS` are fetched again and
 * their real state applied (forward only, effects once, so several instances may run it);
 * PENDING orders without a voucher are given up after `pendingGiveUpAfterS`. One failing
 * order is counted and logged, never blocks the others.
 */
export async function reconcileOrders(
  deps: { db: Db; jackpot: JackpotClient; boss: JobSender; log?: Pick<Console, 'warn'>; reconcile: ReconcileSettings },
  input: { now?: Date } = {},
): Promise<ReconcileCounts> {
  const { reconcile: settings } = deps;
  const now = input.now ?? new Date();
  const staleBefore = new Date(now.getTime() - settings.reconcileAfterS * 1000);
  const giveUpBefore = new Date(now.getTime() - settings.pendingGiveUpAfterS * 1000);
  const orders = await deps.db.order.findMany({
    where: {
      OR: [
        { status: { in: [...IN_FLIGHT_STATUSES] }, jackpotVoucherId: { not: null }, updatedAt: { lt: staleBefore } },
        { status: 'PENDING', jackpotVoucherId: null, createdAt: { lt: giveUpBefore } },
      ],
    },
    orderBy: { updatedAt: 'asc' },
    take: settings.batchSize ?? 100,
    select: { id: true, jackpotVoucherId: true },
  });

  const counts: ReconcileCounts = { refreshed: 0, moved: 0, gaveUp: 0, failed: 0, released: 0, adopted: 0 };

  // Reservations of unknown outcome: their session says whether Jackpot made a voucher.
  const checks = await deps.db.reservationCheck.findMany({
    where: { createdAt: { lt: new Date(now.getTime() - UNKNOWN_RESERVATION_ASK_AFTER_S * 1000) } },
    orderBy: { createdAt: 'asc' },
    take: settings.batchSize ?? 100,
    select: { orderId: true },
  });
  for (const { orderId } of checks) {
    try {
      const decision = await settleUnknownReservation(deps, { orderId, now });
      if (decision === 'release') counts.released += 1;
      if (decision === 'adopt') counts.adopted += 1;
    } catch (error) {
      counts.failed += 1;
      (deps.log ?? console).warn(`reconcile: the reservation of order ${orderId} could not be checked`, error);
    }
  }
  for (const order of orders) {
    try {
      if (!order.jackpotVoucherId) {
        if (await giveUpPendingOrder(deps, { orderId: order.id })) counts.gaveUp += 1;
        continue;
      }
      const applied = await refreshOrder(deps, { order, hintVoucherId: null, source: 'RECONCILIATION' });
      counts.refreshed += 1;
      if (applied?.outcome === 'moved') counts.moved += 1;
      await followUpOrder(deps, { orderId: order.id });
    } catch (error) {
      counts.failed += 1;
      (deps.log ?? console).warn(`reconcile: order ${order.id} could not be refreshed`, error);
    }
  }

  // A READY reached anywhere (the vouchers page, an admin) still gets its email.
  const recentReady = await deps.db.notification.findMany({
    where: {
      kind: VOUCHER_READY_NOTIFICATION,
      createdAt: { gt: new Date(now.getTime() - READY_EMAIL_SWEEP_MS) },
      orderId: { not: null },
    },
    select: { orderId: true },
  });
  for (const { orderId } of recentReady) if (orderId) await enqueueVoucherReadyEmail(deps, { orderId });
  return counts;
}
