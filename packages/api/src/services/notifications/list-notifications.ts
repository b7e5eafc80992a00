import type { DbClient } from '@jackpot-portal/db';

/** A user's notifications, unread first, then newest first; each with the voucher it is about. */
export function listNotifications({ db }: { db: DbClient }, input: { userId: string; limit?: number }) {
  return db.notification.findMany({
    where: { userId: input.userId },
    orderBy: [{ readAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    take: input.limit ?? 50,
    select: {
      id: true,
      kind: true,
      readAt: true,
      createdAt: true,
      order: { select: { id: true, storeName: true, storeLogo: true, valueCents: true, status: true } },
    },
  });
}
