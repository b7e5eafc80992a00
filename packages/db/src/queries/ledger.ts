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

export interface LedgerHistoryRow {
  id: string;
  kind: 'GRANT' | 'HOLD' | 'RELEASE' | 'CAPTURE' | 'REFUND';
  amountCents: number;
  reason: string | null;
  createdAt: Date;
  orderId: string | null;
  storeName: string | null;
  valueCents: number | null;
  /** The balance once this entry was written: the sum of the user's entries up to it. */
  balanceAfterCents: number;
}

/**
 * A user's ledger, newest first, each entry with the balance it left, computed by PostgreSQL
 * over the whole ledger (a window sum) so that a page of the newest entries still carries the
 * right running balance. Entries of the same instant come in the kinds' order (a grant, then a
 * hold, then what settles it), so a settlement never shows before its hold. CAPTURE entries (0 €: a hold made final) are left out; the HOLD before
 * them is where the money went.
 */
export async function listLedgerHistory(db: DbClient, userId: string, limit: number): Promise<LedgerHistoryRow[]> {
  const rows = await db.$queryRaw<Array<Omit<LedgerHistoryRow, 'balanceAfterCents'> & { balanceAfterCents: bigint }>>`
    SELECT e.id::text AS id, e.kind::text AS kind, e."amountCents", e.reason, e."createdAt",
           e."orderId"::text AS "orderId", o."storeName", o."valueCents", e."balanceAfterCents"
    FROM (
      SELECT l.*, sum(l."amountCents") OVER (ORDER BY l."createdAt", l.kind, l.id) AS "balanceAfterCents"
      FROM ledger_entries l
      WHERE l."userId" = ${userId}::uuid
    ) e
    LEFT JOIN orders o ON o.id = e."orderId"
    WHERE e.kind <> 'CAPTURE'
    ORDER BY e."createdAt" DESC, e.kind DESC, e.id DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, balanceAfterCents: Number(row.balanceAfterCents) }));
}
