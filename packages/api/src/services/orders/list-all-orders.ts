import { type DbClient, OrderStatus, type Prisma } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The admin vouchers table's filters, sort and page; every field also lives in the page's URL. */
export const listAllOrdersInput = z.object({
  status: z.array(z.enum(OrderStatus)).max(10).optional(),
  storeId: z.uuid().optional(),
  userId: z.uuid().optional(),
  mode: z.enum(['BONUS', 'DISCOUNT']).optional(),
  needsApproval: z.boolean().optional(),
  /** Inclusive day range on the creation date (ISO dates, UTC). */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  /** Employee name or email (contains), or an exact order id, Jackpot voucher id or coupon id. */
  q: z.string().trim().max(200).optional(),
  sort: z.enum(['createdAt', 'priceCents']).default('createdAt'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  cursor: z.string().max(200).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});
export type ListAllOrdersInput = z.input<typeof listAllOrdersInput>;

/** The filters as a Prisma condition (shared by the table, its CSV export and the overview's links). */
export function allOrdersWhere(input: z.infer<typeof listAllOrdersInput>): Prisma.OrderWhereInput {
  const and: Prisma.OrderWhereInput[] = [];
  if (input.status?.length) and.push({ status: { in: input.status } });
  if (input.storeId) and.push({ storeId: input.storeId });
  if (input.userId) and.push({ userId: input.userId });
  if (input.mode) and.push({ mode: input.mode });
  if (input.needsApproval !== undefined) and.push({ needsApproval: input.needsApproval });
  if (input.from) and.push({ createdAt: { gte: new Date(`${input.from}T00:00:00Z`) } });
  if (input.to) and.push({ createdAt: { lt: new Date(new Date(`${input.to}T00:00:00Z`).getTime() + 86_400_000) } });
  const q = input.q;
  if (q) {
    and.push(
      UUID.test(q)
        ? { OR: [{ id: q }, { jackpotVoucherId: q }, { userId: q }, { couponId: q }] }
        : {
            OR: [
              { couponId: q },
              { user: { email: { contains: q, mode: 'insensitive' } } },
              { user: { name: { contains: q, mode: 'insensitive' } } },
            ],
          },
    );
  }
  return and.length ? { AND: and } : {};
}

// The cursor is the last row's sort value and id: "the rows after this one" in the table's order.
function encodeCursor(value: Date | number, id: string): string {
  return Buffer.from(JSON.stringify([value instanceof Date ? value.toISOString() : value, id])).toString('base64url');
}

function decodeCursor(cursor: string, sort: 'createdAt' | 'priceCents'): { value: Date | number; id: string } {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [unknown, unknown];
    if (typeof id !== 'string' || !UUID.test(id)) throw new Error('id');
    if (sort === 'createdAt' && typeof value === 'string' && !Number.isNaN(Date.parse(value)))
      return { value: new Date(value), id };
    if (sort === 'priceCents' && typeof value === 'number' && Number.isInteger(value)) return { value, id };
  } catch {
    // falls through to the refusal below
  }
  throw new AppError('VALIDATION', 'This page link is no longer valid: start again from the first page.');
}

/**
 * Every order of every employee, filtered, sorted, and paged by keyset (sort value, id): a deep
 * page costs what the first does, with the indexes of the orders table (createdAt, status,
 * storeId, priceCents, each with id).
 */
export async function listAllOrders(deps: { db: DbClient }, rawInput: ListAllOrdersInput) {
  const input = listAllOrdersInput.parse(rawInput);
  return findOrdersPage(deps.db, input, input.limit);
}

/**
 * One page of the table's rows after `input.cursor`: the table reads `limit` rows; its CSV export
 * reads the same filters and order in larger batches.
 */
export async function findOrdersPage(db: DbClient, input: z.infer<typeof listAllOrdersInput>, limit: number) {
  const where = allOrdersWhere(input);
  const { sort, dir } = input;
  const after = input.cursor ? decodeCursor(input.cursor, sort) : null;
  const comparison = dir === 'desc' ? 'lt' : 'gt';
  // The OR is the keyset itself; PostgreSQL cannot bound an index scan with it (it filters every
  // row before the cursor: 1.2 s at 900,000 rows), so the same bound is also given as a plain
  // range on the sort column, which it can (see README, "A million orders").
  const keyset: Prisma.OrderWhereInput | undefined = after
    ? {
        [sort]: { [comparison === 'lt' ? 'lte' : 'gte']: after.value },
        OR: [{ [sort]: { [comparison]: after.value } }, { [sort]: after.value, id: { [comparison]: after.id } }],
      }
    : undefined;
  const rows = await db.order.findMany({
    where: keyset ? { AND: [where, keyset] } : where,
    orderBy: [{ [sort]: dir }, { id: dir }],
    take: limit + 1,
    select: {
      id: true,
      createdAt: true,
      status: true,
      storeId: true,
      storeName: true,
      mode: true,
      rateBasisPoints: true,
      valueCents: true,
      priceCents: true,
      needsApproval: true,
      couponId: true,
      jackpotVoucherId: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    orders: page,
    nextCursor: rows.length > limit && last ? encodeCursor(last[sort], last.id) : null,
  };
}
