import type { Db } from '@jackpot-portal/db';

import { enqueueJob, type JobSender } from '../../queue/enqueue-job';
import { QUEUES } from '../../queue/queues';

export const VOUCHER_READY_NOTIFICATION = 'voucher.ready';

/**
 * What an order needs next once Jackpot's state is applied: a RESERVED voucher the policy lets
 * the portal confirm gets a confirmation job; a READY voucher gets its email job. Both are
 * deduplicated (one confirmation per order per 30 s; the email job's id is the notification's),
 * so calling this after every webhook or reconciliation pass is safe.
 */
export async function followUpOrder(deps: { db: Db; boss: JobSender }, orderId: string): Promise<void> {
  const order = await deps.db.order.findUnique({
    where: { id: orderId },
    select: { status: true, needsApproval: true },
  });
  if (!order) return;
  if (order.status === 'RESERVED' && !order.needsApproval) await enqueueOrderConfirmation(deps.boss, orderId);
  if (order.status === 'READY') await enqueueVoucherReadyEmail(deps, orderId);
}

export function enqueueOrderConfirmation(boss: JobSender, orderId: string): Promise<string | null> {
  return enqueueJob(boss, QUEUES.confirmOrder, { orderId }, { singletonKey: orderId, singletonSeconds: 30 });
}

export async function enqueueVoucherReadyEmail(deps: { db: Db; boss: JobSender }, orderId: string): Promise<void> {
  const notification = await deps.db.notification.findUnique({
    where: { orderId_kind: { orderId, kind: VOUCHER_READY_NOTIFICATION } },
    select: { id: true },
  });
  if (notification)
    await enqueueJob(deps.boss, QUEUES.emailVoucherReady, { notificationId: notification.id }, { id: notification.id });
}
