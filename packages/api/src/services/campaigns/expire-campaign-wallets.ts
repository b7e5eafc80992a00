import type { Db } from '@jackpot-portal/db';

import { runTransaction } from '../system/run-transaction';

const BATCH = 500;

/**
 * The campaigns' closing: every LAUNCHED campaign past its closing date becomes CLOSED, and what
 * each of its wallets has left goes back to the programme as one EXPIRE entry (the ledger trigger
 * allows EXPIRE only past the closing date, and never below zero). Run by the `campaigns.expire`
 * cron job; idempotent: each batch locks its users' rows (in id order) before reading the
 * balances, so two runs at once expire each euro once, and a run with nothing left writes
 * nothing. A hold still in flight at closing and given back later (a refused or canceled
 * voucher, a refund) puts money back in the wallet: the next run expires that too. Times are the
 * database's, as in the trigger.
 */
export async function expireCampaignWallets(deps: { db: Db }) {
  const closed = await deps.db.$executeRaw`
    UPDATE campaigns SET status = 'CLOSED', "closedAt" = now() AT TIME ZONE 'UTC', "updatedAt" = now() AT TIME ZONE 'UTC'
    WHERE status = 'LAUNCHED' AND "closesAt" <= now() AT TIME ZONE 'UTC'`;
  let walletsExpired = 0;
  let expiredCents = 0;
  for (;;) {
    const expired = await runTransaction(deps.db, async (tx) => {
      const due = await tx.$queryRaw<{ walletId: string; userId: string }[]>`
        SELECT w.id::text AS "walletId", w."userId"::text AS "userId"
        FROM wallets w JOIN campaigns c ON c.id = w."campaignId"
        WHERE c."closesAt" <= now() AT TIME ZONE 'UTC'
          AND (SELECT COALESCE(SUM(l."amountCents"), 0) FROM ledger_entries l WHERE l."walletId" = w.id) > 0
        ORDER BY w.id LIMIT ${BATCH}`;
      if (due.length === 0) return [];
      const userIds = [...new Set(due.map((row) => row.userId))].sort();
      await tx.$executeRaw`SELECT 1 FROM users WHERE id = ANY(${userIds}::uuid[]) ORDER BY id FOR UPDATE`;
      return tx.$queryRaw<{ amountCents: number }[]>`
        INSERT INTO ledger_entries (id, "userId", "walletId", kind, "amountCents", reason)
        SELECT gen_random_uuid(), w."userId", w.id, 'EXPIRE', -b.balance, 'Campaign closed: ' || c.name
        FROM wallets w
        JOIN campaigns c ON c.id = w."campaignId"
        CROSS JOIN LATERAL (
          SELECT COALESCE(SUM(l."amountCents"), 0)::int AS balance FROM ledger_entries l WHERE l."walletId" = w.id
        ) b
        WHERE w.id = ANY(${due.map((row) => row.walletId)}::uuid[]) AND b.balance > 0
        RETURNING "amountCents"`;
    });
    walletsExpired += expired.length;
    expiredCents -= expired.reduce((sum, row) => sum + row.amountCents, 0);
    if (expired.length === 0) break;
  }
  return { campaignsClosed: closed, walletsExpired, expiredCents };
}
