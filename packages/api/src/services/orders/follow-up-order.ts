import type { Db } from '@jackpot-portal/db';

import { enqueueJob, type JobSender } from '../../queue/enqueue-job';
import { QUEUES } from '../../queue/queues';
import { VOUCHER_READY_NOTIFICATION } from '../notifications/notification-kinds';

/**
 * What an order needs next once Jackpot's state is applied: a RESERVED voucher the policy lets
 * the portal confirm gets a confirmation job; a READY voucher gets its email job. Both are
 * deduplicated (one confirmation per order per 30 s; the email job's id is the notification's),
 * so calling this after every webhook or reconciliation pass is safe.
 */
export async function followUpOrder(deps: { db: Db; boss: JobSender }, input: { orderId: string }): Promise<void> {
  const order = await deps.db.order.findUnique({
    where: { id: input.orderId },
    select: { status: true, needsApproval: true },
  });
  if (!order) return;
  if (order.status === 'RESERVED' && !order.needsApproval) await enqueueOrderConfirmation(deps, input);
  if (order.status === 'READY') await enqueueVoucherReadyEmail(deps, input);
}

export function enqueueOrderConfirmation(
  deps: { boss: JobSender },
  input: { orderId: string },
): Promise<string | null> {
  const { orderId } = input;
  return enqueueJob(deps.boss, QUEUES.confirmOrder, { orderId }, { singletonKey: orderId, singletonSeconds: 30 });
}

export async function enqueueVoucherReadyEmail(
  deps: { db: Db; boss: JobSender },
  input: { orderId: string },
): Promise<void> {
  const notification = await deps.db.notification.findUnique({
    where: { orderId_kind: { orderId: input.orderId, kind: VOUCHER_READY_NOTIFICATION } },
    select: { id: true },
  });
  if (notification)
    await enqueueJob(deps.boss, QUEUES.emailVoucherReady, { notificationId: notification.id }, { id: notification.id });
}
