import type { DbClient } from '@jackpot-portal/db';

const person = { select: { id: true, name: true, email: true } } as const;

/** The four-eyes refund requests: every pending one (oldest first) and the 20 latest decided. */
export async function listRefundRequests(deps: { db: DbClient }) {
  const select = {
    id: true,
    reason: true,
    status: true,
    createdAt: true,
    decidedAt: true,
    decisionNote: true,
    requestedBy: person,
    decidedBy: person,
    order: {
      select: { id: true, storeName: true, valueCents: true, priceCents: true, status: true, user: person },
    },
  } as const;
  const [pending, decided] = await Promise.all([
    deps.db.refundRequest.findMany({ where: { status: 'PENDING' }, orderBy: { createdAt: 'asc' }, take: 200, select }),
    deps.db.refundRequest.findMany({
      where: { status: { not: 'PENDING' } },
      orderBy: { decidedAt: 'desc' },
      take: 20,
      select,
    }),
  ]);
  return { pending, decided };
}
