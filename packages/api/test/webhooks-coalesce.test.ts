import { randomUUID } from 'node:crypto';

import { type Db, recordWebhookEvent } from '@jackpot-portal/db';
import { buildWebhookEnvelope, COUPON_EVENTS, type JackpotClient, type Voucher } from '@jackpot-portal/jackpot-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { processWebhookEvent } from '../src/services/webhooks/process-webhook-event';
import { createOrder, createUser, grant, takesSmallFreeAmounts } from './factories';
import { eventually, type Portal, startPortal } from './jobs-harness';

// Webhooks processed side by side, as a worker's batch runs them, with the moments that matter
// (a GET to Jackpot started, an event's refresh queued behind another) held by gates, so that
// each test decides the order instead of the machine's speed.

let portal: Portal;
let store: { storeId: string; offerId: string; amountCents: number };

beforeAll(async () => {
  portal = await startPortal({ schema: 'pgboss_webhooks_coalesce' });
  const candidate = (await portal.jackpot.listStores()).find(
    (entry) => takesSmallFreeAmounts(entry) && entry.voucherValueMax >= 2_000,
  )!;
  store = { storeId: candidate.id, offerId: candidate.offers[0]!.id, amountCents: 2_000 };
});
afterAll(() => portal.stop());

/** Runs `work` while the sandbox sends no webhook: the tests record the events themselves. */
async function withWebhooksDropped<T>(work: () => Promise<T>): Promise<T> {
  await portal.control('faults', { webhooks: { dropRate: 1 } }, 'PUT');
  try {
    return await work();
  } finally {
    await portal.control('faults', undefined, 'DELETE');
  }
}

async function readyVoucher(notificationKey: string): Promise<Voucher> {
  const session = await portal.jackpot.openClientSession({ amountCents: 5_000, notificationKey });
  const reserved = await session.reserveByValue(store.storeId, store.offerId, store.amountCents);
  await portal.jackpot.confirmVoucher(reserved.id);
  return eventually(async () => {
    const voucher = await portal.jackpot.getVoucher(reserved.id);
    return voucher.state === 'READY' ? voucher : null;
  });
}

/**
 * An order as a reservation whose answer was lost leaves it (PENDING, budget held, no voucher id
 * yet), whose voucher Jackpot has made READY: what the burst benchmark sends webhooks about.
 */
async function pendingOrderWithReadyVoucher() {
  const user = await createUser(portal.db);
  await grant(portal.db, user.id, 10_000);
  const order = await createOrder(portal.db, user.id, store.amountCents);
  await portal.db.ledgerEntry.create({
    data: {
      userId: user.id,
      walletId: order.walletId,
      orderId: order.id,
      kind: 'HOLD',
      amountCents: -order.priceCents,
    },
  });
  const voucher = await withWebhooksDropped(() => readyVoucher(order.id));
  return { user, orderId: order.id, voucher };
}

type CouponEvent = (typeof COUPON_EVENTS)['reserved' | 'confirmed' | 'ready'];

/** A webhook about `voucher` naming the order `notificationKey`, recorded as the route does (its job left out). */
async function recorded(event: CouponEvent, voucher: Voucher, notificationKey: string): Promise<string> {
  const envelope = buildWebhookEnvelope(event, {
    voucherId: voucher.id,
    notificationKey,
    userId: voucher.userId ?? null,
    data: voucher,
  });
  await recordWebhookEvent(portal.db, { id: envelope.id, event: envelope.event, payload: envelope });
  return envelope.id;
}

/** A promise that resolves once `open()` is called. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = () => resolve();
  });
  return { open, opened };
}

/** The portal's Jackpot client, counting GETs of a voucher and awaiting `before(n)` ahead of the n-th. */
function countingGets(before: (call: number) => Promise<void>) {
  let calls = 0;
  const client: JackpotClient = {
    ...portal.jackpot,
    getVoucher: async (voucherId, options) => {
      calls += 1;
      await before(calls);
      return portal.jackpot.getVoucher(voucherId, options);
    },
  };
  return { client, count: () => calls };
}

/**
 * The portal's database, awaiting `after(n)` once the n-th order.findUnique has answered: that
 * is processWebhookEvent reading the event's order, right before it queues the order's refresh.
 * A `setImmediate` scheduled in `after` runs once that refresh is queued.
 */
function watchingOrderReads(after: (call: number) => Promise<void>): Db {
  let calls = 0;
  return portal.db.$extends({
    query: {
      order: {
        async findUnique({ args, query }) {
          const found = await query(args);
          calls += 1;
          await after(calls);
          return found;
        },
      },
    },
  }) as unknown as Db;
}

const webhookEvent = (id: string) => portal.db.webhookEvent.findUniqueOrThrow({ where: { id } });

describe('webhooks of one order processed together', () => {
  it('reads Jackpot once for the three webhooks of a voucher: READY, one capture, one notification, one email', async () => {
    const { user, orderId, voucher } = await pendingOrderWithReadyVoucher();
    const ids = [
      await recorded(COUPON_EVENTS.reserved, voucher, orderId),
      await recorded(COUPON_EVENTS.confirmed, voucher, orderId),
      await recorded(COUPON_EVENTS.ready, voucher, orderId),
    ];
    // The first GET waits until the three refreshes are queued.
    const allQueued = gate();
    const db = watchingOrderReads(async (call) => {
      if (call === 3) setImmediate(allQueued.open);
    });
    const jackpot = countingGets(async (call) => {
      if (call === 1) await allQueued.opened;
    });
    const outcomes = await Promise.all(
      ids.map((eventId) => processWebhookEvent({ db, jackpot: jackpot.client, boss: portal.boss }, { eventId })),
    );

    expect(outcomes).toEqual([{ status: 'PROCESSED' }, { status: 'PROCESSED' }, { status: 'PROCESSED' }]);
    expect(jackpot.count()).toBe(1);
    for (const id of ids) expect(await webhookEvent(id)).toMatchObject({ status: 'PROCESSED', lastError: null });
    const order = await portal.db.order.findUniqueOrThrow({ where: { id: orderId }, include: { ledgerEntries: true } });
    expect(order).toMatchObject({ status: 'READY', jackpotVoucherId: voucher.id });
    expect(order.ledgerEntries.map((entry) => entry.kind).sort()).toEqual(['CAPTURE', 'HOLD']);
    await eventually(() => portal.db.outboxEmail.findFirst({ where: { to: user.email } }), 10_000, 'READY email');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await portal.db.outboxEmail.count({ where: { to: user.email } })).toBe(1);
    expect(await portal.db.notification.count({ where: { orderId } })).toBe(1);
  });

  it('reads Jackpot again for a webhook recorded after the previous read started', async () => {
    const { orderId, voucher } = await pendingOrderWithReadyVoucher();
    const first = await recorded(COUPON_EVENTS.confirmed, voucher, orderId);
    const firstReading = gate();
    const secondQueued = gate();
    const db = watchingOrderReads(async (call) => {
      if (call === 2) setImmediate(secondQueued.open);
    });
    const jackpot = countingGets(async (call) => {
      if (call !== 1) return;
      firstReading.open();
      await secondQueued.opened;
    });
    const deps = { db, jackpot: jackpot.client, boss: portal.boss };
    const firstDone = processWebhookEvent(deps, { eventId: first });
    await firstReading.opened;
    const second = await recorded(COUPON_EVENTS.ready, voucher, orderId);
    const outcomes = await Promise.all([firstDone, processWebhookEvent(deps, { eventId: second })]);

    expect(outcomes).toEqual([{ status: 'PROCESSED' }, { status: 'PROCESSED' }]);
    expect(jackpot.count()).toBe(2);
    expect(await portal.db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: 'READY' });
  });

  it('reads Jackpot for a webhook naming another voucher on the same order, and ignores it', async () => {
    const { orderId, voucher } = await pendingOrderWithReadyVoucher();
    // A real voucher, someone else's, named in a webhook about our order (the route is unsigned).
    const strangers = await withWebhooksDropped(() => readyVoucher(randomUUID()));
    const forged = await recorded(COUPON_EVENTS.ready, strangers, orderId);
    const genuine = await recorded(COUPON_EVENTS.ready, voucher, orderId);
    // The forged event starts first and is held after reading the order until the genuine one's
    // GET has started; that GET waits until the forged event's refresh is queued behind it.
    const forgedRead = gate();
    const genuineReading = gate();
    const forgedQueued = gate();
    const db = watchingOrderReads(async (call) => {
      if (call !== 1) return;
      forgedRead.open();
      await genuineReading.opened;
      setImmediate(forgedQueued.open);
    });
    const jackpot = countingGets(async (call) => {
      if (call !== 1) return;
      genuineReading.open();
      await forgedQueued.opened;
    });
    const deps = { db, jackpot: jackpot.client, boss: portal.boss };
    const forgedDone = processWebhookEvent(deps, { eventId: forged });
    await forgedRead.opened;
    const [forgedOutcome, genuineOutcome] = await Promise.all([
      forgedDone,
      processWebhookEvent(deps, { eventId: genuine }),
    ]);

    expect(genuineOutcome).toEqual({ status: 'PROCESSED' });
    expect(forgedOutcome.status).toBe('IGNORED');
    expect(forgedOutcome.note).toContain(`voucher ${strangers.id} does not belong to order ${orderId}`);
    expect(jackpot.count()).toBe(2);
    expect((await webhookEvent(forged)).lastError).toContain('does not belong');
    expect(await portal.db.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({
      status: 'READY',
      jackpotVoucherId: voucher.id,
    });
  });
});
