import { randomUUID } from 'node:crypto';

import { availableBalanceCents, createDb } from '@jackpot-portal/db';
import type { Store } from '@jackpot-portal/jackpot-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { APPROVAL_THRESHOLD, approvalThresholdCents } from '../src/services/orders/confirmation-policy';
import { createCallerFactory } from '../src/trpc';
import {
  contextFor,
  createUser,
  grant,
  mirrorSandboxCatalogue,
  sandboxControl,
  sessionUser,
  takesSmallFreeAmounts,
  testJackpotClient,
} from './factories';

const db = createDb(inject('databaseUrl'));
const createCaller = createCallerFactory(appRouter);
let stores: Store[];
let admin: ReturnType<typeof createCaller>;
let adminId: string;

beforeAll(async () => {
  stores = await mirrorSandboxCatalogue(db);
  const user = await createUser(db, { role: 'ADMIN' });
  adminId = user.id;
  admin = createCaller(contextFor(db, sessionUser(user)));
});
afterAll(() => db.$disconnect());

async function awaitingApproval(skip: number) {
  const store = stores.filter(takesSmallFreeAmounts)[skip]!;
  const user = await createUser(db, { flagged: true });
  await grant(db, user.id, 10_000);
  const caller = createCaller(contextFor(db, sessionUser(user)));
  const { orderId, status } = await caller.orders.reserve({
    requestId: randomUUID(),
    storeId: store.id,
    offerId: store.offers[0]!.id,
    by: 'VALUE',
    amountCents: Math.max(store.voucherValueMin, 2_000),
  });
  expect(status).toBe('AWAITING_APPROVAL');
  return { user, caller, orderId };
}

const auditOf = (targetId: string) => db.auditLog.findMany({ where: { targetId } });

describe('admin approvals', () => {
  it('lists vouchers waiting for approval, approves one at Jackpot and audits it', async () => {
    const { user, orderId } = await awaitingApproval(10);
    expect(
      (await admin.admin.pendingApprovals()).some((order) => order.id === orderId && order.user.email === user.email),
    ).toBe(true);
    const result = await admin.admin.approveOrder({ orderId });
    expect(result.status).toBe('CONFIRMED');
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { ledgerEntries: true } });
    expect(order.ledgerEntries.map((entry) => entry.kind).sort()).toEqual(['CAPTURE', 'HOLD']);
    expect((await testJackpotClient().getVoucher(order.jackpotVoucherId!)).state).toMatch(/CONFIRMED|READY/);
    expect(await auditOf(orderId)).toMatchObject([{ actorId: adminId, action: 'order.approve', targetType: 'order' }]);
    expect((await admin.admin.pendingApprovals()).some((pending) => pending.id === orderId)).toBe(false);
    await expect(admin.admin.approveOrder({ orderId })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('rejects one: canceled at Jackpot, budget back, the reason on the timeline and in the audit', async () => {
    const { user, orderId } = await awaitingApproval(11);
    const result = await admin.admin.rejectOrder({ orderId, reason: 'Over the team budget' });
    expect(result.status).toBe('CANCELED');
    expect(await availableBalanceCents(db, user.id)).toBe(10_000);
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { events: true } });
    expect(order.events.at(-1)).toMatchObject({ status: 'CANCELED', source: 'ADMIN', note: 'Over the team budget' });
    expect(await auditOf(orderId)).toMatchObject([
      { action: 'order.reject', data: expect.objectContaining({ reason: 'Over the team budget' }) },
    ]);
  });

  it('applies Jackpot’s state and audits nothing when Jackpot refuses the decision', async () => {
    const { orderId } = await awaitingApproval(12);
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId } });
    await sandboxControl('reservations/expire', { voucherId: order.jackpotVoucherId });
    await expect(admin.admin.approveOrder({ orderId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('CANCELED'),
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('CANCELED');
    expect(await auditOf(orderId)).toEqual([]);
  });

  it('is for admins only', async () => {
    const { caller, orderId } = await awaitingApproval(13);
    await expect(caller.admin.approveOrder({ orderId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.admin.rejectOrder({ orderId, reason: 'nope' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.admin.setApprovalThreshold({ thresholdCents: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.admin.pendingApprovals()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.admin.jobStats()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(caller.admin.approvalThreshold()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('sets the approval threshold with its audit row', async () => {
    const before = await approvalThresholdCents({ db });
    expect(await admin.admin.approvalThreshold()).toEqual({ thresholdCents: before });
    expect(await admin.admin.setApprovalThreshold({ thresholdCents: before })).toEqual({
      thresholdCents: before,
      previousCents: before,
    });
    await expect(admin.admin.setApprovalThreshold({ thresholdCents: -1 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(
      await db.auditLog.findFirst({ where: { targetId: APPROVAL_THRESHOLD.key, actorId: adminId } }),
    ).toMatchObject({ action: 'settings.approval-threshold' });
  });

  it('shows queue statistics', async () => {
    const stats = await admin.admin.jobStats();
    expect(stats.queues.map((queue) => queue.name)).toContain('webhook.process');
  });
});

describe('notifications', () => {
  it('lists the caller’s notifications unread first, and marks them read', async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const caller = createCaller(contextFor(db, sessionUser(user)));
    const old = await db.notification.create({
      data: { userId: user.id, kind: 'voucher.ready', readAt: new Date(), createdAt: new Date(Date.now() - 60_000) },
    });
    const older = await db.notification.create({
      data: { userId: user.id, kind: 'voucher.ready', createdAt: new Date(Date.now() - 120_000) },
    });
    const newest = await db.notification.create({ data: { userId: user.id, kind: 'voucher.ready' } });
    const foreign = await db.notification.create({ data: { userId: other.id, kind: 'voucher.ready' } });
    expect((await caller.notifications.list()).map((notification) => notification.id)).toEqual([
      newest.id,
      older.id,
      old.id,
    ]);
    expect(await caller.notifications.markRead({ notificationIds: [newest.id, foreign.id] })).toEqual({ marked: 1 });
    expect((await db.notification.findUniqueOrThrow({ where: { id: foreign.id } })).readAt).toBeNull();
    expect(await caller.notifications.markRead({})).toEqual({ marked: 1 });
    expect((await caller.notifications.list()).every((notification) => notification.readAt)).toBe(true);
    await expect(createCaller(contextFor(db, null)).notifications.list()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});
