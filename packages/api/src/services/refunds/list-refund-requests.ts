import type { DbClient, Prisma } from '@jackpot-portal/db';
import { z } from 'zod';

import { decodeTimeCursor, keysetPage } from '../system/keyset-cursor';

export const listRefundRequestsInput = z.object({
  /** The requests waiting for a second admin (oldest first), or those decided (latest first). */
  state: z.enum(['pending', 'decided']),
  cursor: z.string().max(400).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});

const person = { select: { id: true, name: true, email: true } } as const;
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

/**
 * The four-eyes refund requests, one list per state, paged by keyset: pending ones oldest first
 * on (createdAt, id) — the index `refund_requests (status, createdAt)` — so the queue is worked
 * from its head; decided ones latest first on (decidedAt, id) — the index
 * `refund_requests (decidedAt, id)`.
 */
export async function listRefundRequests(deps: { db: DbClient }, rawInput: z.input<typeof listRefundRequestsInput>) {
  const input = listRefundRequestsInput.parse(rawInput);
  const after = input.cursor ? decodeTimeCursor(input.cursor) : null;
  if (input.state === 'pending') {
    // The plain bound lets the index scan start at the cursor; the OR is the exact keyset.
    const where: Prisma.RefundRequestWhereInput = {
      status: 'PENDING',
      ...(after
        ? {
            createdAt: { gte: after.at },
            OR: [{ createdAt: { gt: after.at } }, { createdAt: after.at, id: { gt: after.id } }],
          }
        : {}),
    };
    const rows = await deps.db.refundRequest.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: input.limit + 1,
      select,
    });
    const { page, nextCursor } = keysetPage(rows, input.limit, (row) => row.createdAt);
    return { requests: page, nextCursor };
  }
  const where: Prisma.RefundRequestWhereInput = {
    status: { in: ['APPROVED', 'DECLINED'] },
    decidedAt: after ? { lte: after.at } : { not: null },
    ...(after ? { OR: [{ decidedAt: { lt: after.at } }, { decidedAt: after.at, id: { lt: after.id } }] } : {}),
  };
  const rows = await deps.db.refundRequest.findMany({
    where,
    orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }],
    take: input.limit + 1,
    select,
  });
  // Decided requests always have their decidedAt (the where says so).
  const { page, nextCursor } = keysetPage(rows, input.limit, (row) => row.decidedAt!);
  return { requests: page, nextCursor };
}
