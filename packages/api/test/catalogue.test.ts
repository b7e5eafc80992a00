import { randomUUID } from 'node:crypto';

import { createDb, foldForSearch, listCatalogueCategories, listCatalogueStores } from '@jackpot-portal/db';
import { createJackpotClient, quoteByValue } from '@jackpot-portal/jackpot-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { appRouter } from '../src/root';
import { forgetCachedCatalogue } from '../src/services/catalogue/cached-catalogue';
import { fromJackpotOrMirror } from '../src/services/catalogue/jackpot-or-mirror';
import { listStoreVouchers } from '../src/services/catalogue/list-store-vouchers';
import { rateToBasisPoints } from '../src/services/catalogue/mirror-store';
import { syncCatalogue } from '../src/services/catalogue/sync-catalogue';
import { syncStore } from '../src/services/catalogue/sync-store';
import { createCallerFactory } from '../src/trpc';
import { contextFor, createUser, grant, sandboxControl, sessionUser, testJackpotClient } from './factories';

const db = createDb(inject('databaseUrl'));
afterAll(() => db.$disconnect());

const jackpot = testJackpotClient();
const callerFor = createCallerFactory(appRouter);

// A client on a port nothing listens on: every call fails at once, as when Jackpot is down.
const unreachableJackpot = createJackpotClient({
  baseUrl: 'http://127.0.0.1:9',
  apiKey: 'k',
  apiSignature: 'unreachable-signature-0123',
  clientSecret: 's',
  timeoutMs: 500,
  retry: { maxAttempts: 1 },
});

async function employeeWithBalance(cents: number) {
  const user = await createUser(db);
  if (cents > 0) await grant(db, user.id, cents);
  return sessionUser(user);
}

beforeAll(async () => {
  await syncCatalogue({ db, jackpot });
});

describe('catalogue sync', () => {
  it('fills the mirror from Jackpot: stores, categories, offers in basis points, the disabled store kept', async () => {
    const counts = await syncCatalogue({ db, jackpot });
    expect(counts.stores).toBeGreaterThanOrEqual(40);
    expect(counts.enabled).toBeLessThan(counts.stores);

    const categories = await listCatalogueCategories(db);
    expect(categories.length).toBeGreaterThanOrEqual(8);

    const fnac = await db.store.findFirstOrThrow({ where: { name: 'Fnac' }, include: { offers: true } });
    const remote = await jackpot.getStore(fnac.id);
    expect(fnac).toMatchObject({
      valueMinCents: remote.voucherValueMin,
      valueMaxCents: remote.voucherValueMax,
      category: remote.category,
      enabled: true,
    });
    expect(fnac.logoMedium).toMatch(/^http/);
    expect(fnac.offers.map((offer) => offer.rateBasisPoints).sort()).toEqual(
      remote.offers.map((offer) => Math.round(offer.rate * 100)).sort(),
    );

    const goSport = await db.store.findFirstOrThrow({ where: { slug: 'go-sport' } });
    expect(goSport.enabled).toBe(false);
    const browsed = await listCatalogueStores(db, { pageSize: 100 });
    expect(browsed.stores.map((store) => store.id)).not.toContain(goSport.id);
    expect(browsed.total).toBeGreaterThanOrEqual(40);
  });

  it('is idempotent: a second sync leaves the same rows', async () => {
    const ids = (await jackpot.listStores()).map((store) => store.id);
    const snapshot = async () => ({
      stores: await db.store.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' }, omit: { syncedAt: true } }),
      offers: await db.offer.findMany({ where: { storeId: { in: ids } }, orderBy: { id: 'asc' } }),
    });
    const before = await snapshot();
    await syncCatalogue({ db, jackpot });
    expect(await snapshot()).toEqual(before);
  });

  it('marks a store Jackpot no longer lists as disabled, without deleting it', async () => {
    const gone = await db.store.create({
      data: {
        id: randomUUID(),
        name: 'Vanished store',
        valueMinCents: 1000,
        valueMaxCents: 5000,
        discreteValuesCents: [],
        enabled: true,
        refundable: false,
      },
    });
    const counts = await syncCatalogue({ db, jackpot });
    expect(counts.missingDisabled).toBeGreaterThanOrEqual(1);
    expect(await db.store.findUniqueOrThrow({ where: { id: gone.id } })).toMatchObject({ enabled: false });

    const goneAgain = await db.store.create({
      data: {
        id: randomUUID(),
        name: 'Vanished too',
        valueMinCents: 1000,
        valueMaxCents: 5000,
        discreteValuesCents: [],
        enabled: true,
        refundable: false,
      },
    });
    expect(await syncStore({ db, jackpot }, { storeId: goneAgain.id })).toBe('disabled');
    expect(await db.store.findUniqueOrThrow({ where: { id: goneAgain.id } })).toMatchObject({ enabled: false });
  });

  it('follows a store disabled, changed and enabled again in Jackpot', async () => {
    const store = await db.store.findFirstOrThrow({ where: { enabled: true, name: 'Nature & Découvertes' } });
    try {
      await sandboxControl(`stores/${store.id}/disable`, {});
      expect(await syncStore({ db, jackpot }, { storeId: store.id })).toBe('disabled');
      expect(await db.store.findUniqueOrThrow({ where: { id: store.id } })).toMatchObject({ enabled: false });
    } finally {
      await sandboxControl(`stores/${store.id}/enable`, {});
    }
    expect(await syncStore({ db, jackpot }, { storeId: store.id })).toBe('updated');
    expect(await db.store.findUniqueOrThrow({ where: { id: store.id } })).toMatchObject({ enabled: true });
  });

  it('converts percent rates to basis points exactly', () => {
    expect(rateToBasisPoints(0)).toBe(0);
    expect(rateToBasisPoints(10)).toBe(1000);
    expect(rateToBasisPoints(12.5)).toBe(1250);
    expect(rateToBasisPoints(0.07)).toBe(7);
    expect(rateToBasisPoints(33.33)).toBe(3333);
    expect(() => rateToBasisPoints(1.005)).toThrow(RangeError);
  });
});

describe('catalogue browsing', () => {
  it('searches by name ignoring case and accents', async () => {
    const { stores } = await listCatalogueStores(db, { search: 'DECOUVERTES' });
    expect(stores.map((store) => store.name)).toContain('Nature & Découvertes');
    expect((await listCatalogueStores(db, { search: 'no such store at all' })).total).toBe(0);
    // LIKE wildcards in the search are plain characters.
    expect((await listCatalogueStores(db, { search: '%' })).total).toBe(0);
  });

  it('searches by what people want: category and description too, stores named so first', async () => {
    const books = (await listCatalogueStores(db, { search: 'livres' })).stores.map((store) => store.name);
    expect(books).toEqual(expect.arrayContaining(['Fnac', 'Cultura', 'Gibert Joseph']));
    const perfume = (await listCatalogueStores(db, { search: 'PARFUM' })).stores.map((store) => store.name);
    expect(perfume).toEqual(expect.arrayContaining(['Sephora', 'Marionnaud']));
    const sport = (await listCatalogueStores(db, { search: 'sport' })).stores.map((store) => store.name);
    expect(sport[0]).toBe('Intersport');
    expect(sport).toEqual(expect.arrayContaining(['Decathlon', 'Courir']));
    // Stores whose name matches come before those found by category or description.
    const namedFirst = sport.findIndex((name) => !/sport/i.test(name));
    expect(sport.slice(namedFirst).every((name) => !/sport/i.test(name))).toBe(true);
  });

  it('filters by category and by mode', async () => {
    const [first] = await listCatalogueCategories(db);
    const inCategory = await listCatalogueStores(db, { category: first!.category, pageSize: 100 });
    expect(inCategory.total).toBe(first!.stores);
    expect(inCategory.stores.every((store) => store.category === first!.category)).toBe(true);

    const bonus = await listCatalogueStores(db, { mode: 'BONUS', pageSize: 100 });
    const discount = await listCatalogueStores(db, { mode: 'DISCOUNT', pageSize: 100 });
    expect(bonus.total).toBeGreaterThan(0);
    expect(discount.total).toBeGreaterThan(0);
    expect(
      bonus.stores.every((store) => store.offers.some((offer) => offer.mode === 'BONUS' && offer.rateBasisPoints > 0)),
    ).toBe(true);
    expect(
      discount.stores.every((store) =>
        store.offers.some((offer) => offer.mode === 'DISCOUNT' && offer.rateBasisPoints > 0),
      ),
    ).toBe(true);
  });

  it('sorts by name, best rate and lowest minimum value, and pages', async () => {
    const byName = await listCatalogueStores(db, { sort: 'name', pageSize: 100 });
    const names = byName.stores.map((store) => foldForSearch(store.name));
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const byRate = (await listCatalogueStores(db, { sort: 'rate', pageSize: 100 })).stores.map((store) =>
      Math.max(-1, ...store.offers.map((offer) => offer.rateBasisPoints)),
    );
    expect(byRate).toEqual([...byRate].sort((a, b) => b - a));

    const discountRates = (await listCatalogueStores(db, { mode: 'DISCOUNT', sort: 'rate', pageSize: 100 })).stores.map(
      (store) =>
        Math.max(...store.offers.filter((offer) => offer.mode === 'DISCOUNT').map((offer) => offer.rateBasisPoints)),
    );
    expect(discountRates).toEqual([...discountRates].sort((a, b) => b - a));

    const byMin = (await listCatalogueStores(db, { sort: 'minValue', pageSize: 100 })).stores.map(
      (store) => store.valueMinCents,
    );
    expect(byMin).toEqual([...byMin].sort((a, b) => a - b));

    const page2 = await listCatalogueStores(db, { sort: 'name', pageSize: 10, page: 2 });
    expect(page2.stores.map((store) => store.id)).toEqual(byName.stores.slice(10, 20).map((store) => store.id));
    expect(page2.total).toBe(byName.total);
    const pastTheEnd = await listCatalogueStores(db, { pageSize: 10, page: 99 });
    expect(pastTheEnd).toMatchObject({ stores: [], total: byName.total });
  });

  it('is for signed-in employees only, through the router', async () => {
    await expect(callerFor(contextFor(db, null)).catalogue.list({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const caller = callerFor(contextFor(db, await employeeWithBalance(0)));
    expect((await caller.catalogue.list({ search: 'fnac' })).stores.map((store) => store.name)).toContain('Fnac');
    await expect(caller.catalogue.store({ storeId: randomUUID() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('featured stores (the landing page)', () => {
  it('are the enabled stores with the best offers, each with the rate the mirror holds, for anyone', async () => {
    forgetCachedCatalogue();
    const featured = await callerFor(contextFor(db, null)).catalogue.featured({ limit: 6 });
    expect(featured).toHaveLength(6);
    const mirror = await db.store.findMany({
      where: { id: { in: featured.map((store) => store.id) } },
      include: { offers: true },
    });
    for (const store of featured) {
      const stored = mirror.find((candidate) => candidate.id === store.id)!;
      expect(stored.enabled).toBe(true);
      const best = [...stored.offers].sort((a, b) => b.rateBasisPoints - a.rateBasisPoints)[0]!;
      expect(store.bestOffer).toEqual({ mode: best.mode, rateBasisPoints: best.rateBasisPoints });
    }
    const rates = featured.map((store) => store.bestOffer?.rateBasisPoints ?? 0);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
    const everyBest = await db.offer.aggregate({
      _max: { rateBasisPoints: true },
      where: { store: { enabled: true } },
    });
    expect(rates[0]).toBe(everyBest._max.rateBasisPoints);
  });
});

describe('the catalogue in memory', () => {
  it('answers a repeated listing from memory, and reads the mirror again once this process changed it', async () => {
    const caller = callerFor(contextFor(db, await employeeWithBalance(0)));
    // A store with fixed values, which no reservation test picks; renamed behind the portal's back.
    const store = await db.store.findFirstOrThrow({
      where: { enabled: true, NOT: { discreteValuesCents: { isEmpty: true } } },
    });
    const found = async (search: string) => (await caller.catalogue.list({ search })).total;
    try {
      expect(await found(store.name)).toBeGreaterThan(0);
      expect(await found('Zz renamed store')).toBe(0);
      await db.store.update({ where: { id: store.id }, data: { name: 'Zz renamed store' } });
      // Served from memory for a few seconds…
      expect(await found('Zz renamed store')).toBe(0);
      // …and read again as soon as this process synced any store.
      const other = await db.store.findFirstOrThrow({ where: { enabled: true, NOT: { id: store.id } } });
      await syncStore({ db, jackpot: testJackpotClient() }, { storeId: other.id });
      expect(await found('Zz renamed store')).toBe(1);
    } finally {
      await db.store.update({ where: { id: store.id }, data: { name: store.name } });
      forgetCachedCatalogue();
    }
  });
});

describe('vouchers for the balance', () => {
  it('lists the vouchers of a store the employee can afford, from Jackpot', async () => {
    const store = await db.store.findFirstOrThrow({
      where: { enabled: true, name: 'Fnac' },
      include: { offers: true },
    });
    const caller = callerFor(contextFor(db, await employeeWithBalance(10_000)));
    const result = await caller.catalogue.storeVouchers({ storeId: store.id });
    expect(result).toMatchObject({ balanceCents: 10_000, source: 'jackpot' });
    expect(result.vouchers.length).toBeGreaterThan(0);
    for (const voucher of result.vouchers) {
      expect(voucher.priceCents).toBeLessThanOrEqual(10_000);
      const offer = store.offers.find((candidate) => candidate.id === voucher.offerId)!;
      expect(voucher.rateBasisPoints).toBe(offer.rateBasisPoints);
      expect(quoteByValue({ mode: offer.mode, rate: offer.rateBasisPoints / 100 }, voucher.valueCents).priceCents).toBe(
        voucher.priceCents,
      );
    }
  });

  it('proposes vouchers across stores for the balance or a lower amount, named from the mirror', async () => {
    const caller = callerFor(contextFor(db, await employeeWithBalance(5_000)));
    const all = await caller.catalogue.forMyBalance({});
    expect(all).toMatchObject({
      balanceCents: 5_000,
      largestWalletCents: 5_000,
      amountCents: 5_000,
      source: 'jackpot',
    });
    expect(all.vouchers.length).toBeGreaterThan(10);
    expect(all.vouchers.every((voucher) => voucher.priceCents <= 5_000 && voucher.store.name.length > 0)).toBe(true);

    const lower = await caller.catalogue.forMyBalance({ amountCents: 2_000 });
    expect(lower.amountCents).toBe(2_000);
    expect(lower.vouchers.every((voucher) => voucher.priceCents <= 2_000)).toBe(true);
    await expect(caller.catalogue.forMyBalance({ amountCents: 5_001 })).rejects.toMatchObject({
      code: 'UNPROCESSABLE_CONTENT',
    });
  });

  it('returns nothing, without asking Jackpot, when the balance is zero', async () => {
    const caller = callerFor(contextFor(db, await employeeWithBalance(0), unreachableJackpot));
    const store = await db.store.findFirstOrThrow({ where: { enabled: true } });
    expect(await caller.catalogue.storeVouchers({ storeId: store.id })).toEqual({
      balanceCents: 0,
      // The general budget can pay anywhere: it is the one wallet listed, empty.
      wallets: [expect.objectContaining({ campaignName: null, availableCents: 0 })],
      source: 'none',
      vouchers: [],
    });
    expect(await caller.catalogue.forMyBalance({})).toEqual({
      balanceCents: 0,
      largestWalletCents: 0,
      amountCents: 0,
      source: 'none',
      vouchers: [],
    });
  });

  it('computes the same proposals from the mirror when Jackpot is unreachable', async () => {
    const user = await employeeWithBalance(7_500);
    const store = await db.store.findFirstOrThrow({ where: { enabled: true, name: 'Fnac' } });
    const live = callerFor(contextFor(db, user));
    const offline = callerFor(contextFor(db, user, unreachableJackpot));

    const fromJackpot = await live.catalogue.storeVouchers({ storeId: store.id });
    const computed = await offline.catalogue.storeVouchers({ storeId: store.id });
    expect(computed.source).toBe('computed-locally');
    expect(computed.vouchers).toEqual(fromJackpot.vouchers);

    const acrossFromJackpot = await live.catalogue.forMyBalance({});
    const acrossComputed = await offline.catalogue.forMyBalance({});
    expect(acrossComputed.source).toBe('computed-locally');
    expect(acrossComputed.vouchers).toEqual(acrossFromJackpot.vouchers);
  });

  it('does not wait for a slow Jackpot: past the deadline, the mirror answers', async () => {
    const slow = await fromJackpotOrMirror(
      () => new Promise<string>(() => {}),
      async () => 'mirror',
      50,
    );
    expect(slow).toEqual({ result: 'mirror', source: 'computed-locally' });
    expect(
      await fromJackpotOrMirror(
        async () => 'jackpot',
        async () => 'mirror',
        50,
      ),
    ).toEqual({ result: 'jackpot', source: 'jackpot' });

    // A Jackpot that accepts connections but never answers.
    const hanging = createJackpotClient({
      baseUrl: 'http://jackpot.invalid',
      apiKey: 'k',
      apiSignature: 'hanging-signature-0123456',
      clientSecret: 's',
      fetch: () => new Promise<Response>(() => {}),
    });
    const user = await employeeWithBalance(4_000);
    const store = await db.store.findFirstOrThrow({ where: { enabled: true, name: 'Fnac' } });
    const started = Date.now();
    const result = await listStoreVouchers(
      { db, jackpot: hanging, browseDeadlineMs: 200 },
      { storeId: store.id, userId: user.id },
    );
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(result.source).toBe('computed-locally');
    expect(result.vouchers.length).toBeGreaterThan(0);
  });
});
