import { randomUUID } from 'node:crypto';

import { availableBalanceCents, type Db } from '@jackpot-portal/db';
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
  TEST_CLIENT,
} from './factories';
import { freshDatabase } from './support/fresh-database';

// Four-eyes refunds. The refund threshold is one setting for the whole database, so this file has
// a database of its own (other files refund under the default threshold meanwhile).

const createCaller = createCallerFactory(appRouter);
type Caller = ReturnType<typeof createCaller>;
let db: Db;
let drop: () => Promise<void>;
let store: Store;
let first: Caller;
let second: Caller;
let firstAdmin: Awaited<ReturnType<typeof createUser>>;
let secondAdmin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase(inject('databaseUrl')));
  store = (await mirrorSandboxCatalogue(db)).find(
    (candidate) => candidate.refundable && takesSmallFreeAmounts(candidate),
  )!;
  firstAdmin = await db.user.create({
    data: { email: `first-${randomUUID()}@example.test`, name: 'First Admin', role: 'ADMIN' },
  });
  secondAdmin = await db.user.create({
    data: { email: `second-${randomUUID()}@example.test`, name: 'Second Admin', role: 'ADMIN' },
  });
  first = createCaller(contextFor(db, sessionUser(firstAdmin)));
  second = createCaller(contextFor(db, sessionUser(secondAdmin)));
  // 10 €: the 20 € vouchers below need a second admin.
  await first.admin.setRefundThreshold({ thresholdCents: 1_000 });
}, 60_000);
afterAll(() => drop());

/** A 20 € voucher of a refundable store, approved by the first admin (CONFIRMED or READY). */
async function confirmedVoucher() {
  const owner = await createUser(db, { flagged: true });
  await grant(db, owner.id, 10_000);
  const caller = createCaller(contextFor(db, sessionUser(owner)));
  const { orderId } = await caller.orders.reserve({
    requestId: randomUUID(),
    storeId: store.id,
    offerId: store.offers[0]!.id,
    by: 'VALUE',
    amountCents: Math.max(store.voucherValueMin, 2_000),
  });
  await first.admin.approveOrder({ orderId });
  return { owner, orderId };
}

const auditOf = (targetId: string, action: string) =>
  db.auditLog.findMany({ where: { targetId, action }, orderBy: { createdAt: 'asc' } });

describe('four-eyes refunds', () => {
  it('the threshold is a setting with its audit row', async () => {
    expect(await first.admin.refundThreshold()).toEqual({ thresholdCents: 1_000 });
    const [row] = await db.auditLog.findMany({ where: { action: 'settings.refund-threshold' } });
    expect(row).toMatchObject({ actorId: firstAdmin.id, after: { thresholdCents: 1_000 }, ip: TEST_CLIENT.ip });
  });

  it('above the threshold the first admin only requests; the same admin cannot approve; a second one does, both named', async () => {
    const { owner, orderId } = await confirmedVoucher();
    const balanceBefore = await availableBalanceCents(db, owner.id);
    const requested = await first.admin.refundOrder({ orderId, reason: 'Employee left' });
    expect(requested).toMatchObject({ outcome: 'requested', orderId });
    if (requested.outcome !== 'requested') throw new Error('not requested');
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).not.toMatch(/REFUND/);
    // A second request while one waits: refused, naming the requester.
    await expect(second.admin.refundOrder({ orderId, reason: 'Again' })).rejects.toMatchObject({
      cause: { code: 'ALREADY_DECIDED', params: { by: 'First Admin' } },
    });
    // The requester cannot approve their own request.
    await expect(
      first.admin.decideRefundRequest({ requestId: requested.requestId, approve: true }),
    ).rejects.toMatchObject({
      cause: { code: 'FOUR_EYES' },
    });
    expect(await db.refundRequest.findUniqueOrThrow({ where: { id: requested.requestId } })).toMatchObject({
      status: 'PENDING',
    });
    expect((await first.admin.listRefundRequests({ state: 'pending' })).requests.map((r) => r.id)).toContain(
      requested.requestId,
    );

    const approved = await second.admin.decideRefundRequest({ requestId: requested.requestId, approve: true });
    expect(approved).toMatchObject({ status: 'APPROVED' });
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.status).toMatch(/^REFUND/);
    // The budget comes back only when Jackpot says REFUNDED.
    if (order.status !== 'REFUNDED') expect(await availableBalanceCents(db, owner.id)).toBe(balanceBefore);

    expect(await auditOf(orderId, 'order.refund-request')).toMatchObject([
      { actorId: firstAdmin.id, data: { requestId: requested.requestId, reason: 'Employee left' } },
    ]);
    expect(await auditOf(orderId, 'order.refund')).toMatchObject([
      {
        actorId: secondAdmin.id,
        data: { requestId: requested.requestId, requestedBy: 'First Admin', approvedBy: 'Second Admin' },
      },
    ]);
  });

  it('of two admins deciding one request at once, exactly one decides; the other is told who', async () => {
    const third = await db.user.create({
      data: { email: `third-${randomUUID()}@example.test`, name: 'Third Admin', role: 'ADMIN' },
    });
    const thirdCaller = createCaller(contextFor(db, sessionUser(third)));
    const { orderId } = await confirmedVoucher();
    const requested = await thirdCaller.admin.refundOrder({ orderId, reason: 'Duplicate voucher' });
    if (requested.outcome !== 'requested') throw new Error('not requested');
    const results = await Promise.allSettled([
      first.admin.decideRefundRequest({ requestId: requested.requestId, approve: true }),
      second.admin.decideRefundRequest({ requestId: requested.requestId, approve: true }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(lost[0]).toMatchObject({ cause: { code: 'ALREADY_DECIDED' } });
    expect(await auditOf(orderId, 'order.refund')).toHaveLength(1);
  });

  it('a declined request refunds nothing and names both admins; under the threshold one admin refunds at once', async () => {
    const { orderId } = await confirmedVoucher();
    const requested = await first.admin.refundOrder({ orderId, reason: 'Employee left' });
    if (requested.outcome !== 'requested') throw new Error('not requested');
    await expect(
      second.admin.decideRefundRequest({ requestId: requested.requestId, approve: false }),
    ).rejects.toMatchObject({
      cause: { code: 'VALIDATION' },
    });
    await second.admin.decideRefundRequest({ requestId: requested.requestId, approve: false, note: 'Not eligible' });
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).not.toMatch(/REFUND/);
    expect(await auditOf(orderId, 'order.refund-decline')).toMatchObject([
      {
        actorId: secondAdmin.id,
        data: { requestedBy: 'First Admin', declinedBy: 'Second Admin', note: 'Not eligible' },
      },
    ]);

    await first.admin.setRefundThreshold({ thresholdCents: 1_000_000 });
    expect(await first.admin.refundOrder({ orderId, reason: 'Employee left' })).toMatchObject({ outcome: 'refunded' });
    await first.admin.setRefundThreshold({ thresholdCents: 1_000 });
  });
});

describe('the refund requests lists', () => {
  /** Every page of one list, two rows at a time, following the cursors. */
  async function allPages(state: 'pending' | 'decided') {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<Caller['admin']['listRefundRequests']>> = await first.admin.listRefundRequests({
        state,
        cursor,
        limit: 2,
      });
      ids.push(...page.requests.map((request) => request.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 100);
    return ids;
  }

  it('pages pending requests oldest first and decided ones latest first, by keyset, each row once', async () => {
    const owner = await createUser(db);
    const start = Date.now() - 3_600_000;
    const request = async (data: { createdAt: Date; status?: 'APPROVED' | 'DECLINED'; decidedAt?: Date }) => {
      const order = await createOrder(db, owner.id);
      return db.refundRequest.create({
        data: {
          orderId: order.id,
          requestedById: firstAdmin.id,
          reason: 'paging',
          ...data,
          ...(data.status ? { decidedById: secondAdmin.id } : {}),
        },
      });
    };
    const pending: Awaited<ReturnType<typeof request>>[] = [];
    for (let i = 0; i < 5; i += 1) pending.push(await request({ createdAt: new Date(start + i * 1_000) }));
    const decided: Awaited<ReturnType<typeof request>>[] = [];
    // Three decided at the same instant: the id breaks the tie, and no row is lost or repeated.
    for (let i = 0; i < 5; i += 1)
      decided.push(
        await request({
          createdAt: new Date(start),
          status: i % 2 ? 'APPROVED' : 'DECLINED',
          decidedAt: new Date(start + (i < 3 ? 60_000 : 60_000 + i * 1_000)),
        }),
      );

    const pendingIds = await allPages('pending');
    expect(new Set(pendingIds).size).toBe(pendingIds.length);
    expect(pendingIds.length).toBe(await db.refundRequest.count({ where: { status: 'PENDING' } }));
    expect(pendingIds.filter((id) => pending.some((row) => row.id === id))).toEqual(pending.map((row) => row.id));

    const decidedIds = await allPages('decided');
    expect(new Set(decidedIds).size).toBe(decidedIds.length);
    expect(decidedIds.length).toBe(await db.refundRequest.count({ where: { status: { not: 'PENDING' } } }));
    const latestFirst = [...decided]
      .sort((a, b) => b.decidedAt!.getTime() - a.decidedAt!.getTime() || (a.id < b.id ? 1 : -1))
      .map((row) => row.id);
    expect(decidedIds.filter((id) => decided.some((row) => row.id === id))).toEqual(latestFirst);
  });

  it('refuses a cursor that is not one of its own', async () => {
    await expect(first.admin.listRefundRequests({ state: 'decided', cursor: 'not-a-cursor' })).rejects.toMatchObject({
      cause: { code: 'VALIDATION' },
    });
  });
});
