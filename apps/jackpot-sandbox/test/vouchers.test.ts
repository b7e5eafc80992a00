import {
  COUPON_ID_PATTERN,
  proposedVoucherListSchema,
  routes,
  voucherSchema,
  voucherUrlSchema,
} from '@jackpot-portal/jackpot-core';
import { describe, expect, it } from 'vitest';

import { eventually, type Json, pdfText, sandbox, WebhookReceiver } from './helpers';

describe('reservation', () => {
  it('reserves by value and by price: 201 with a RESERVED voucher carrying the session data', async () => {
    const sbx = await sandbox();
    const store = await sbx.findStore(
      (s) =>
        s.enabled &&
        s.voucherPossibleDiscreteValues.length === 0 &&
        s.offers.some((o: Json) => o.mode === 'BONUS' && o.rate === 10),
    );
    const offer = store.offers.find((o: Json) => o.mode === 'BONUS' && o.rate === 10);
    const token = await sbx.clientSession({ amountCents: 150_00, notificationKey: 'order-77', userId: 'user-5' });
    const { status, body } = await sbx.call('POST', routes.reserveByPrice(store.id, offer.id), {
      token,
      body: { price: 100 },
    });
    expect(status).toBe(201);
    const voucher = voucherSchema.parse(body);
    expect(body).toMatchObject({
      state: 'RESERVED',
      price: 100,
      value: 110,
      storeId: store.id,
      offerId: offer.id,
      notificationKey: 'order-77',
      userId: 'user-5',
    });
    expect(voucher.couponId).toMatch(COUPON_ID_PATTERN);
    expect(Date.parse(body.resaExpireDate) - Date.parse(body.reservationDate)).toBe(48 * 3600 * 1000);
    expect(body.reservationDate).toMatch(/\.\d{3}Z$/);

    const byValue = await sbx.call('POST', routes.reserveByValue(store.id, offer.id), {
      token: await sbx.clientSession(),
      body: { value: 55 },
    });
    expect(byValue.status).toBe(201);
    expect(byValue.body).toMatchObject({ value: 55, price: 50 });
  });

  it('derives discount prices rounded up to the cent', async () => {
    const sbx = await sandbox();
    const store = await sbx.findStore(
      (s) =>
        s.enabled &&
        s.voucherPossibleDiscreteValues.length === 0 &&
        s.offers.some((o: Json) => o.mode === 'DISCOUNT' && o.rate === 7),
    );
    const offer = store.offers.find((o: Json) => o.mode === 'DISCOUNT' && o.rate === 7);
    const { body } = await sbx.call('POST', routes.reserveByValue(store.id, offer.id), {
      token: await sbx.clientSession(),
      body: { value: 33 },
    });
    expect(body).toMatchObject({ value: 33, price: 30.69 });
  });

  it('one session reserves one voucher: a second reservation is 409 SESSION_CONSUMED', async () => {
    const sbx = await sandbox();
    const { store, offer, token } = await sbx.reserve();
    const second = await sbx.call('POST', routes.reserveByValue(store.id, offer.id), { token, body: { value: 50 } });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('SESSION_CONSUMED');
  });

  it('refuses with 422 (above the session amount, value not allowed, disabled store) without consuming the session', async () => {
    const sbx = await sandbox();
    const store = await sbx.findStore((s) => s.enabled && s.voucherPossibleDiscreteValues.includes(50));
    const offer = store.offers[0];
    const token = await sbx.clientSession({ amountCents: 30_00 });
    const above = await sbx.call('POST', routes.reserveByValue(store.id, offer.id), { token, body: { value: 50 } });
    expect(above.status).toBe(422);
    expect(above.body.error.code).toBe('AMOUNT_EXCEEDS_SESSION');
    const notAllowed = await sbx.call('POST', routes.reserveByValue(store.id, offer.id), {
      token,
      body: { value: 12.5 },
    });
    expect(notAllowed.status).toBe(422);
    expect(notAllowed.body.error.code).toBe('VALUE_NOT_ALLOWED');

    const disabled = await sbx.findStore((s) => !s.enabled);
    const refused = await sbx.call('POST', routes.reserveByPrice(disabled.id, disabled.offers[0].id), {
      token,
      body: { price: 10 },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('STORE_DISABLED');

    const smallest = Math.min(...(store.voucherPossibleDiscreteValues as number[]));
    const ok = await sbx.call('POST', routes.reserveByValue(store.id, offer.id), { token, body: { value: smallest } });
    expect(ok.status).toBe(201);
  });

  it('404 for an offer of another store, 400 for a bad body', async () => {
    const sbx = await sandbox();
    const [a, b] = [await sbx.findStore((s) => s.name === 'Fnac'), await sbx.findStore((s) => s.name === 'Darty')];
    const token = await sbx.clientSession();
    const foreign = await sbx.call('POST', routes.reserveByValue(a.id, b.offers[0].id), { token, body: { value: 50 } });
    expect(foreign.status).toBe(404);
    const bad = await sbx.call('POST', routes.reserveByValue(a.id, a.offers[0].id), {
      token,
      body: { value: 'fifty' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('value');
    const tooPrecise = await sbx.call('POST', routes.reserveByPrice(a.id, a.offers[0].id), {
      token,
      body: { price: 10.001 },
    });
    expect(tooPrecise.status).toBe(400);
  });
});

describe('proposed vouchers', () => {
  it('proposes one voucher per offer across enabled stores, capped by the session amount; strict drops rate-0 offers', async () => {
    const sbx = await sandbox();
    const token = await sbx.clientSession({ amountCents: 100_00 });
    const all = await sbx.call('GET', routes.proposedVouchers(), { token });
    expect(all.status).toBe(200);
    const list = proposedVoucherListSchema.parse(all.body);
    expect(list.vouchers.length).toBeGreaterThan(20);
    expect(list.vouchers.every((v) => v.price <= 100_00)).toBe(true);
    const strict = await sbx.call('GET', `${routes.proposedVouchers()}?strict=true`, { token });
    expect(strict.body.vouchers.length).toBeLessThan(all.body.vouchers.length);
    expect(strict.body.vouchers.every((v: Json) => v.value > v.price)).toBe(true);
    const capped = await sbx.call('GET', `${routes.proposedVouchers()}?amount=500`, { token });
    expect(capped.body).toEqual(all.body);
    const smaller = await sbx.call('GET', `${routes.proposedVouchers()}?amount=20`, { token });
    expect(smaller.body.vouchers.every((v: Json) => v.price <= 20)).toBe(true);
  });

  it('proposes a store’s allowed values that fit the session amount', async () => {
    const sbx = await sandbox();
    const store = await sbx.findStore((s) => s.enabled && s.voucherPossibleDiscreteValues.length > 0);
    const token = await sbx.clientSession({ amountCents: 60_00 });
    const { status, body } = await sbx.call('GET', routes.storeProposedVouchers(store.id), { token });
    expect(status).toBe(200);
    expect(body.vouchers.length).toBeGreaterThan(0);
    for (const v of body.vouchers) {
      expect(store.voucherPossibleDiscreteValues).toContain(v.value);
      expect(v.price).toBeLessThanOrEqual(60);
    }
  });
});

describe('voucher life cycle', () => {
  it('confirm → READY after the delay, with a signed URL and a PDF showing the value', async () => {
    const sbx = await sandbox({ readyDelayMs: 2_000 });
    const m2m = await sbx.m2mSession();
    const { voucher, store } = await sbx.reserve();
    const confirmed = await sbx.call('PUT', routes.confirmVoucher(voucher.id), { token: m2m });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ state: 'CONFIRMED', confirmDate: expect.any(String) });
    expect((await sbx.call('GET', routes.getVoucherUrl(voucher.id), { token: m2m })).body.error.code).toBe(
      'INVALID_STATE',
    );

    await sbx.control('POST', '/clock/advance', { ms: 2_000 });
    const ready = await sbx.call('GET', routes.getVoucher(voucher.id), { token: m2m });
    expect(ready.body.state).toBe('READY');
    expect(ready.body.signedUrl).toMatch(
      new RegExp(`^${sbx.url}/files/vouchers/${voucher.id}\\.pdf\\?expires=\\d+&signature=`),
    );

    const attachment = await fetch(`${sbx.url}${routes.getVoucherAttachment(voucher.id)}`, {
      headers: { authorization: `Bearer ${m2m}` },
    });
    expect(attachment.headers.get('content-type')).toBe('application/pdf');
    const pdf = new Uint8Array(await attachment.arrayBuffer());
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('50,00 €');
    expect(text).toContain(store.name);
    expect(text).toContain(voucher.couponId);

    const viaUrl = await fetch(ready.body.signedUrl);
    expect(viaUrl.status).toBe(200);
    expect(
      Buffer.from(await viaUrl.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('READY comes by itself after SANDBOX_READY_DELAY_MS of real time', async () => {
    const sbx = await sandbox({ readyDelayMs: 50 });
    const m2m = await sbx.m2mSession();
    const { voucher } = await sbx.reserve();
    await sbx.call('PUT', routes.confirmVoucher(voucher.id), { token: m2m });
    await eventually(async () =>
      expect((await sbx.call('GET', routes.getVoucher(voucher.id), { token: m2m })).body.state).toBe('READY'),
    );
  });

  it('signed URLs expire after one hour and refuse tampering', async () => {
    const sbx = await sandbox({ readyDelayMs: 0 });
    const m2m = await sbx.m2mSession();
    const { voucher } = await sbx.reserve();
    await sbx.call('PUT', routes.confirmVoucher(voucher.id), { token: m2m });
    await sbx.control('POST', '/clock/advance', { ms: 1 });
    const { body } = await sbx.call('GET', routes.getVoucherUrl(voucher.id), { token: m2m });
    const { signedUrl, expiresAt } = voucherUrlSchema.parse(body);
    expect(Date.parse(expiresAt) - sbx.sandbox.clock.now()).toBeGreaterThan(3_590_000);

    const url = new URL(signedUrl);
    const tamperedExpiry = new URL(url);
    tamperedExpiry.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 3600));
    const tamperedSignature = new URL(url);
    tamperedSignature.searchParams.set('signature', `${url.searchParams.get('signature')!.slice(0, -2)}xx`);
    const otherVoucher = signedUrl.replace(voucher.id, '00000000-0000-4000-8000-000000000000');
    for (const bad of [tamperedExpiry.href, tamperedSignature.href, otherVoucher, `${url.origin}${url.pathname}`]) {
      const answer = await fetch(bad);
      expect(answer.status).toBe(403);
      expect(((await answer.json()) as Json).error.message).toMatch(/Signature/);
    }

    expect((await fetch(signedUrl)).status).toBe(200);
    await sbx.control('POST', '/clock/advance', { ms: 3_600_000 });
    const expired = await fetch(signedUrl);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as Json).error.message).toMatch(/expired/);
  });

  it('cancel from RESERVED; repeats answer 200 unchanged; illegal transitions are 409 INVALID_STATE', async () => {
    const sbx = await sandbox();
    const m2m = await sbx.m2mSession();
    const { voucher } = await sbx.reserve();
    const canceled = await sbx.call('PUT', routes.cancelVoucher(voucher.id), { token: m2m });
    expect(canceled.body).toMatchObject({ state: 'CANCELED', canceledDate: expect.any(String) });
    const repeat = await sbx.call('PUT', routes.cancelVoucher(voucher.id), { token: m2m });
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(canceled.body);
    const confirm = await sbx.call('PUT', routes.confirmVoucher(voucher.id), { token: m2m });
    expect(confirm.status).toBe(409);
    expect(confirm.body.error.code).toBe('INVALID_STATE');

    const { voucher: other } = await sbx.reserve();
    await sbx.call('PUT', routes.confirmVoucher(other.id), { token: m2m });
    expect((await sbx.call('PUT', routes.confirmVoucher(other.id), { token: m2m })).status).toBe(200);
    const cancelConfirmed = await sbx.call('PUT', routes.cancelVoucher(other.id), { token: m2m });
    expect(cancelConfirmed.status).toBe(409);
    expect(cancelConfirmed.body.error.code).toBe('INVALID_STATE');
    expect(
      (await sbx.call('GET', routes.getVoucher('00000000-0000-4000-8000-000000000000'), { token: m2m })).status,
    ).toBe(404);
  });

  it('refund: NOT_REFUNDABLE for stores that refuse, INVALID_STATE from RESERVED, REFUNDING then the store policy decides', async () => {
    const sbx = await sandbox({ readyDelayMs: 0 });
    const m2m = await sbx.m2mSession();
    const { voucher: plain } = await sbx.reserve({ refundable: false });
    await sbx.call('PUT', routes.confirmVoucher(plain.id), { token: m2m });
    const refused = await sbx.call('PUT', routes.refundVoucher(plain.id), { token: m2m });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('NOT_REFUNDABLE');

    const { voucher, store } = await sbx.reserve({ refundable: true });
    expect((await sbx.call('PUT', routes.refundVoucher(voucher.id), { token: m2m })).body.error.code).toBe(
      'INVALID_STATE',
    );
    await sbx.control('PUT', `/stores/${store.id}/refund-policy`, { outcome: 'accept', delayMs: 5_000 });
    await sbx.call('PUT', routes.confirmVoucher(voucher.id), { token: m2m });
    const refunding = await sbx.call('PUT', routes.refundVoucher(voucher.id), { token: m2m });
    expect(refunding.body.state).toBe('REFUNDING');
    expect((await sbx.call('PUT', routes.refundVoucher(voucher.id), { token: m2m })).status).toBe(200);
    await sbx.control('POST', '/clock/advance', { ms: 5_000 });
    const refunded = await sbx.call('GET', routes.getVoucher(voucher.id), { token: m2m });
    expect(refunded.body).toMatchObject({ state: 'REFUNDED', refundDate: expect.any(String) });
  });

  it('refund outcome per store: reject after a delay, or manual resolution through the control API', async () => {
    const sbx = await sandbox({ readyDelayMs: 0 });
    const m2m = await sbx.m2mSession();
    const { voucher, store } = await sbx.reserve({ refundable: true });
    await sbx.control('PUT', `/stores/${store.id}/refund-policy`, { outcome: 'reject', delayMs: 1_000 });
    await sbx.call('PUT', routes.confirmVoucher(voucher.id), { token: m2m });
    await sbx.call('PUT', routes.refundVoucher(voucher.id), { token: m2m });
    await sbx.control('POST', '/clock/advance', { ms: 1_000 });
    expect((await sbx.call('GET', routes.getVoucher(voucher.id), { token: m2m })).body.state).toBe('REFUND_REJECTED');

    await sbx.control('PUT', `/stores/${store.id}/refund-policy`, { outcome: 'manual' });
    const { voucher: second } = await sbx.reserve({ refundable: true });
    await sbx.call('PUT', routes.confirmVoucher(second.id), { token: m2m });
    await sbx.call('PUT', routes.refundVoucher(second.id), { token: m2m });
    await sbx.control('POST', '/clock/advance', { ms: 600_000 });
    expect((await sbx.call('GET', routes.getVoucher(second.id), { token: m2m })).body.state).toBe('REFUNDING');
    const resolved = await sbx.control('POST', `/vouchers/${second.id}/refund-resolution`, { outcome: 'accept' });
    expect(resolved.body.state).toBe('REFUNDED');
    expect((await sbx.control('POST', `/vouchers/${second.id}/refund-resolution`, { outcome: 'reject' })).status).toBe(
      409,
    );
  });

  it('an unconfirmed reservation is CANCELED at resaExpireDate, with a coupon/canceled webhook', async () => {
    const receiver = await WebhookReceiver.start();
    const sbx = await sandbox({ webhookUrl: receiver.url, reservationTtlS: 600 });
    const m2m = await sbx.m2mSession();
    const { voucher } = await sbx.reserve();
    await sbx.control('POST', '/clock/advance', { ms: 599_000 });
    expect((await sbx.call('GET', routes.getVoucher(voucher.id), { token: m2m })).body.state).toBe('RESERVED');
    await sbx.control('POST', '/clock/advance', { ms: 1_000 });
    expect((await sbx.call('GET', routes.getVoucher(voucher.id), { token: m2m })).body.state).toBe('CANCELED');
    const event = await eventually(() => {
      const [canceled] = receiver.events('coupon/canceled');
      expect(canceled).toBeDefined();
      return canceled;
    });
    expect(event.message).toMatchObject({
      voucherId: voucher.id,
      notificationKey: voucher.notificationKey,
      data: { state: 'CANCELED' },
    });
  });

  it('POST /_sandbox/reservations/expire expires reservations at once', async () => {
    const sbx = await sandbox();
    const { voucher } = await sbx.reserve();
    const { body } = await sbx.control('POST', '/reservations/expire', {});
    expect(body.expired).toEqual([voucher.id]);
  });
});

describe('confirmation modes', () => {
  it('auto-confirm confirms every reservation, unless the JWT says forceManualConfirm', async () => {
    const sbx = await sandbox({ autoConfirm: true, readyDelayMs: 1_000 });
    const { voucher } = await sbx.reserve();
    expect(voucher).toMatchObject({ state: 'CONFIRMED', confirmDate: expect.any(String) });
    const { voucher: manual } = await sbx.reserve({ forceManualConfirm: true });
    expect(manual.state).toBe('RESERVED');
    await sbx.control('POST', '/clock/advance', { ms: 1_000 });
    const m2m = await sbx.m2mSession();
    expect((await sbx.call('GET', routes.getVoucher(voucher.id), { token: m2m })).body.state).toBe('READY');
  });

  it('auto-confirm can be switched on at run time', async () => {
    const sbx = await sandbox();
    expect((await sbx.reserve()).voucher.state).toBe('RESERVED');
    const settings = await sbx.control('PATCH', '/settings', { autoConfirm: true });
    expect(settings.body.autoConfirm).toBe(true);
    expect((await sbx.reserve()).voucher.state).toBe('CONFIRMED');
  });
});
