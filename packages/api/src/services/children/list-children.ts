import type { DbClient } from '@jackpot-portal/db';

/** An employee's declared children: a birth year each, no name. Oldest first. */
export async function listChildren(deps: { db: DbClient }, input: { userId: string }) {
  return deps.db.child.findMany({
    where: { userId: input.userId },
    select: { id: true, birthYear: true, createdAt: true },
    orderBy: [{ birthYear: 'asc' }, { createdAt: 'asc' }],
  });
}
