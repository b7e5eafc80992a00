import { randomUUID } from 'node:crypto';

import { createDb } from '@jackpot-portal/db';
import { afterAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, sessionUser } from './factories';

const db = createDb(inject('databaseUrl'));
afterAll(() => db.$disconnect());
const createCaller = createCallerFactory(appRouter);

async function employee() {
  const user = await createUser(db);
  return { user, caller: createCaller(contextFor(db, sessionUser(user))) };
}

/** A store of the mirror, named after this run so that a search finds only this test's stores. */
async function createStore(name: string, overrides: { enabled?: boolean; category?: string } = {}) {
  return db.store.create({
    data: {
      id: randomUUID(),
      name,
      category: overrides.category ?? 'Test',
      valueMinCents: 1_000,
      valueMaxCents: 10_000,
      discreteValuesCents: [],
      enabled: overrides.enabled ?? true,
      refundable: true,
    },
  });
}

describe('favourites', () => {
  it('marks and unmarks a store; setting the same state twice changes nothing', async () => {
    const { user, caller } = await employee();
    const store = await createStore(`Fav ${randomUUID()}`);

    expect(await caller.favourites.set({ storeId: store.id, favourite: true })).toEqual({
      storeId: store.id,
      favourite: true,
    });
    await caller.favourites.set({ storeId: store.id, favourite: true });
    expect(await db.favourite.count({ where: { userId: user.id } })).toBe(1);
    expect(await caller.favourites.ids()).toEqual([store.id]);

    await caller.favourites.set({ storeId: store.id, favourite: false });
    await caller.favourites.set({ storeId: store.id, favourite: false });
    expect(await db.favourite.count({ where: { userId: user.id } })).toBe(0);
    expect(await caller.favourites.ids()).toEqual([]);
  });

  it('are each employee’s own: another one neither sees nor removes them', { tags: ['security'] }, async () => {
    const owner = await employee();
    const other = await employee();
    const store = await createStore(`Fav ${randomUUID()}`);
    await owner.caller.favourites.set({ storeId: store.id, favourite: true });

    expect(await other.caller.favourites.ids()).toEqual([]);
    expect((await other.caller.favourites.list({})).stores).toEqual([]);
    await other.caller.favourites.set({ storeId: store.id, favourite: false });
    expect(await owner.caller.favourites.ids()).toEqual([store.id]);
  });

  it('lists the favourites with the catalogue’s search and filters, latest ids first, available stores only', async () => {
    const { caller } = await employee();
    const tag = randomUUID().slice(0, 8);
    const books = await createStore(`Livres ${tag}`, { category: 'Culture' });
    const bikes = await createStore(`Vélos ${tag}`, { category: 'Sport' });
    const notFavourite = await createStore(`Autre ${tag}`);
    const gone = await createStore(`Fermé ${tag}`);
    for (const store of [books, bikes, gone]) await caller.favourites.set({ storeId: store.id, favourite: true });
    await db.store.update({ where: { id: gone.id }, data: { enabled: false } });

    expect(await caller.favourites.ids()).toEqual([gone.id, bikes.id, books.id]);
    const all = await caller.favourites.list({ search: tag });
    expect(all.stores.map((store) => store.id)).toEqual([books.id, bikes.id]);
    expect(all.total).toBe(2);
    expect(all.stores.map((store) => store.id)).not.toContain(notFavourite.id);
    const sport = await caller.favourites.list({ search: tag, category: 'Sport' });
    expect(sport.stores.map((store) => store.id)).toEqual([bikes.id]);
    // Unmarking a store that is no longer available still works.
    await caller.favourites.set({ storeId: gone.id, favourite: false });
    expect(await caller.favourites.ids()).toEqual([bikes.id, books.id]);
  });

  it('refuses an unknown store, an unavailable one and a malformed id with a clear error', async () => {
    const { user, caller } = await employee();
    const unknown = randomUUID();
    await expect(caller.favourites.set({ storeId: unknown, favourite: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No such store.',
    });
    await expect(caller.favourites.set({ storeId: unknown, favourite: false })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const closed = await createStore(`Fermé ${randomUUID()}`, { enabled: false });
    await expect(caller.favourites.set({ storeId: closed.id, favourite: true })).rejects.toMatchObject({
      code: 'UNPROCESSABLE_CONTENT',
      message: 'This store is not available at the moment.',
    });
    await expect(caller.favourites.set({ storeId: 'not-a-uuid', favourite: true })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await db.favourite.count({ where: { userId: user.id } })).toBe(0);
  });

  it('needs a signed-in employee', { tags: ['security'] }, async () => {
    const anonymous = createCaller(contextFor(db, null));
    await expect(anonymous.favourites.ids()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(anonymous.favourites.set({ storeId: randomUUID(), favourite: true })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('go with their employee', async () => {
    const { user, caller } = await employee();
    const store = await createStore(`Fav ${randomUUID()}`);
    await caller.favourites.set({ storeId: store.id, favourite: true });
    await db.user.delete({ where: { id: user.id } });
    expect(await db.favourite.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.store.count({ where: { id: store.id } })).toBe(1);
  });
});
