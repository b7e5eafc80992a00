import { randomUUID } from 'node:crypto';

import type { Db, OrderStatus } from '@jackpot-portal/db';
import { generalWalletId } from '@jackpot-portal/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { POPULAR_MIN_BUYERS, POPULAR_WINDOW_DAYS } from '../src/services/catalogue/list-popular-stores';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, sessionUser } from './factories';
import { freshDatabase } from './support/fresh-database';

// "Popular" counts every order of the database: a database of its own, which other files' orders
// cannot disturb.
let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase(inject('databaseUrl')));
});
afterAll(() => drop());
const createCaller = createCallerFactory(appRouter);
const DAY_MS = 24 * 60 * 60 * 1000;

async function createStore(name: string, enabled = true) {
  return db.store.create({
    data: {
      id: randomUUID(),
      name,
      valueMinCents: 1_000,
      valueMaxCents: 10_000,
      discreteValuesCents: [],
      enabled,
      refundable: true,
    },
  });
}

async function buy(
  userId: string,
  store: { id: string; name: string },
  options: { status?: OrderStatus; daysAgo?: number } = {},
) {
  await db.order.create({
    data: {
      userId,
      walletId: await generalWalletId(db, userId),
      requestId: randomUUID(),
      status: options.status ?? 'READY',
      reserveBy: 'PRICE',
      storeId: store.id,
      storeName: store.name,
      offerId: randomUUID(),
      mode: 'BONUS',
      rateBasisPoints: 0,
      valueCents: 2_000,
      priceCents: 2_000,
      createdAt: new Date(Date.now() - (options.daysAgo ?? 1) * DAY_MS),
    },
  });
}

const users = (count: number) => Promise.all(Array.from({ length: count }, () => createUser(db)));
const popularFor = async (user: Awaited<ReturnType<typeof createUser>>) =>
  (await createCaller(contextFor(db, sessionUser(user))).catalogue.popular({ limit: 12 })).stores.map((store) => ({
    name: store.name,
    colleagues: store.colleagues,
  }));

describe('catalogue.popular (popular at your company)', () => {
  it('shows a store once enough different colleagues bought there, most bought first, counts only', async () => {
    expect(POPULAR_MIN_BUYERS).toBe(3);
    const [viewer, a, b, c, d] = await users(5);
    const fnac = await createStore('Fnac');
    const sephora = await createStore('Sephora');
    const decathlon = await createStore('Decathlon');
    // Fnac: four colleagues; Sephora: three; Decathlon: two colleagues, one of them three times.
    for (const user of [a, b, c, d]) await buy(user!.id, fnac);
    for (const user of [a, b, c]) await buy(user!.id, sephora);
    for (const user of [a, a, a, b]) await buy(user!.id, decathlon);

    expect(await popularFor(viewer!)).toEqual([
      { name: 'Fnac', colleagues: 4 },
      { name: 'Sephora', colleagues: 3 },
    ]);
    const answer = await createCaller(contextFor(db, sessionUser(viewer!))).catalogue.popular({ limit: 1 });
    expect(answer).toMatchObject({ windowDays: POPULAR_WINDOW_DAYS, minColleagues: POPULAR_MIN_BUYERS });
    expect(answer.stores).toHaveLength(1);
    // Nothing in the answer names a buyer.
    expect(JSON.stringify(answer)).not.toMatch(new RegExp([a, b, c, d].map((user) => user!.id).join('|')));
  });

  it('counts colleagues, not the employee who asks', async () => {
    const [viewer, a, b, outsider] = await users(4);
    const store = await createStore(`Nature ${randomUUID()}`);
    for (const user of [viewer, a, b]) await buy(user!.id, store);
    // Three buyers in all: the outsider sees it; the viewer's own voucher leaves only two colleagues.
    expect((await popularFor(outsider!)).map((row) => row.name)).toContain(store.name);
    expect((await popularFor(viewer!)).map((row) => row.name)).not.toContain(store.name);
  });

  it(`counts the last ${POPULAR_WINDOW_DAYS} days only`, async () => {
    const [viewer, a, b, c] = await users(4);
    const store = await createStore(`Ancien ${randomUUID()}`);
    await buy(a!.id, store, { daysAgo: 2 });
    await buy(b!.id, store, { daysAgo: POPULAR_WINDOW_DAYS - 1 });
    await buy(c!.id, store, { daysAgo: POPULAR_WINDOW_DAYS + 1 });
    expect((await popularFor(viewer!)).map((row) => row.name)).not.toContain(store.name);
    await buy(c!.id, store, { daysAgo: 3 });
    expect(await popularFor(viewer!)).toContainEqual({ name: store.name, colleagues: 3 });
  });

  it('counts paid vouchers only: not refused, canceled, refunded, pending or waiting', async () => {
    const [viewer, a, b, ...others] = await users(10);
    const store = await createStore(`Statuts ${randomUUID()}`);
    await buy(a!.id, store, { status: 'READY' });
    await buy(b!.id, store, { status: 'CONFIRMED' });
    const unpaid: OrderStatus[] = ['FAILED', 'CANCELED', 'REFUNDED', 'PENDING', 'RESERVED', 'AWAITING_APPROVAL'];
    for (const [index, status] of unpaid.entries()) await buy(others[index]!.id, store, { status });
    expect((await popularFor(viewer!)).map((row) => row.name)).not.toContain(store.name);

    // Any paid status makes the third colleague (a refund asked, or refused, is still paid).
    await buy(others[6]!.id, store, { status: 'REFUNDING' });
    expect(await popularFor(viewer!)).toContainEqual({ name: store.name, colleagues: 3 });
  });

  it('leaves out a store that is no longer available', async () => {
    const [viewer, a, b, c] = await users(4);
    const store = await createStore(`Fermé ${randomUUID()}`, false);
    for (const user of [a, b, c]) await buy(user!.id, store);
    expect((await popularFor(viewer!)).map((row) => row.name)).not.toContain(store.name);
  });

  it('needs a signed-in employee', { tags: ['security'] }, async () => {
    await expect(createCaller(contextFor(db, null)).catalogue.popular({})).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});
