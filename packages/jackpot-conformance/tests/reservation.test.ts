import { COUPON_ID_PATTERN, quoteByPrice, RESERVATION_TTL_S, routes, type Store } from '@jackpot-portal/jackpot-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { pickVoucher, requirePick, withRealAdvantage, type VoucherPick } from '../src/catalogue-picks';
import { expectContractError, expectRawContractError } from '../src/expectations';
import { jackpotClient, notificationKey } from '../src/jackpot';
import { rawRequest, sandboxControl } from '../src/raw-http';
import { hasSandboxControl, NEEDS_CONTROL } from '../src/target';

const client = jackpotClient();
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
let stores: Store[];
let pick: VoucherPick;

beforeAll(async () => {
  stores = await client.listStores();
  pick = requirePick(
    pickVoucher(stores, withRealAdvantage, { byPriceExact: true }),
    'enabled store with a bonus or discount offer',
  );
});

async function expectedReservationTtlS(): Promise<number> {
  if (!hasSandboxControl()) return RESERVATION_TTL_S;
  const settings = (await sandboxControl('GET', '/settings')) as { reservationTtlS: number };
  return settings.reservationTtlS;
}

// A free-range store's value between two whole euros, or a value above any store's maximum.
function notAllowedValue(store: Store): number {
  return store.voucherValueMax + 100;
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
describe('§4 reserve-voucher-by-price', () => {
  it('reserves the value the price buys (§3), for the session that asked', async () => {
    const key = notificationKey();
    const session = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: key,
      userId: 'conformance-user',
    });
    const voucher = await session.reserveByPrice(pick.store.id, pick.offer.id, pick.priceCents);
    expect(voucher).toMatchObject({
      state: 'RESERVED',
      price: pick.priceCents,
      value: quoteByPrice(pick.offer, pick.priceCents).valueCents,
      storeId: pick.store.id,
      offerId: pick.offer.id,
      notificationKey: key,
      userId: 'conformance-user',
    });
    expect(voucher.couponId).toMatch(COUPON_ID_PATTERN);
    const ttlMs = Date.parse(voucher.resaExpireDate ?? '') - Date.parse(voucher.reservationDate);
    expect(ttlMs).toBe((await expectedReservationTtlS()) * 1000);
  });

  it('answers 201 with the voucher in the contract shape', async () => {
    const session = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: notificationKey(),
    });
    const answer = await rawRequest('POST', routes.reserveByPrice(pick.store.id, pick.offer.id), {
      bearer: session.accessToken,
      rawBody: JSON.stringify({ price: pick.priceCents / 100 }),
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ state: 'RESERVED', price: pick.priceCents / 100 });
  });
});

describe('§4 reserve-voucher-by-value', () => {
  it('reserves the value at its §3 price', async () => {
    const session = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: notificationKey(),
    });
    const voucher = await session.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents);
    expect(voucher).toMatchObject({ state: 'RESERVED', value: pick.valueCents, price: pick.priceCents });
  });
});

describe('§4 reservation checks', () => {
  it('refuses a second reservation on one session: 409 SESSION_CONSUMED', async () => {
    const session = await client.openClientSession({
      amountCents: pick.priceCents * 2,
      notificationKey: notificationKey(),
    });
    await session.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents);
    // The typed session refuses by itself; the target must refuse too.
    await expectContractError(
      client.reserveByValue(session.accessToken, pick.store.id, pick.offer.id, pick.valueCents),
      'SESSION_CONSUMED',
    );
    await expectContractError(
      client.reserveByPrice(session.accessToken, pick.store.id, pick.offer.id, pick.priceCents),
      'SESSION_CONSUMED',
    );
  });

  it('refuses a price above the session amount: 422 AMOUNT_EXCEEDS_SESSION', async () => {
    const session = await client.openClientSession({
      amountCents: pick.priceCents - 1,
      notificationKey: notificationKey(),
    });
    await expectContractError(
      session.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents),
      'AMOUNT_EXCEEDS_SESSION',
    );
    await expectContractError(
      session.reserveByPrice(pick.store.id, pick.offer.id, pick.priceCents),
      'AMOUNT_EXCEEDS_SESSION',
    );
  });

  it('caps the price, not the value, by the session amount', async () => {
    const session = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: notificationKey(),
    });
    // In bonus mode the value exceeds the session amount, in discount mode the price is below the value.
    await expect(session.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents)).resolves.toMatchObject({
      price: pick.priceCents,
    });
  });

  it('refuses a value the store does not allow: 422 VALUE_NOT_ALLOWED', async () => {
    const session = await client.openClientSession({ amountCents: 1_000_000, notificationKey: notificationKey() });
    await expectContractError(
      session.reserveByValue(pick.store.id, pick.offer.id, notAllowedValue(pick.store)),
      'VALUE_NOT_ALLOWED',
    );
    const belowMin = pick.store.voucherValueMin - 100;
    if (belowMin > 0)
      await expectContractError(session.reserveByValue(pick.store.id, pick.offer.id, belowMin), 'VALUE_NOT_ALLOWED');
  });

  it('refuses by price when the derived value is not allowed: 422 VALUE_NOT_ALLOWED', async () => {
    const session = await client.openClientSession({ amountCents: 1_000_000, notificationKey: notificationKey() });
    // One cent more than an allowed value's price buys a value that is not a whole allowed one.
    const tooMuch = pick.priceCents + 1;
    expect(quoteByPrice(pick.offer, tooMuch).valueCents).toBeGreaterThan(pick.valueCents);
    await expectContractError(session.reserveByPrice(pick.store.id, pick.offer.id, tooMuch), 'VALUE_NOT_ALLOWED');
  });

  it('keeps the session open after a refused reservation', async () => {
    const session = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: notificationKey(),
    });
    await expectContractError(
      session.reserveByValue(pick.store.id, pick.offer.id, notAllowedValue(pick.store)),
      'VALUE_NOT_ALLOWED',
    );
    await expect(session.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents)).resolves.toMatchObject({
      state: 'RESERVED',
    });
  });

  it('answers 404 NOT_FOUND for an unknown store or offer', async () => {
    const session = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: notificationKey(),
    });
    await expectContractError(session.reserveByValue(UNKNOWN_ID, pick.offer.id, pick.valueCents), 'NOT_FOUND');
    await expectContractError(session.reserveByValue(pick.store.id, UNKNOWN_ID, pick.valueCents), 'NOT_FOUND');
  });

  it('refuses a malformed body: 400 VALIDATION', async () => {
    const session = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: notificationKey(),
    });
    const path = routes.reserveByPrice(pick.store.id, pick.offer.id);
    for (const rawBody of ['{}', '{"price":"ten"}', '{"price":10.001}', '{"price":-5}', 'not json']) {
      expectRawContractError(await rawRequest('POST', path, { bearer: session.accessToken, rawBody }), 'VALIDATION');
    }
    await expect(session.reserveByPrice(pick.store.id, pick.offer.id, pick.priceCents)).resolves.toMatchObject({
      state: 'RESERVED',
    });
  });

  it('refuses a store that is disabled: 422 STORE_DISABLED', async (context) => {
    const disabled = stores.find((store) => !store.enabled && store.offers.length > 0);
    if (!disabled) return context.skip('the catalogue has no disabled store');
    const offer = disabled.offers[0]!;
    const session = await client.openClientSession({ amountCents: 1_000_000, notificationKey: notificationKey() });
    await expectContractError(
      session.reserveByValue(disabled.id, offer.id, disabled.voucherValueMin),
      'STORE_DISABLED',
    );
  });
});

describe.skipIf(!hasSandboxControl())(`§4 reservation checks that steer the sandbox ${NEEDS_CONTROL}`, () => {
  it('refuses a store disabled meanwhile: 422 STORE_DISABLED', async () => {
    const session = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: notificationKey(),
    });
    await sandboxControl('POST', `/stores/${pick.store.id}/disable`);
    try {
      await expectContractError(
        session.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents),
        'STORE_DISABLED',
      );
    } finally {
      await sandboxControl('POST', `/stores/${pick.store.id}/enable`);
    }
    await expect(session.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents)).resolves.toMatchObject({
      state: 'RESERVED',
    });
  });

  it('confirms automatically when the account says so, unless the JWT forces manual confirmation', async () => {
    await sandboxControl('PATCH', '/settings', { autoConfirm: true });
    try {
      const automatic = await client.openClientSession({
        amountCents: pick.priceCents,
        notificationKey: notificationKey(),
      });
      const confirmed = await automatic.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents);
      expect(['CONFIRMED', 'READY']).toContain(confirmed.state);
      const manual = await client.openClientSession({
        amountCents: pick.priceCents,
        notificationKey: notificationKey(),
        forceManualConfirm: true,
      });
      await expect(manual.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents)).resolves.toMatchObject({
        state: 'RESERVED',
      });
    } finally {
      await sandboxControl('PATCH', '/settings', { autoConfirm: false });
    }
  });

  it('cancels an unconfirmed voucher at resaExpireDate', async () => {
    const session = await client.openClientSession({
      amountCents: pick.priceCents,
      notificationKey: notificationKey(),
    });
    const voucher = await session.reserveByValue(pick.store.id, pick.offer.id, pick.valueCents);
    const ttlMs = Date.parse(voucher.resaExpireDate ?? '') - Date.parse(voucher.reservationDate);
    await sandboxControl('POST', '/clock/advance', { ms: ttlMs - 1_000 });
    expect((await client.getVoucher(voucher.id)).state).toBe('RESERVED');
    await sandboxControl('POST', '/clock/advance', { ms: 2_000 });
    const canceled = await client.getVoucher(voucher.id);
    expect(canceled.state).toBe('CANCELED');
    expect(canceled.canceledDate).toBeTruthy();
    await expectContractError(client.confirmVoucher(voucher.id), 'INVALID_STATE');
  });
});
