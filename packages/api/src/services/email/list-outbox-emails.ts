import type { DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

export const listOutboxEmailsInput = z.object({ to: z.string().trim().max(320).optional() });

/** The newest outbox emails first (50 unless `limit` says otherwise), optionally only those to one address. */
export async function listOutboxEmails(
  { db }: { db: DbClient },
  input: z.infer<typeof listOutboxEmailsInput> & { limit?: number } = {},
) {
  return db.outboxEmail.findMany({
    where: input.to ? { to: input.to.trim().toLowerCase() } : undefined,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: input.limit ?? 50,
    select: { id: true, to: true, subject: true, text: true, link: true, createdAt: true },
  });
}
