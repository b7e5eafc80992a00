import type { DbClient } from '../client';

/**
 * The budget the employee can spend now, in cents: the sum of their wallets that are open (the
 * general one, and each campaign wallet between its opening and closing dates). One voucher is
 * paid from one wallet, so the most one voucher can cost is the largest open wallet's balance
 * (`listUserWallets`).
 */
export async function availableBalanceCents(db: DbClient, userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ balance: number }[]>`
    SELECT COALESCE(SUM(l."amountCents"), 0)::int AS balance
    FROM ledger_entries l
    JOIN wallets w ON w.id = l."walletId"
    LEFT JOIN campaigns c ON c.id = w."campaignId"
    WHERE l."userId" = ${userId}::uuid
      AND (w."campaignId" IS NULL OR (c."opensAt" <= now() AT TIME ZONE 'UTC' AND c."closesAt" > now() AT TIME ZONE 'UTC'))`;
  return row?.balance ?? 0;
}

/** One wallet's balance: the sum of its entries, in cents. */
export async function walletBalanceCents(db: DbClient, walletId: string): Promise<number> {
  const result = await db.ledgerEntry.aggregate({ where: { walletId }, _sum: { amountCents: true } });
  return result._sum.amountCents ?? 0;
}

/** The id of the user's general wallet (created with the user by a database trigger). */
export async function generalWalletId(db: DbClient, userId: string): Promise<string> {
  const wallet = await db.wallet.findFirst({ where: { userId, campaignId: null }, select: { id: true } });
  if (!wallet) throw new Error(`User ${userId} has no general wallet`);
  return wallet.id;
}

/** Locks the user's row until the transaction ends, so their ledger changes one at a time. */
export async function lockUserForLedger(tx: DbClient, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
}

export interface LedgerHistoryRow {
  id: string;
  kind: 'GRANT' | 'REVOKE' | 'HOLD' | 'RELEASE' | 'CAPTURE' | 'REFUND' | 'EXPIRE';
  amountCents: number;
  reason: string | null;
  createdAt: Date;
  orderId: string | null;
  storeName: string | null;
  valueCents: number | null;
  /** The campaign of the entry's wallet; null for the general budget. */
  campaignName: string | null;
  /** The balance once this entry was written: the sum of the user's entries up to it. */
  balanceAfterCents: number;
}

/**
 * A user's ledger, newest first, each entry with the balance it left, computed by PostgreSQL
 * over the whole ledger (a window sum) so that a page of the newest entries still carries the
 * right running balance (all wallets together). Entries of the same instant come in the kinds' order (a grant, then a
 * hold, then what settles it), so a settlement never shows before its hold. CAPTURE entries (0 €: a hold made final) are left out; the HOLD before
 * them is where the money went.
 */
export async function listLedgerHistory(db: DbClient, userId: string, limit: number): Promise<LedgerHistoryRow[]> {
  const rows = await db.$queryRaw<Array<Omit<LedgerHistoryRow, 'balanceAfterCents'> & { balanceAfterCents: bigint }>>`
    SELECT e.id::text AS id, e.kind::text AS kind, e."amountCents", e.reason, e."createdAt",
           e."orderId"::text AS "orderId", o."storeName", o."valueCents", c.name AS "campaignName",
           e."balanceAfterCents"
    FROM (
      SELECT l.*, sum(l."amountCents") OVER (ORDER BY l."createdAt", l.kind, l.id) AS "balanceAfterCents"
      FROM ledger_entries l
      WHERE l."userId" = ${userId}::uuid
    ) e
    LEFT JOIN orders o ON o.id = e."orderId"
    LEFT JOIN wallets w ON w.id = e."walletId"
    LEFT JOIN campaigns c ON c.id = w."campaignId"
    WHERE e.kind <> 'CAPTURE'
    ORDER BY e."createdAt" DESC, e.kind DESC, e.id DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, balanceAfterCents: Number(row.balanceAfterCents) }));
}
