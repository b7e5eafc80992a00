import type { DbClient } from '@jackpot-portal/db';

/** A user's notifications, unread first, then newest first; each with the voucher it is about. */
export function listNotifications(db: DbClient, userId: string, options: { limit?: number } = {}) {
  return db.notification.findMany({
    where: { userId },
    orderBy: [{ readAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    take: options.limit ?? 50,
    select: {
      id: true,
      kind: true,
      readAt: true,
      createdAt: true,
      order: { select: { id: true, storeName: true, storeLogo: true, valueCents: true, status: true } },
    },
  });
}
