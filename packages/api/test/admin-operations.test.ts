import { randomUUID } from 'node:crypto';

import { generalWalletId } from '@jackpot-portal/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { appRouter } from '../src/root';
import { reserveVoucher } from '../src/services/orders/reserve-voucher';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, grant, mirrorSandboxCatalogue, sessionUser, takesSmallFreeAmounts } from './factories';
import { eventually, type Portal, startPortal } from './jobs-harness';

const SCHEMA = 'pgboss_admin_operations';
const createCaller = createCallerFactory(appRouter);
let portal: Portal;
let admin: ReturnType<typeof createCaller>;
let adminId: string;

beforeAll(async () => {
  portal = await startPortal({ schema: SCHEMA });
  await mirrorSandboxCatalogue(portal.db);
  const user = await createUser(portal.db, { role: 'ADMIN' });
  adminId = user.id;
  admin = createCaller({
    ...contextFor(portal.db, sessionUser(user), portal.jackpot),
    boss: portal.boss,
    jobsSchema: SCHEMA,
  });
});
afterAll(() => portal.stop());

/** A flagged employee's voucher that Jackpot cancels: its coupon/canceled webhook releases the hold. */
async function canceledOrderWithItsEvent() {
  const store = (await portal.jackpot.listStores()).find(takesSmallFreeAmounts)!;
  const user = await createUser(portal.db, { flagged: true });
  await grant(portal.db, user.id, 10_000);
  const { orderId } = await reserveVoucher(
    { db: portal.db, jackpot: portal.jackpot, boss: portal.boss },
    {
      requestId: randomUUID(),
      storeId: store.id,
      offerId: store.offers[0]!.id,
      by: 'VALUE',
      amountCents: Math.max(store.voucherValueMin, 2_000),
      userId: user.id,
    },
  );
  const order = await portal.db.order.findUniqueOrThrow({ where: { id: orderId } });
  await portal.control('reservations/expire', { voucherId: order.jackpotVoucherId });
  const event = await eventually(
    () =>
      portal.db.webhookEvent.findFirst({
        where: {
          event: 'coupon/canceled',
          status: 'PROCESSED',
          payload: { path: ['message', 'notificationKey'], equals: orderId },
        },
      }),
    15_000,
    'the canceled event processed',
  );
  return { orderId, event };
}

const ledgerOf = (orderId: string) =>
  portal.db.ledgerEntry.findMany({
    where: { orderId },
    orderBy: { createdAt: 'asc' },
    select: { kind: true, amountCents: true },
  });

describe('webhook events screen', () => {
  it('lists events with the order they touched, filtered by event and status, paged by keyset', async () => {
    const { orderId, event } = await canceledOrderWithItsEvent();
    const page = await admin.admin.webhookEvents({ event: 'coupon/canceled', status: 'PROCESSED', limit: 100 });
    const row = page.events.find((e) => e.id === event.id);
    expect(row?.orderId).toBe(orderId);
    expect(page.events.every((e) => e.event === 'coupon/canceled' && e.status === 'PROCESSED')).toBe(true);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const next: Awaited<ReturnType<typeof admin.admin.webhookEvents>> = await admin.admin.webhookEvents({
        limit: 2,
        cursor,
      });
      seen.push(...next.events.map((e) => e.id));
      cursor = next.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(event.id);
  });

  it('shows how often Jackpot delivered an event, and a redelivery applies nothing again', async () => {
    const { orderId, event } = await canceledOrderWithItsEvent();
    const ledgerBefore = await ledgerOf(orderId);
    await portal.control(`deliveries/${event.id}/redeliver`, {});
    await portal.control(`deliveries/${event.id}/redeliver`, {});
    const row = await eventually(async () => {
      const page = await admin.admin.webhookEvents({ event: 'coupon/canceled', limit: 100 });
      const found = page.events.find((e) => e.id === event.id);
      return found && found.deliveryCount === 3 ? found : null;
    }, 10_000);
    expect(row).toMatchObject({ status: 'PROCESSED', attempts: 1, lastDeliveredAt: expect.any(Date) });
    expect((await admin.admin.orderDetails({ orderId })).webhooks.find((w) => w.id === event.id)?.deliveryCount).toBe(
      3,
    );
    expect(await ledgerOf(orderId)).toEqual(ledgerBefore);
  });

  it('replays a failed event: processed again, audited, and replaying twice changes nothing', async () => {
    const { orderId, event } = await canceledOrderWithItsEvent();
    const ledgerBefore = await ledgerOf(orderId);
    expect(ledgerBefore.map((entry) => entry.kind)).toEqual(['HOLD', 'RELEASE']);
    // As a processing that failed for good leaves it.
    await portal.db.webhookEvent.update({
      where: { id: event.id },
      data: { status: 'FAILED', lastError: 'Jackpot is not answering right now.' },
    });
    const failed = await admin.admin.webhookEvents({ status: 'FAILED', limit: 100 });
    expect(failed.events.find((e) => e.id === event.id)?.lastError).toBe('Jackpot is not answering right now.');

    expect(await admin.admin.replayWebhookEvents({ eventId: event.id })).toEqual({ replayed: 1 });
    await eventually(
      async () => (await portal.db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).status === 'PROCESSED',
      15_000,
      'replayed',
    );
    expect(await admin.admin.replayWebhookEvents({ eventId: event.id })).toEqual({ replayed: 1 });
    await eventually(
      async () => (await portal.db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).status === 'PROCESSED',
      15_000,
      'replayed again',
    );

    expect(await ledgerOf(orderId)).toEqual(ledgerBefore);
    expect((await portal.db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('CANCELED');
    const audit = await portal.db.auditLog.findMany({ where: { targetType: 'webhook', targetId: event.id } });
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({
      action: 'webhook.replay',
      actorId: adminId,
      ip: '203.0.113.7',
      userAgent: 'vitest',
    });
  });

  it('replays every failed event of an event name at once; an event already waiting is not queued twice', async () => {
    // Events of a name of their own (the portal ignores it): other test files' events stay untouched.
    const event = `test/replay-${randomUUID()}`;
    const ids = [`${event}-1`, `${event}-2`];
    await portal.db.webhookEvent.createMany({
      data: ids.map((id) => ({
        id,
        event,
        payload: { id, event, message: {} },
        status: 'FAILED' as const,
        lastError: 'boom',
      })),
    });
    expect(await admin.admin.replayWebhookEvents({ allFailed: true, event })).toEqual({ replayed: 2 });
    await eventually(
      async () => (await portal.db.webhookEvent.count({ where: { event, status: 'IGNORED' } })) === 2,
      15_000,
      'both replayed',
    );
    await portal.db.webhookEvent.update({ where: { id: ids[0] }, data: { status: 'RECEIVED' } });
    await expect(admin.admin.replayWebhookEvents({ eventId: ids[0]! })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await portal.db.auditLog.count({ where: { action: 'webhook.replay', targetId: { in: ids } } })).toBe(2);
  });
});

describe('jobs screen', () => {
  async function failedJob() {
    const id = await portal.boss.send('order.confirm', { orderId: randomUUID() }, { retryLimit: 0 });
    await portal.db.$executeRawUnsafe(
      `UPDATE ${SCHEMA}.job SET state = 'failed', completed_on = now(), output = '{"message":"Jackpot is not answering right now."}'::jsonb WHERE id = $1::uuid`,
      id,
    );
    return id!;
  }

  it('shows queue depth and failed jobs with their error; retries one, audited, and not twice', async () => {
    const id = await failedJob();
    const stats = await admin.admin.jobStats();
    expect(stats.queues.map((queue) => queue.name)).toContain('order.confirm');
    const list = await admin.admin.failedJobs({ queue: 'order.confirm', limit: 100 });
    expect(list.jobs.find((job) => job.id === id)?.error).toEqual({ message: 'Jackpot is not answering right now.' });

    expect(await admin.admin.retryJobs({ jobId: id })).toEqual({ retried: 1 });
    const [job] = await portal.db.$queryRawUnsafe<Array<{ state: string }>>(
      `SELECT state::text FROM ${SCHEMA}.job WHERE id = $1::uuid`,
      id,
    );
    expect(job?.state).not.toBe('failed');
    await expect(admin.admin.retryJobs({ jobId: id })).rejects.toMatchObject({ code: 'CONFLICT' });
    const audit = await portal.db.auditLog.findMany({ where: { targetType: 'job', targetId: id } });
    expect(audit).toEqual([expect.objectContaining({ action: 'job.retry', actorId: adminId })]);
  });

  it('retries every failed job of a queue', async () => {
    const ids = [await failedJob(), await failedJob()];
    const { retried } = await admin.admin.retryJobs({ allFailed: true, queue: 'order.confirm' });
    expect(retried).toBeGreaterThanOrEqual(2);
    const states = await portal.db.$queryRawUnsafe<Array<{ state: string }>>(
      `SELECT state::text FROM ${SCHEMA}.job WHERE id = ANY($1::uuid[])`,
      ids,
    );
    expect(states.every((row) => row.state !== 'failed')).toBe(true);
  });
});

describe('audit log viewer', () => {
  it('filters by actor, action, target and date, and pages by keyset', async () => {
    const other = await createUser(portal.db, { role: 'ADMIN' });
    const target = randomUUID();
    // Distinct moments, a second apart (rows made in one millisecond would tie, and ties are
    // ordered by id, which is random): the newest-first order below is then the creation order.
    // All four on today's UTC date, for the date filter below.
    const start = Math.max(Date.now() - 4_000, new Date().setUTCHours(0, 0, 0, 0));
    for (const [index, action] of ['order.approve', 'order.reject', 'user.role'].entries())
      await portal.db.auditLog.create({
        data: {
          actorId: adminId,
          action,
          targetType: 'order',
          targetId: target,
          createdAt: new Date(start + index * 1_000),
        },
      });
    await portal.db.auditLog.create({
      data: {
        actorId: other.id,
        action: 'order.approve',
        targetType: 'order',
        targetId: target,
        createdAt: new Date(start + 3_000),
      },
    });
    const me = await portal.db.user.findUniqueOrThrow({ where: { id: adminId } });

    const actions = async (input: Parameters<typeof admin.admin.auditLog>[0]) =>
      (await admin.admin.auditLog(input)).entries.map((entry) => entry.action);
    expect(await actions({ targetId: target })).toHaveLength(4);
    expect(await actions({ targetId: target, action: 'order.' })).toHaveLength(3);
    expect(await actions({ targetId: target, action: 'order.approve' })).toHaveLength(2);
    expect(await actions({ targetId: target, actor: me.email.toUpperCase() })).toEqual([
      'user.role',
      'order.reject',
      'order.approve',
    ]);
    const today = new Date(start).toISOString().slice(0, 10);
    expect(await actions({ targetId: target, from: today, to: today })).toHaveLength(4);
    expect(await actions({ targetId: target, to: '2000-01-01' })).toHaveLength(0);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof admin.admin.auditLog>> = await admin.admin.auditLog({
        targetId: target,
        limit: 3,
        cursor,
      });
      seen.push(...page.entries.map((entry) => entry.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(4);
    await expect(admin.admin.auditLog({ cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('admin overview', () => {
  it('counts what needs an admin and sums spend per month, budgets granted and used', async () => {
    const before = await admin.admin.overview();
    expect(before.spendPerMonth).toHaveLength(12);
    const user = await createUser(portal.db);
    await grant(portal.db, user.id, 10_000);
    const walletId = await generalWalletId(portal.db, user.id);
    const order = await portal.db.order.create({
      data: {
        userId: user.id,
        walletId,
        requestId: randomUUID(),
        reserveBy: 'PRICE',
        storeId: randomUUID(),
        storeName: 'Overview store',
        offerId: randomUUID(),
        mode: 'BONUS',
        rateBasisPoints: 1000,
        valueCents: 2_200,
        priceCents: 2_000,
        status: 'READY',
      },
    });
    await portal.db.ledgerEntry.create({
      data: { userId: user.id, walletId, kind: 'HOLD', amountCents: -2_000, orderId: order.id },
    });
    await portal.db.webhookEvent.create({
      data: { id: `overview-${randomUUID()}`, event: 'coupon/ready', payload: {}, status: 'FAILED', lastError: 'boom' },
    });
    const after = await admin.admin.overview();
    expect(after.webhookEventsFailed - before.webhookEventsFailed).toBe(1);
    expect((after.byStatus.READY ?? 0) - (before.byStatus.READY ?? 0)).toBe(1);
    expect(after.issued.valueCents - before.issued.valueCents).toBe(2_200);
    expect(after.issued.priceCents - before.issued.priceCents).toBe(2_000);
    expect(after.budgets.grantedCents - before.budgets.grantedCents).toBe(10_000);
    expect(after.budgets.usedCents - before.budgets.usedCents).toBe(2_000);
    const thisMonth = new Date().toISOString().slice(0, 7);
    expect(after.spendPerMonth.at(-1)!.month).toBe(thisMonth);
    expect(after.spendPerMonth.at(-1)!.priceCents - before.spendPerMonth.at(-1)!.priceCents).toBe(2_000);
  });
});
