import type { DbClient } from '@jackpot-portal/db';

/** Vouchers waiting for an admin, oldest first (their reservation expires first). */
export function listPendingApprovals({ db }: { db: DbClient }) {
  return db.order.findMany({
    where: { status: 'AWAITING_APPROVAL' },
    orderBy: { createdAt: 'asc' },
    take: 200,
    select: {
      id: true,
      storeName: true,
      valueCents: true,
      priceCents: true,
      createdAt: true,
      resaExpireDate: true,
      user: { select: { id: true, email: true, name: true, flagged: true } },
    },
  });
}
