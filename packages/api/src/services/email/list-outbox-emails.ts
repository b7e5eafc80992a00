import type { DbClient } from '@jackpot-portal/db';

/** The newest outbox emails first, optionally only those to one address. */
export async function listOutboxEmails(db: DbClient, options: { to?: string; limit?: number } = {}) {
  return db.outboxEmail.findMany({
    where: options.to ? { to: options.to.trim().toLowerCase() } : undefined,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: options.limit ?? 50,
    select: { id: true, to: true, subject: true, text: true, link: true, createdAt: true },
  });
}
