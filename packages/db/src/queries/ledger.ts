import type { DbClient } from '../client';

/** The employee's available budget: the sum of their ledger entries, in cents. */
export async function availableBalanceCents(db: DbClient, userId: string): Promise<number> {
  const result = await db.ledgerEntry.aggregate({ where: { userId }, _sum: { amountCents: true } });
  return result._sum.amountCents ?? 0;
}

/** Locks the user's row until the transaction ends, so their ledger changes one at a time. */
export async function lockUserForLedger(tx: DbClient, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
}
