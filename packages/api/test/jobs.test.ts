import { randomUUID } from 'node:crypto';

import { availableBalanceCents } from '@jackpot-portal/db';
import type { Store } from '@jackpot-portal/jackpot-core';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { enqueueJob } from '../src/queue/enqueue-job';
import { jobStats } from '../src/services/system/job-stats';
import { QUEUES } from '../src/queue/queues';
import { startJobWorkers } from '../src/workers/start-job-workers';
import { DEFAULT_PENDING_GIVE_UP_AFTER_S, PENDING_GIVE_UP_NOTE } from '../src/services/orders/give-up-pending-order';
import { reserveVoucher } from '../src/services/orders/reserve-voucher';
import { createUser, grant, mirrorSandboxCatalogue, takesSmallFreeAmounts } from './factories';
import { APP_URL, eventually, type Portal, silentLog, startPortal, startTestBoss } from './jobs-harness';
import { testVoucherReadyEmail } from './support/voucher-ready-email';

const SCHEMA = 'pgboss_jobs';
let portal: Portal;
let stores: Store[];

beforeAll(async () => {
  // Default ages: a test backdates its own order, so the other files' orders are never touched.
  portal = await startPortal({
    schema: SCHEMA,
    reconcile: { reconcileAfterS: 600, pendingGiveUpAfterS: DEFAULT_PENDING_GIVE_UP_AFTER_S },
  });
  stores = await mirrorSandboxCatalogue(portal.db);
});
afterAll(() => portal.stop());

function pickStore(skip = 0) {
  const candidates = stores.filter(takesSmallFreeAmounts);
  const store = candidates[(skip + 7) % candidates.length]!;
  return {
    storeId: store.id,
    offerId: store.offers[0]!.id,
    by: 'VALUE' as const,
    amountCents: Math.max(store.voucherValueMin, 2_000),
  };
}

async function reserve(options: { skip?: number; jackpot?: Portal['jackpot'] } = {}) {
  const user = await createUser(portal.db);
  await grant(portal.db, user.id, 10_000);
  const result = await reserveVoucher(
    { db: portal.db, jackpot: options.jackpot ?? portal.jackpot, boss: portal.boss },
    { requestId: randomUUID(), ...pickStore(options.skip), userId: user.id },
  );
  return { user, ...result };
}

const orderOf = (orderId: string) =>
  portal.db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { ledgerEntries: true, events: { orderBy: { createdAt: 'asc' } } },
  });
const ledgerKinds = (order: { ledgerEntries: Array<{ kind: string }> }) =>
  order.ledgerEntries.map((entry) => entry.kind).sort();
const reachesStatus = (orderId: string, status: string, timeoutMs = 15_000) =>
  eventually(
    async () => {
      const order = await orderOf(orderId);
      return order.status === status ? order : null;
    },
    timeoutMs,
    `order ${status}`,
  );

describe('order.confirm job', () => {
  it('confirms later, with retries, a voucher whose inline confirmation failed', async () => {
    await portal.control('faults', { routes: [{ match: 'confirmVoucher', errorRate: 1, errorStatus: 502 }] }, 'PUT');
    let orderId: string;
    try {
      const reserved = await reserve({ skip: 0 });
      orderId = reserved.orderId;
      expect(reserved.status).toBe('RESERVED');
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect((await orderOf(orderId)).status).toBe('RESERVED');
    } finally {
      await portal.control('faults', undefined, 'DELETE');
    }
    const ready = await reachesStatus(orderId, 'READY', 20_000);
    expect(ledgerKinds(ready)).toEqual(['CAPTURE', 'HOLD']);
  });
});

describe('orders.reconcile job', () => {
  it('gives up a PENDING order that never heard back once the reservation lifetime passed, and ignores a late webhook', async () => {
    const { storeId, offerId } = pickStore(1);
    await portal.control(
      'faults',
      {
        routes: [{ match: `POST /v2/stores/${storeId}/offers/${offerId}/reserve-voucher-by-value`, latencyMs: 3_500 }],
        webhooks: { dropRate: 1 },
      },
      'PUT',
    );
    let user: Awaited<ReturnType<typeof reserve>>['user'];
    let orderId: string;
    try {
      ({ user, orderId } = await reserve({ skip: 1, jackpot: portal.jackpotWith({ timeoutMs: 2_000 }) }));
      expect((await orderOf(orderId)).status).toBe('PENDING');
      // Jackpot reserved it, but nobody hears of it; then its lifetime passes, unconfirmed.
      await eventually(
        async () =>
          ((await portal.control(`vouchers?notificationKey=${orderId}`)) as { vouchers: unknown[] }).vouchers.length ===
          1,
      );
      await portal.control('reservations/expire', {});
    } finally {
      await portal.control('faults', undefined, 'DELETE');
    }
    // The reservation lifetime plus the margin pass.
    await portal.db
      .$executeRaw`UPDATE orders SET "createdAt" = now() - make_interval(secs => ${DEFAULT_PENDING_GIVE_UP_AFTER_S + 60}) WHERE id = ${orderId}::uuid`;
    await enqueueJob(portal.boss, QUEUES.reconcileOrders, {});
    const failed = await reachesStatus(orderId, 'FAILED');
    expect(failed.failureMessage).toBe(PENDING_GIVE_UP_NOTE);
    expect(failed.events.at(-1)).toMatchObject({
      status: 'FAILED',
      source: 'RECONCILIATION',
      note: PENDING_GIVE_UP_NOTE,
    });
    expect(ledgerKinds(failed)).toEqual(['HOLD', 'RELEASE']);
    expect(await availableBalanceCents(portal.db, user.id)).toBe(10_000);

    // The webhooks Jackpot sent at last: the order stays FAILED, the ledger unchanged.
    const late = await portal.deliveries(`event=coupon/reserved`);
    const reserved = late.find(
      (delivery) => (delivery.envelope.message as { notificationKey?: string }).notificationKey === orderId,
    )!;
    await portal.control(`deliveries/${reserved.eventId}/redeliver`, {});
    await eventually(
      async () =>
        (await portal.db.webhookEvent.findUnique({ where: { id: reserved.eventId } }))?.status === 'PROCESSED',
    );
    const after = await orderOf(orderId);
    expect(after.status).toBe('FAILED');
    expect(ledgerKinds(after)).toEqual(['HOLD', 'RELEASE']);
  });
});

describe('store webhooks', () => {
  it('re-sync the store into the catalogue mirror', async () => {
    const store = stores.find((candidate) => candidate.enabled)!;
    const description = `Nouvelle description ${randomUUID()}`;
    await portal.control(`stores/${store.id}`, { description }, 'PATCH');
    await eventually(
      async () => (await portal.db.store.findUnique({ where: { id: store.id } }))?.description === description,
      10_000,
      'store re-synced',
    );
  });
});

describe('two app instances on one queue', () => {
  it('apply every effect once while both process the same webhooks and duplicate jobs', async () => {
    const second: PgBoss = await startTestBoss(SCHEMA);
    try {
      await startJobWorkers(
        {
          db: portal.db,
          jackpot: portal.jackpot,
          boss: second,
          email: { appUrl: APP_URL, composeVoucherReady: testVoucherReadyEmail },
          reconcile: { reconcileAfterS: 600, pendingGiveUpAfterS: DEFAULT_PENDING_GIVE_UP_AFTER_S },
          log: silentLog,
        },
        { schedule: false, concurrency: 3 },
      );
      // Every webhook is delivered twice, and its processing job sent five more times.
      await portal.control('faults', { webhooks: { duplicateRate: 1 } }, 'PUT');
      const orders = await Promise.all([2, 3, 4, 5, 6, 7].map((skip) => reserve({ skip })));
      const events = await eventually(
        async () => {
          const rows = await portal.db.webhookEvent.findMany({
            where: { event: { startsWith: 'coupon/' } },
            select: { id: true, payload: true },
          });
          const ours = rows.filter((row) =>
            orders.some((order) => JSON.stringify(row.payload).includes(order.orderId)),
          );
          return ours.length >= orders.length * 3 ? ours : null;
        },
        15_000,
        'three events per order',
      );
      await Promise.all(
        events.flatMap((event) =>
          [1, 2, 3, 4, 5].map((n) =>
            enqueueJob(n % 2 ? portal.boss : second, QUEUES.processWebhook, { eventId: event.id }),
          ),
        ),
      );
      for (const { orderId, user } of orders) {
        const ready = await reachesStatus(orderId, 'READY');
        expect(ledgerKinds(ready)).toEqual(['CAPTURE', 'HOLD']);
        expect(ready.events.map((entry) => entry.status)).toEqual(['PENDING', 'RESERVED', 'CONFIRMED', 'READY']);
        expect(await availableBalanceCents(portal.db, user.id)).toBe(10_000 - ready.priceCents);
        await eventually(() => portal.db.outboxEmail.findFirst({ where: { to: user.email } }), 10_000, 'email');
      }
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      for (const { user } of orders) expect(await portal.db.outboxEmail.count({ where: { to: user.email } })).toBe(1);
      const webhookQueue = await eventually(
        async () => {
          const queue = (await jobStats({ db: portal.db, jobsSchema: SCHEMA })).queues.find(
            (each) => each.name === QUEUES.processWebhook,
          )!;
          return queue.created + queue.retry + queue.active === 0 ? queue : null;
        },
        15_000,
        'webhook queue drained',
      );
      expect(webhookQueue.completed).toBeGreaterThanOrEqual(events.length * 6);
    } finally {
      await portal.control('faults', undefined, 'DELETE');
      await second.stop({ graceful: false, timeout: 1_000 });
    }
  });
});

describe('jobStats', () => {
  it('counts jobs per queue and state and lists recent failures', async () => {
    await portal.boss.createQueue('test.always-fails', { name: 'test.always-fails', retryLimit: 0 });
    const id = await portal.boss.send('test.always-fails', { n: 1 });
    await portal.boss.work('test.always-fails', async () => {
      throw new Error('always fails');
    });
    await eventually(
      async () =>
        (await jobStats({ db: portal.db, jobsSchema: SCHEMA })).recentFailures.some((failure) => failure.id === id),
      10_000,
      'failure listed',
    );
    const stats = await jobStats({ db: portal.db, jobsSchema: SCHEMA });
    expect(stats.queues.map((queue) => queue.name)).toEqual(Object.values(QUEUES));
    expect(stats.webhookEvents.PROCESSED).toBeGreaterThan(0);
    expect(await jobStats({ db: portal.db, jobsSchema: 'pgboss_not_installed' })).toMatchObject({
      queues: expect.any(Array),
      recentFailures: [],
    });
  });
});
