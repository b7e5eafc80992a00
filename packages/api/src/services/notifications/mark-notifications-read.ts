import type { DbClient } from '@jackpot-portal/db';

/** Marks the user's own notifications read (all of them when no ids are given); others' ids are ignored. */
export async function markNotificationsRead(
  db: DbClient,
  userId: string,
  notificationIds?: string[],
): Promise<{ marked: number }> {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null, ...(notificationIds ? { id: { in: notificationIds } } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
