import type { DbClient } from '../client';

const orderWithTimeline = {
  events: {
    orderBy: { createdAt: 'asc' as const },
    select: { status: true, source: true, note: true, createdAt: true },
  },
};

/** An employee's orders, newest first. Always scoped to the owner. */
export function listOrdersForUser(db: DbClient, userId: string, options: { limit?: number } = {}) {
  return db.order.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take: options.limit ?? 100,
    include: orderWithTimeline,
  });
}

/** One order, only if it belongs to the user: another person's id finds nothing. */
export function findOrderForUser(db: DbClient, userId: string, orderId: string) {
  return db.order.findFirst({ where: { id: orderId, userId }, include: orderWithTimeline });
}
