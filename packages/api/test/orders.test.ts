import { randomUUID } from 'node:crypto';

import { availableBalanceCents, createDb } from '@jackpot-portal/db';
import {
  createJackpotClient,
  isAllowedValue,
  quoteByPrice,
  quoteByValue,
  type Store,
} from '@jackpot-portal/jackpot-core';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { APPROVAL_THRESHOLD } from '../src/services/orders/confirmation-policy';
import {
  NO_VOUCHER_NOTE,
  settleUnknownReservation,
  VOUCHER_EXISTS_NOTE,
} from '../src/services/orders/settle-unknown-reservation';
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

const db = createDb(inject('databaseUrl'), { maxConnections: 20 });
const createCaller = createCallerFactory(appRouter);
let stores: Store[];

beforeAll(async () => {
  stores = await mirrorSandboxCatalogue(db);
  await db.setting.upsert({
    where: { key: APPROVAL_THRESHOLD.key },
    create: { key: APPROVAL_THRESHOLD.key, value: 15_000 },
    update: { value: 15_000 },
  });
});
afterAll(() => db.$disconnect());

// A store with whole-euro ranged values and an offer of the given mode.
function pickStore(mode: 'BONUS' | 'DISCOUNT', skip = 0) {
  const candidates = stores.filter(
    (store) => takesSmallFreeAmounts(store) && store.offers.some((offer) => offer.mode === mode && offer.rate > 0),
  );
  const store = candidates[skip % candidates.length]!;
  const offer = store.offers.find((candidate) => candidate.mode === mode && candidate.rate > 0)!;
  return { store, offer, value: Math.max(store.voucherValueMin, 2_000) };
}

async function employeeWithBudget(cents: number, options: { flagged?: boolean } = {}) {
  const user = await createUser(db, options);
  if (cents > 0) await grant(db, user.id, cents);
  return { user, caller: createCaller(contextFor(db, sessionUser(user))) };
}

const sandboxVouchers = async (notificationKey: string) =>
  (
    (await sandboxControl(`vouchers?notificationKey=${notificationKey}`)) as {
      vouchers: Array<{ id: string; state: string }>;
    }
  ).vouchers;

describe('orders.reserve', () => {
  it('reserves by value, holds then captures the price, and confirms under the threshold', async () => {
    const { store, offer, value } = pickStore('DISCOUNT');
    const { user, caller } = await employeeWithBudget(10_000);
    const result = await caller.orders.reserve({
      requestId: randomUUID(),
      storeId: store.id,
      offerId: offer.id,
      by: 'VALUE',
      amountCents: value,
    });
    expect(result.status).toBe('CONFIRMED');

    const order = await db.order.findUniqueOrThrow({
      where: { id: result.orderId },
      include: { ledgerEntries: true, events: { orderBy: { createdAt: 'asc' } } },
    });
    expect(order.valueCents).toBe(value);
    expect(order.priceCents).toBeLessThan(value);
    expect(order.storeName).toBe(store.name);
    expect(order.ledgerEntries.map((entry) => entry.kind).sort()).toEqual(['CAPTURE', 'HOLD']);
    expect(await availableBalanceCents(db, user.id)).toBe(10_000 - order.priceCents);
    expect(order.events.map((event) => event.status)).toEqual(['PENDING', 'RESERVED', 'CONFIRMED']);

    const atJackpot = await testJackpotClient().getVoucher(order.jackpotVoucherId!);
    expect(atJackpot).toMatchObject({ notificationKey: order.id, userId: user.id, value, price: order.priceCents });
  });

  it('reserves by price, the value derived by the bonus rate', async () => {
    const { store, offer } = pickStore('BONUS');
    const price = [1_000, 2_000, 5_000, 10_000].find((cents) =>
      isAllowedValue(
        {
          voucherValueMin: store.voucherValueMin,
          voucherValueMax: store.voucherValueMax,
          voucherPossibleDiscreteValues: [],
        },
        quoteByPrice(offer, cents).valueCents,
      ),
    )!;
    const { caller } = await employeeWithBudget(20_000);
    const result = await caller.orders.reserve({
      requestId: randomUUID(),
      storeId: store.id,
      offerId: offer.id,
      by: 'PRICE',
      amountCents: price,
    });
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
    expect(order.priceCents).toBe(price);
    expect(order.valueCents).toBe(quoteByPrice(offer, price).valueCents);
    expect(order.valueCents).toBeGreaterThan(price);
  });

  it('opens the session with forceManualConfirm and waits for an admin above the threshold', async () => {
    const { store, offer } = pickStore('DISCOUNT', 1);
    const value = Math.min(store.voucherValueMax, 30_000);
    const { user, caller } = await employeeWithBudget(50_000);
    const result = await caller.orders.reserve({
      requestId: randomUUID(),
      storeId: store.id,
      offerId: offer.id,
      by: 'VALUE',
      amountCents: value,
    });
    expect(result.status).toBe('AWAITING_APPROVAL');
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
    expect(await availableBalanceCents(db, user.id)).toBe(50_000 - order.priceCents);
    expect((await testJackpotClient().getVoucher(order.jackpotVoucherId!)).state).toBe('RESERVED');
  });

  it('waits for an admin for a flagged employee, whatever the price', async () => {
    const { store, offer, value } = pickStore('BONUS', 2);
    const { caller } = await employeeWithBudget(10_000, { flagged: true });
    const result = await caller.orders.reserve({
      requestId: randomUUID(),
      storeId: store.id,
      offerId: offer.id,
      by: 'VALUE',
      amountCents: value,
    });
    expect(result.status).toBe('AWAITING_APPROVAL');
  });

  it('answers a retry or a double click with the first result, reserving once', async () => {
    const { store, offer, value } = pickStore('DISCOUNT', 2);
    const { user, caller } = await employeeWithBudget(10_000);
    const input = {
      requestId: randomUUID(),
      storeId: store.id,
      offerId: offer.id,
      by: 'VALUE' as const,
      amountCents: value,
    };
    const [first, second] = await Promise.all([caller.orders.reserve(input), caller.orders.reserve(input)]);
    const third = await caller.orders.reserve(input);
    expect(second.orderId).toBe(first.orderId);
    expect(third.orderId).toBe(first.orderId);
    expect(await db.order.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.ledgerEntry.count({ where: { userId: user.id, kind: 'HOLD' } })).toBe(1);
    expect(await sandboxVouchers(first.orderId)).toHaveLength(1);
  });

  it('refuses a voucher over the balance, writing nothing', async () => {
    const { store, offer, value } = pickStore('BONUS');
    const { user, caller } = await employeeWithBudget(500);
    await expect(
      caller.orders.reserve({
        requestId: randomUUID(),
        storeId: store.id,
        offerId: offer.id,
        by: 'VALUE',
        amountCents: value,
      }),
    ).rejects.toMatchObject({
      code: 'UNPROCESSABLE_CONTENT',
      message: 'Your balance is too low for this voucher.',
    });
    expect(await db.order.count({ where: { userId: user.id } })).toBe(0);
    expect(await availableBalanceCents(db, user.id)).toBe(500);
  });

  it('refuses a value the store does not offer, writing nothing', async () => {
    const { store, offer } = pickStore('BONUS');
    const { user, caller } = await employeeWithBudget(10_000);
    await expect(
      caller.orders.reserve({
        requestId: randomUUID(),
        storeId: store.id,
        offerId: offer.id,
        by: 'VALUE',
        amountCents: store.voucherValueMin + 50,
      }),
    ).rejects.toMatchObject({
      message: 'The store does not offer this amount.',
    });
    expect(await db.order.count({ where: { userId: user.id } })).toBe(0);
  });

  it('releases the hold at once when Jackpot refuses, and replays the refusal on retry', async () => {
    const { store, offer, value } = pickStore('DISCOUNT', 3);
    const { user, caller } = await employeeWithBudget(10_000);
    // Our mirror still says enabled; Jackpot has just disabled the store.
    await sandboxControl(`stores/${store.id}/disable`, {});
    try {
      const input = {
        requestId: randomUUID(),
        storeId: store.id,
        offerId: offer.id,
        by: 'VALUE' as const,
        amountCents: value,
      };
      await expect(caller.orders.reserve(input)).rejects.toMatchObject({
        message: 'This store is unavailable for now.',
      });
      await expect(caller.orders.reserve(input)).rejects.toMatchObject({
        message: 'This store is unavailable for now.',
      });
      const order = await db.order.findFirstOrThrow({ where: { userId: user.id }, include: { ledgerEntries: true } });
      expect(order.status).toBe('FAILED');
      expect(order.ledgerEntries.map((entry) => entry.kind).sort()).toEqual(['HOLD', 'RELEASE']);
      expect(await availableBalanceCents(db, user.id)).toBe(10_000);
    } finally {
      await sandboxControl(`stores/${store.id}/enable`, {});
    }
  });

  it('fails cleanly when Jackpot cannot be reached before anything was reserved', async () => {
    const { store, offer, value } = pickStore('BONUS', 3);
    const { user } = await employeeWithBudget(10_000);
    const unreachable = createJackpotClient({
      baseUrl: 'http://127.0.0.1:9',
      ...inject('sandbox').credentials,
      timeoutMs: 500,
      retry: { maxAttempts: 1 },
    });
    const caller = createCaller(contextFor(db, sessionUser(user), unreachable));
    await expect(
      caller.orders.reserve({
        requestId: randomUUID(),
        storeId: store.id,
        offerId: offer.id,
        by: 'VALUE',
        amountCents: value,
      }),
    ).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
    expect((await db.order.findFirstOrThrow({ where: { userId: user.id } })).status).toBe('FAILED');
    expect(await availableBalanceCents(db, user.id)).toBe(10_000);
  });

  it('leaves the order PENDING with the budget held when the reservation times out, and never sends it twice', async () => {
    const { store, offer, value } = pickStore('DISCOUNT', 4);
    const { user } = await employeeWithBudget(10_000);
    // Generous enough for the token exchange on a loaded machine; the reservation alone is slower.
    const slow = testJackpotClient({ timeoutMs: 2_000 });
    const caller = createCaller(contextFor(db, sessionUser(user), slow));
    // Jackpot reserves after 3.5 s, long after the portal gave up waiting.
    await sandboxControl(
      'faults',
      {
        routes: [
          { match: `POST /v2/stores/${store.id}/offers/${offer.id}/reserve-voucher-by-value`, latencyMs: 3_500 },
        ],
      },
      'PUT',
    );
    try {
      const input = {
        requestId: randomUUID(),
        storeId: store.id,
        offerId: offer.id,
        by: 'VALUE' as const,
        amountCents: value,
      };
      const result = await caller.orders.reserve(input);
      expect(result.status).toBe('PENDING');
      expect(await caller.orders.reserve(input)).toEqual(result);
      const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
      expect(await availableBalanceCents(db, user.id)).toBe(10_000 - order.priceCents);
      await expect.poll(async () => (await sandboxVouchers(result.orderId)).length, { timeout: 10_000 }).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await sandboxVouchers(result.orderId)).toHaveLength(1);
    } finally {
      await sandboxControl('faults', undefined, 'DELETE');
    }
  });
});

describe('a reservation whose outcome Jackpot never told', () => {
  // As the reconcile job asks, a minute after the reservation (UNKNOWN_RESERVATION_ASK_AFTER_S).
  const aMinuteLater = () => new Date(Date.now() + 60_000);

  async function reserveWith(fault: Record<string, unknown>, skip: number, timeoutMs = 5_000) {
    const { store, offer, value } = pickStore('DISCOUNT', skip);
    const { user } = await employeeWithBudget(10_000);
    const caller = createCaller(contextFor(db, sessionUser(user), testJackpotClient({ timeoutMs })));
    await sandboxControl(
      'faults',
      { routes: [{ match: `POST /v2/stores/${store.id}/offers/${offer.id}/reserve-voucher-by-value`, ...fault }] },
      'PUT',
    );
    try {
      const result = await caller.orders.reserve({
        requestId: randomUUID(),
        storeId: store.id,
        offerId: offer.id,
        by: 'VALUE',
        amountCents: value,
      });
      return { user, result };
    } finally {
      await sandboxControl('faults', undefined, 'DELETE');
    }
  }

  it('gives the money back within minutes when the session shows no voucher was made (Jackpot answered 500)', async () => {
    const { user, result } = await reserveWith({ errorRate: 1, errorStatus: 500 }, 5);
    expect(result.status).toBe('PENDING');
    const pending = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
    expect(pending.outcomeUnknownSince).not.toBeNull();
    expect(await availableBalanceCents(db, user.id)).toBe(10_000 - pending.priceCents);

    const decision = await settleUnknownReservation(
      { db, jackpot: testJackpotClient() },
      { orderId: result.orderId, now: aMinuteLater() },
    );
    expect(decision).toBe('release');
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId }, include: { ledgerEntries: true } });
    expect(order.status).toBe('FAILED');
    expect(order.failureMessage).toBe(NO_VOUCHER_NOTE);
    expect(order.ledgerEntries.map((entry) => entry.kind).sort()).toEqual(['HOLD', 'RELEASE']);
    expect(await availableBalanceCents(db, user.id)).toBe(10_000);
    expect(await sandboxVouchers(result.orderId)).toHaveLength(0);
    expect(await db.reservationCheck.count({ where: { orderId: result.orderId } })).toBe(0);
  });

  it('keeps the money set aside when the session shows a voucher was made (Jackpot reserved after the portal gave up)', async () => {
    const { user, result } = await reserveWith({ latencyMs: 3_500 }, 6, 2_000);
    expect(result.status).toBe('PENDING');
    await expect.poll(async () => (await sandboxVouchers(result.orderId)).length, { timeout: 10_000 }).toBe(1);

    const decision = await settleUnknownReservation(
      { db, jackpot: testJackpotClient() },
      { orderId: result.orderId, now: aMinuteLater() },
    );
    expect(decision).toBe('adopt');
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId }, include: { events: true } });
    expect(order.status).toBe('PENDING');
    expect(order.events.map((event) => event.note)).toContain(VOUCHER_EXISTS_NOTE);
    expect(await availableBalanceCents(db, user.id)).toBe(10_000 - order.priceCents);
  });
});

describe('orders.reserve under concurrency', () => {
  it('queues 100 simultaneous reservations of one employee: exactly what the balance buys succeeds, the rest is refused plainly', async () => {
    const { store, offer, value } = pickStore('DISCOUNT', 3);
    const price = quoteByValue(offer, value).priceCents;
    // Enough for three vouchers and half of a fourth.
    const { user, caller } = await employeeWithBudget(3 * price + Math.floor(price / 2));
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, () =>
        caller.orders.reserve({
          requestId: randomUUID(),
          storeId: store.id,
          offerId: offer.id,
          by: 'VALUE',
          amountCents: value,
        }),
      ),
    );

    const refusals = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as TRPCError] : []));
    const serverErrors = refusals.filter(
      (error) => !(error instanceof TRPCError) || getHTTPStatusCodeFromError(error) >= 500,
    );
    expect(serverErrors.map((error) => error.message)).toEqual([]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
    expect(refusals).toHaveLength(97);
    for (const refusal of refusals)
      expect(refusal).toMatchObject({
        code: 'UNPROCESSABLE_CONTENT',
        message: 'Your balance is too low for this voucher.',
      });

    // The ledger: three holds, each captured once; nothing written for the refused ones.
    const entries = await db.ledgerEntry.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((entry) => entry.kind).sort()).toEqual([
      'CAPTURE',
      'CAPTURE',
      'CAPTURE',
      'GRANT',
      'HOLD',
      'HOLD',
      'HOLD',
    ]);
    expect(await db.order.count({ where: { userId: user.id } })).toBe(3);
    expect(await availableBalanceCents(db, user.id)).toBe(Math.floor(price / 2));
  }, 60_000);
});

describe('orders: ownership and cancel', () => {
  it('lists and shows only the caller’s own orders', { tags: ['security'] }, async () => {
    const { store, offer, value } = pickStore('BONUS', 4);
    const owner = await employeeWithBudget(10_000);
    const other = await employeeWithBudget(10_000);
    const { orderId } = await owner.caller.orders.reserve({
      requestId: randomUUID(),
      storeId: store.id,
      offerId: offer.id,
      by: 'VALUE',
      amountCents: value,
    });
    expect((await owner.caller.orders.get({ orderId })).id).toBe(orderId);
    await expect(other.caller.orders.get({ orderId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await other.caller.orders.list()).toEqual([]);
    await expect(other.caller.orders.cancel({ orderId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('cancels a voucher still waiting for approval and gives the budget back', async () => {
    const { store, offer, value } = pickStore('DISCOUNT', 5);
    const { user, caller } = await employeeWithBudget(10_000, { flagged: true });
    const { orderId } = await caller.orders.reserve({
      requestId: randomUUID(),
      storeId: store.id,
      offerId: offer.id,
      by: 'VALUE',
      amountCents: value,
    });
    const result = await caller.orders.cancel({ orderId });
    expect(result.status).toBe('CANCELED');
    expect(await availableBalanceCents(db, user.id)).toBe(10_000);
    const [atJackpot] = await sandboxVouchers(orderId);
    expect(atJackpot?.state).toBe('CANCELED');
  });

  it('refuses to cancel a confirmed voucher', async () => {
    const { store, offer, value } = pickStore('BONUS', 5);
    const { caller } = await employeeWithBudget(10_000);
    const { orderId, status } = await caller.orders.reserve({
      requestId: randomUUID(),
      storeId: store.id,
      offerId: offer.id,
      by: 'VALUE',
      amountCents: value,
    });
    expect(status).toBe('CONFIRMED');
    await expect(caller.orders.cancel({ orderId })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('admin.grantBudget', () => {
  it('is refused to an employee and works for an admin', async () => {
    const admin = await createUser(db, { role: 'ADMIN' });
    const { user, caller } = await employeeWithBudget(0);
    const input = { userId: user.id, amountCents: 5_000, reason: 'Welcome' };
    await expect(caller.admin.grantBudget(input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await createCaller(contextFor(db, sessionUser(admin))).admin.grantBudget(input);
    expect(await availableBalanceCents(db, user.id)).toBe(5_000);
  });
});
