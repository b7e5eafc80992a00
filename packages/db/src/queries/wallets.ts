import type { DbClient } from '../client';

/** A wallet as its owner sees it: what is left, what it is for, where and when it can be spent. */
export interface UserWallet {
  id: string;
  /** Null for the general budget. */
  campaignId: string | null;
  campaignName: string | null;
  /** The campaign's benefits-rules event; null for the general budget. */
  event: string | null;
  /** Null for the general budget (always open). */
  opensAt: Date | null;
  closesAt: Date | null;
  /** The store categories it can be spent in; null for the general budget (any store). */
  allowedCategories: string[] | null;
  availableCents: number;
  grantedCents: number;
  /** What its vouchers cost: holds not given back nor refunded. */
  spentCents: number;
}

/** Every wallet of a user with its balance, the general one first, then by closing date. */
export async function listUserWallets(db: DbClient, userId: string): Promise<UserWallet[]> {
  return db.$queryRaw<UserWallet[]>`
    SELECT w.id::text AS id, w."campaignId"::text AS "campaignId", c.name AS "campaignName", c.event,
           c."opensAt", c."closesAt", c."allowedCategories",
           COALESCE(SUM(l."amountCents"), 0)::int AS "availableCents",
           COALESCE(SUM(l."amountCents") FILTER (WHERE l.kind IN ('GRANT', 'REVOKE')), 0)::int AS "grantedCents",
           (-COALESCE(SUM(l."amountCents") FILTER (WHERE l.kind IN ('HOLD', 'RELEASE', 'REFUND')), 0))::int AS "spentCents"
    FROM wallets w
    LEFT JOIN campaigns c ON c.id = w."campaignId"
    LEFT JOIN ledger_entries l ON l."walletId" = w.id
    WHERE w."userId" = ${userId}::uuid
    GROUP BY w.id, c.id
    ORDER BY (w."campaignId" IS NOT NULL), c."closesAt", w."createdAt", w.id`;
}
