import { randomUUID } from 'node:crypto';

import { createDb } from '@jackpot-portal/db';
import type { Store } from '@jackpot-portal/jackpot-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { createCallerFactory } from '../src/trpc';
import {
  contextFor,
  createOrder,
  createUser,
  grant,
  mirrorSandboxCatalogue,
  sessionUser,
  takesSmallFreeAmounts,
} from './factories';

const db = createDb(inject('databaseUrl'));
const createCaller = createCallerFactory(appRouter);
let admin: ReturnType<typeof createCaller>;
let stores: Store[];

beforeAll(async () => {
  stores = (await mirrorSandboxCatalogue(db)).filter(takesSmallFreeAmounts);
  admin = createCaller(contextFor(db, sessionUser(await createUser(db, { role: 'ADMIN' }))));
});
afterAll(() => db.$disconnect());

/** An employee with orders at known prices, dates and statuses. */
async function employeeWithOrders() {
  const user = await db.user.create({
    data: { email: `zoé-${randomUUID()}@example.test`, name: `Zoé ${randomUUID().slice(0, 8)}` },
  });
  const orders = [];
  for (const [index, price] of [1_000, 3_000, 2_000, 5_000, 4_000].entries()) {
    const order = await createOrder(db, user.id, price);
    orders.push(
      await db.order.update({
        where: { id: order.id },
        data: {
          createdAt: new Date(Date.UTC(2026, 0, 10 + index)),
          status: index % 2 === 0 ? 'READY' : 'CANCELED',
          mode: index === 0 ? 'DISCOUNT' : 'BONUS',
          couponId: `COUPON-${order.id}`,
        },
      }),
    );
  }
  return { user, orders };
}

describe('admin.listOrders', () => {
  it('filters by employee, status, offer and date; searches by name, email, coupon and ids', async () => {
    const { user, orders } = await employeeWithOrders();
    const ids = async (input: Parameters<typeof admin.admin.listOrders>[0]) =>
      (await admin.admin.listOrders(input)).orders.map((order) => order.id);
    expect(await ids({ userId: user.id })).toEqual([...orders].reverse().map((order) => order.id));
    expect(await ids({ userId: user.id, status: ['CANCELED'] })).toEqual([orders[3]!.id, orders[1]!.id]);
    expect(await ids({ userId: user.id, mode: 'DISCOUNT' })).toEqual([orders[0]!.id]);
    expect(await ids({ userId: user.id, from: '2026-01-11', to: '2026-01-12' })).toEqual([
      orders[2]!.id,
      orders[1]!.id,
    ]);
    expect(await ids({ q: user.name!.toUpperCase() })).toHaveLength(5);
    expect(await ids({ q: user.email })).toHaveLength(5);
    expect(await ids({ q: `COUPON-${orders[2]!.id}` })).toEqual([orders[2]!.id]);
    expect(await ids({ q: orders[4]!.id })).toEqual([orders[4]!.id]);
  });

  it('sorts by price and pages by keyset: every row once, in order, across pages', async () => {
    const { user } = await employeeWithOrders();
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof admin.admin.listOrders>> = await admin.admin.listOrders({
        userId: user.id,
        sort: 'priceCents',
        dir: 'asc',
        limit: 2,
        cursor,
      });
      seen.push(...page.orders.map((order) => order.priceCents));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(seen).toEqual([1_000, 2_000, 3_000, 4_000, 5_000]);
    expect(pages).toBe(3);
  });

  it('refuses a forged cursor with a plain error', async () => {
    await expect(admin.admin.listOrders({ cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('admin.orderDetails and admin.refetchOrder', () => {
  it('shows a waiting voucher with its decisions, then its history once approved; re-fetch is audited', async () => {
    const store = stores[3]!;
    const employee = await createUser(db, { flagged: true });
    await grant(db, employee.id, 10_000);
    const { orderId } = await createCaller(contextFor(db, sessionUser(employee))).orders.reserve({
      requestId: randomUUID(),
      storeId: store.id,
      offerId: store.offers[0]!.id,
      by: 'VALUE',
      amountCents: Math.max(store.voucherValueMin, 2_000),
    });
    const waiting = await admin.admin.orderDetails({ orderId });
    expect(waiting.order.status).toBe('AWAITING_APPROVAL');
    expect(waiting.actions).toMatchObject({ approve: true, reject: true, cancel: false, pdf: false, refetch: true });
    expect(waiting.order.ledgerEntries.map((entry) => entry.kind)).toEqual(['HOLD']);

    await admin.admin.approveOrder({ orderId });
    const approved = await admin.admin.orderDetails({ orderId });
    expect(approved.actions).toMatchObject({ approve: false, reject: false, cancel: false, refund: store.refundable });
    expect(approved.audit.map((row) => row.action)).toEqual(['order.approve']);
    expect(approved.order.events.map((event) => event.status)).toEqual(['PENDING', 'AWAITING_APPROVAL', 'CONFIRMED']);

    const refetched = await admin.admin.refetchOrder({ orderId });
    expect(['CONFIRMED', 'READY']).toContain(refetched.status);
    expect((await admin.admin.orderDetails({ orderId })).audit.map((row) => row.action)).toEqual([
      'order.approve',
      'order.refetch',
    ]);
  });

  it('answers NOT_FOUND for an unknown order', async () => {
    await expect(admin.admin.orderDetails({ orderId: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
