import {
  givesRealAdvantage,
  isAllowedValue,
  quoteByValue,
  routes,
  storeListSchema,
  type ProposedVoucher,
  type Store,
} from '@jackpot-portal/jackpot-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { pickVoucher, requirePick } from '../src/catalogue-picks';
import { expectContractError, expectRawContractError } from '../src/expectations';
import { jackpotClient, notificationKey } from '../src/jackpot';
import { rawRequest, sandboxControl } from '../src/raw-http';
import { conformanceTarget, hasSandboxControl, NEEDS_CONTROL } from '../src/target';

const client = jackpotClient();
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
let stores: Store[];

beforeAll(async () => {
  stores = await client.listStores();
});

function firstStore(): Store {
  const [first] = stores;
  if (!first) throw new Error('The target lists no store');
  return first;
}

function storeOf(proposal: ProposedVoucher): Store {
  const store = stores.find((candidate) => candidate.id === proposal.storeId);
  if (!store) throw new Error(`Proposal for unknown store ${proposal.storeId}`);
  return store;
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// A proposal must be priced by §3's formulas for its offer.
function expectPricedByContract(proposal: ProposedVoucher): void {
  const offer = storeOf(proposal).offers.find((candidate) => candidate.id === proposal.offerId);
  expect(offer, `offer ${proposal.offerId}`).toBeDefined();
  if (!offer) return;
  expect(proposal.mode).toBe(offer.mode);
  expect(quoteByValue(offer, proposal.value).priceCents).toBe(proposal.price);
}

describe('§4 GET /v2/stores', () => {
  it('lists every store in the contract shape, each saying whether it is enabled', async () => {
    const answer = await rawRequest('GET', routes.listStores(), { apiKey: conformanceTarget().apiKey });
    expect(answer.status).toBe(200);
    const parsed = storeListSchema.safeParse(answer.body);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(stores.length).toBeGreaterThan(0);
    for (const store of stores) for (const offer of store.offers) expect(offer.storeId).toBe(store.id);
  });

  it('filters by enabled, category and name', async () => {
    const enabled = await client.listStores({ enabled: true });
    expect(enabled.every((store) => store.enabled)).toBe(true);
    expect(enabled.length).toBe(stores.filter((store) => store.enabled).length);
    const disabled = await client.listStores({ enabled: false });
    expect(disabled.every((store) => !store.enabled)).toBe(true);

    const category = stores.find((store) => store.category)?.category;
    expect(category, 'a store with a category').toBeTruthy();
    const inCategory = await client.listStores({ category: category ?? '' });
    expect(inCategory.length).toBeGreaterThan(0);
    expect(inCategory.every((store) => store.category === category)).toBe(true);

    const first = firstStore();
    const named = await client.listStores({ q: first.name.slice(0, 4) });
    expect(named.map((store) => store.id)).toContain(first.id);
    expect(await client.listStores({ q: 'zzzz-no-store-has-this-name-zzzz' })).toEqual([]);
  });
});

describe('§4 GET /v2/stores/{storeId} and offers', () => {
  it('answers one store', async () => {
    const first = firstStore();
    expect(await client.getStore(first.id)).toEqual(first);
  });

  it('answers an offer with its store', async () => {
    const { store, offer } = requirePick(pickVoucher(stores), 'enabled store with an offer');
    const details = await client.getOffer(store.id, offer.id);
    expect(details).toMatchObject({ id: offer.id, storeId: store.id, mode: offer.mode, rate: offer.rate });
    expect(details.store.id).toBe(store.id);
  });

  it('answers 404 NOT_FOUND for an unknown store or offer', async () => {
    const { store } = requirePick(pickVoucher(stores), 'enabled store');
    await expectContractError(client.getStore(UNKNOWN_ID), 'NOT_FOUND');
    await expectContractError(client.getOffer(store.id, UNKNOWN_ID), 'NOT_FOUND');
    await expectContractError(client.getOffer(UNKNOWN_ID, UNKNOWN_ID), 'NOT_FOUND');
  });
});

describe('§4 proposed vouchers', () => {
  it('proposes, across stores, vouchers priced by §3 that fit the session amount', async () => {
    const session = await client.openClientSession({ amountCents: 5_000, notificationKey: notificationKey() });
    const proposals = await session.proposedVouchers();
    expect(proposals.length).toBeGreaterThan(0);
    for (const proposal of proposals) {
      expect(proposal.price).toBeLessThanOrEqual(5_000);
      expect(storeOf(proposal).enabled).toBe(true);
      expect(isAllowedValue(storeOf(proposal), proposal.value)).toBe(true);
      expectPricedByContract(proposal);
    }
  });

  it('takes a smaller amount, and caps a larger one by the session amount', async () => {
    const session = await client.openClientSession({ amountCents: 5_000, notificationKey: notificationKey() });
    for (const proposal of await session.proposedVouchers({ amountCents: 2_000 }))
      expect(proposal.price).toBeLessThanOrEqual(2_000);
    for (const proposal of await session.proposedVouchers({ amountCents: 500_000 }))
      expect(proposal.price).toBeLessThanOrEqual(5_000);
  });

  it('leaves out offers without a real bonus or discount when strict=true', async () => {
    const session = await client.openClientSession({ amountCents: 10_000, notificationKey: notificationKey() });
    const strict = await session.proposedVouchers({ strict: true });
    for (const proposal of strict)
      expect(givesRealAdvantage({ priceCents: proposal.price, valueCents: proposal.value })).toBe(true);
    const all = await session.proposedVouchers({ strict: false });
    expect(all.length).toBeGreaterThanOrEqual(strict.length);
  });

  it("proposes one store's allowed values that fit the session amount", async () => {
    const { store } = requirePick(pickVoucher(stores), 'enabled store');
    const session = await client.openClientSession({ amountCents: 20_000, notificationKey: notificationKey() });
    const proposals = await session.storeProposedVouchers(store.id);
    expect(proposals.length).toBeGreaterThan(0);
    for (const proposal of proposals) {
      expect(proposal.storeId).toBe(store.id);
      expect(proposal.price).toBeLessThanOrEqual(20_000);
      expect(isAllowedValue(store, proposal.value)).toBe(true);
      expectPricedByContract(proposal);
    }
    const values = new Set(proposals.map((proposal) => `${proposal.offerId}:${proposal.value}`));
    expect(values.size).toBe(proposals.length);
  });

  it("answers 404 for an unknown store's proposals", async () => {
    const session = await client.openClientSession({ amountCents: 1_000, notificationKey: notificationKey() });
    await expectContractError(session.storeProposedVouchers(UNKNOWN_ID), 'NOT_FOUND');
  });

  it('refuses a malformed query: 400 VALIDATION', async () => {
    const session = await client.openClientSession({ amountCents: 1_000, notificationKey: notificationKey() });
    expectRawContractError(
      await rawRequest('GET', `${routes.proposedVouchers()}?amount=lots`, { bearer: session.accessToken }),
      'VALIDATION',
    );
    expectRawContractError(
      await rawRequest('GET', `${routes.proposedVouchers()}?amount=10.001`, { bearer: session.accessToken }),
      'VALIDATION',
    );
  });
});

describe.skipIf(!hasSandboxControl())(`§4 disabled stores ${NEEDS_CONTROL}`, () => {
  it('keeps a disabled store in the listing, marked, and out of proposals', async () => {
    const { store } = requirePick(pickVoucher(stores), 'enabled store');
    await sandboxControl('POST', `/stores/${store.id}/disable`);
    try {
      const listed = (await client.listStores()).find((candidate) => candidate.id === store.id);
      expect(listed?.enabled).toBe(false);
      const session = await client.openClientSession({ amountCents: 50_000, notificationKey: notificationKey() });
      expect((await session.proposedVouchers()).some((proposal) => proposal.storeId === store.id)).toBe(false);
    } finally {
      await sandboxControl('POST', `/stores/${store.id}/enable`);
    }
  });
});
