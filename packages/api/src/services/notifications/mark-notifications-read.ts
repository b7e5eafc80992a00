import type { DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

export const markNotificationsReadInput = z.object({
  notificationIds: z.array(z.uuid()).min(1).max(200).optional(),
});

/** Marks the user's own notifications read (all of them when no ids are given); others' ids are ignored. */
export async function markNotificationsRead(
  { db }: { db: DbClient },
  input: z.infer<typeof markNotificationsReadInput> & { userId: string },
): Promise<{ marked: number }> {
  const { userId, notificationIds } = input;
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null, ...(notificationIds ? { id: { in: notificationIds } } : {}) },
    data: { readAt: new Date() },
  });
  return { marked: count };
}
