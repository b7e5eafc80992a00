import { randomUUID } from 'node:crypto';

import { availableBalanceCents } from '@jackpot-portal/db';
import type { Store } from '@jackpot-portal/jackpot-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { reconcileOrders } from '../src/services/orders/reconcile-orders';
import { DEFAULT_PENDING_GIVE_UP_AFTER_S } from '../src/services/orders/give-up-pending-order';
import { reserveVoucher } from '../src/services/orders/reserve-voucher';
import { createUser, grant, mirrorSandboxCatalogue, takesSmallFreeAmounts } from './factories';
import { eventually, type Portal, silentLog, startPortal } from './jobs-harness';

let portal: Portal;
let stores: Store[];

beforeAll(async () => {
  portal = await startPortal({ schema: 'pgboss_webhooks' });
  stores = await mirrorSandboxCatalogue(portal.db);
});
afterAll(() => portal.stop());

// A whole-euro ranged store with an offer, a voucher of 20 € (under the approval threshold).
function pickStore(skip = 0) {
  const candidates = stores.filter(takesSmallFreeAmounts);
  const store = candidates[skip % candidates.length]!;
  return {
    storeId: store.id,
    offerId: store.offers[0]!.id,
    by: 'VALUE' as const,
    amountCents: Math.max(store.voucherValueMin, 2_000),
  };
}

async function reserve(options: { flagged?: boolean; skip?: number; jackpot?: Portal['jackpot'] } = {}) {
  const user = await createUser(portal.db, { flagged: options.flagged });
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
const statusIs = (orderId: string, status: string) => async () =>
  (await orderOf(orderId)).status === status ? orderOf(orderId) : null;
const ledgerKinds = (order: { ledgerEntries: Array<{ kind: string }> }) =>
  order.ledgerEntries.map((entry) => entry.kind).sort();

async function delivered(query: string, count = 1) {
  return eventually(
    async () => {
      const deliveries = await portal.deliveries(query);
      return deliveries.filter((delivery) => delivery.state === 'delivered').length >= count ? deliveries : null;
    },
    10_000,
    `deliveries ${query}`,
  );
}

describe('webhook processing', () => {
  it('applies a webhook delivered 5 times once: one transition, one ledger entry, one notification and email', async () => {
    const { user, orderId } = await reserve({ flagged: true });
    const order = await orderOf(orderId);
    expect(order.status).toBe('AWAITING_APPROVAL');
    // Jackpot cancels the unconfirmed reservation (its expiry): coupon/canceled releases the hold.
    await portal.control('reservations/expire', { voucherId: order.jackpotVoucherId });
    const [canceled] = await delivered(`voucherId=${order.jackpotVoucherId}&event=coupon/canceled`);
    await Promise.all([1, 2, 3, 4].map(() => portal.control(`deliveries/${canceled!.eventId}/redeliver`, {})));
    await delivered(`eventId=${canceled!.eventId}`, 5);
    const settled = await eventually(statusIs(orderId, 'CANCELED'));
    await eventually(
      async () =>
        (await portal.db.webhookEvent.findUnique({ where: { id: canceled!.eventId } }))?.status === 'PROCESSED',
    );
    expect(ledgerKinds(settled)).toEqual(['HOLD', 'RELEASE']);
    expect(settled.events.filter((event) => event.status === 'CANCELED')).toHaveLength(1);
    expect(await portal.db.webhookEvent.findUnique({ where: { id: canceled!.eventId } })).toMatchObject({
      deliveryCount: 5,
      attempts: 1,
    });
    expect(await availableBalanceCents(portal.db, user.id)).toBe(10_000);
  });

  it('sends one READY notification and one email however often coupon/ready arrives', async () => {
    const { user, orderId } = await reserve({ skip: 1 });
    const ready = await eventually(statusIs(orderId, 'READY'));
    const [event] = await delivered(`voucherId=${ready.jackpotVoucherId}&event=coupon/ready`);
    await Promise.all([1, 2, 3, 4].map(() => portal.control(`deliveries/${event!.eventId}/redeliver`, {})));
    await delivered(`eventId=${event!.eventId}`, 5);
    const email = await eventually(
      () => portal.db.outboxEmail.findFirst({ where: { to: user.email } }),
      10_000,
      'READY email',
    );
    expect(email.subject).toContain('prêt');
    expect(email.link).toBe('http://portal.test/vouchers');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await portal.db.outboxEmail.count({ where: { to: user.email } })).toBe(1);
    expect(await portal.db.notification.count({ where: { orderId } })).toBe(1);
    const final = await orderOf(orderId);
    expect(final.events.map((entry) => entry.status)).toEqual(['PENDING', 'RESERVED', 'CONFIRMED', 'READY']);
    expect(ledgerKinds(final)).toEqual(['CAPTURE', 'HOLD']);
  });

  it('ends in Jackpot’s state when the events arrive in reverse order', async () => {
    await portal.control('faults', { webhooks: { dropRate: 1 } }, 'PUT');
    let orderId: string;
    let voucherId: string;
    try {
      ({ orderId } = await reserve({ skip: 2 }));
      voucherId = (await orderOf(orderId)).jackpotVoucherId!;
      await eventually(async () => (await portal.jackpot.getVoucher(voucherId)).state === 'READY');
    } finally {
      await portal.control('faults', undefined, 'DELETE');
    }
    const events = (await portal.deliveries(`voucherId=${voucherId}`)).map((delivery) => delivery);
    expect(events.map((delivery) => delivery.event)).toEqual(['coupon/reserved', 'coupon/confirmed', 'coupon/ready']);
    for (const delivery of events.reverse()) {
      await portal.control(`deliveries/${delivery.eventId}/redeliver`, {});
      await eventually(
        async () =>
          (await portal.db.webhookEvent.findUnique({ where: { id: delivery.eventId } }))?.status === 'PROCESSED',
      );
    }
    const final = await orderOf(orderId);
    expect(final.status).toBe('READY');
    expect(ledgerKinds(final)).toEqual(['CAPTURE', 'HOLD']);
    expect(final.events.map((entry) => entry.status)).toEqual(['PENDING', 'RESERVED', 'CONFIRMED', 'READY']);
  });

  it('settles a reservation whose answer timed out when its coupon/reserved arrives, then confirms it', async () => {
    const { storeId, offerId } = pickStore(3);
    await portal.control(
      'faults',
      {
        routes: [{ match: `POST /v2/stores/${storeId}/offers/${offerId}/reserve-voucher-by-value`, latencyMs: 3_500 }],
      },
      'PUT',
    );
    try {
      const { user, orderId, status } = await reserve({ skip: 3, jackpot: portal.jackpotWith({ timeoutMs: 2_000 }) });
      expect(status).toBe('PENDING');
      const ready = await eventually(statusIs(orderId, 'READY'), 15_000, 'READY after a timed-out reservation');
      expect(ledgerKinds(ready)).toEqual(['CAPTURE', 'HOLD']);
      expect(await availableBalanceCents(portal.db, user.id)).toBe(10_000 - ready.priceCents);
      expect(ready.events.map((entry) => entry.status)).toEqual([
        'PENDING',
        'PENDING',
        'RESERVED',
        'CONFIRMED',
        'READY',
      ]);
    } finally {
      await portal.control('faults', undefined, 'DELETE');
    }
  });

  it('ignores a webhook whose notificationKey is not one of our orders', async () => {
    const stranger = await portal.jackpot.openClientSession({ amountCents: 5_000, notificationKey: randomUUID() });
    const { storeId, offerId, amountCents } = pickStore(4);
    const voucher = await stranger.reserveByValue(storeId, offerId, amountCents);
    const [event] = await delivered(`voucherId=${voucher.id}&event=coupon/reserved`);
    const row = await eventually(async () => {
      const found = await portal.db.webhookEvent.findUnique({ where: { id: event!.eventId } });
      return found?.status === 'IGNORED' ? found : null;
    });
    expect(row.lastError).toContain('is not one of our orders');
  });
});

describe('reconciliation', () => {
  it('makes a voucher READY when its coupon/ready was dropped', async () => {
    await portal.control('faults', { webhooks: { dropRate: 1 } }, 'PUT');
    let user: Awaited<ReturnType<typeof reserve>>['user'];
    let orderId: string;
    try {
      ({ user, orderId } = await reserve({ skip: 5 }));
      const confirmed = await orderOf(orderId);
      expect(confirmed.status).toBe('CONFIRMED');
      await eventually(async () => (await portal.jackpot.getVoucher(confirmed.jackpotVoucherId!)).state === 'READY');
      expect((await orderOf(orderId)).status).toBe('CONFIRMED');
      // Ten minutes without news (only this order: the other files' orders stay recent).
      await portal.db
        .$executeRaw`UPDATE orders SET "updatedAt" = now() - interval '10 minutes' WHERE id = ${orderId}::uuid`;
      const counts = await reconcileOrders({
        db: portal.db,
        jackpot: portal.jackpot,
        boss: portal.boss,
        log: silentLog,
        reconcile: { reconcileAfterS: 300, pendingGiveUpAfterS: DEFAULT_PENDING_GIVE_UP_AFTER_S },
      });
      expect(counts.moved).toBeGreaterThanOrEqual(1);
    } finally {
      await portal.control('faults', undefined, 'DELETE');
    }
    const ready = await orderOf(orderId);
    expect(ready.status).toBe('READY');
    expect(ready.events.at(-1)).toMatchObject({ status: 'READY', source: 'RECONCILIATION' });
    await eventually(() => portal.db.outboxEmail.findFirst({ where: { to: user.email } }), 10_000, 'READY email');
  });
});
