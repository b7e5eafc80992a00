import { parseWebhook, routes, webhookEnvelopeSchema } from '@jackpot-portal/jackpot-core';
import { describe, expect, it } from 'vitest';

import { attemptOffsets } from '../src/webhooks/schedule';
import { eventually, sandbox, WebhookReceiver } from './helpers';

describe('retry schedule', () => {
  it('defaults to the contract: attempts at 0, 1 s, 3 s, 7 s … within five minutes', () => {
    const offsets = attemptOffsets({ firstRetryDelayMs: 1_000, giveUpAfterMs: 300_000, attemptTimeoutMs: 10_000 });
    expect(offsets.slice(0, 5)).toEqual([0, 1_000, 3_000, 7_000, 15_000]);
    expect(offsets.at(-1)).toBeLessThanOrEqual(300_000);
  });
});

describe('webhook delivery', () => {
  // "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
  it('emits the §6 envelope for every voucher step, in the contract shape', async () => {
    const receiver = await WebhookReceiver.start();
    const sbx = await sandbox({ webhookUrl: receiver.url, readyDelayMs: 0 });
    const m2m = await sbx.m2mSession();
    const { voucher, store } = await sbx.reserve({ refundable: true });
    await sbx.control('PUT', `/stores/${store.id}/refund-policy`, { outcome: 'accept', delayMs: 0 });
    await sbx.call('PUT', routes.confirmVoucher(voucher.id), { token: m2m });
    await sbx.control('POST', '/clock/advance', { ms: 1 });
    await sbx.call('PUT', routes.refundVoucher(voucher.id), { token: m2m });
    await sbx.control('POST', '/clock/advance', { ms: 1 });
    // At least once (§6): under load an attempt can outlast its 500 ms timeout and be delivered
    // again with the same id, so the events are counted by id.
    const distinct = () => [...new Map(receiver.events().map((event) => [event.id, event])).values()];
    await eventually(() => expect(distinct()).toHaveLength(4));
    const events = distinct();
    expect(events.map((e) => e.event).sort()).toEqual(
      ['coupon/confirmed', 'coupon/ready', 'coupon/refunded', 'coupon/reserved'].sort(),
    );
    for (const event of events) {
      webhookEnvelopeSchema.parse(event);
      expect(parseWebhook(event).kind).toBe('known');
      expect(event.message).toMatchObject({ voucherId: voucher.id, notificationKey: voucher.notificationKey });
    }
    expect(events.find((e) => e.event === 'coupon/ready').message.data.signedUrl).toMatch(/signature=/);
  });

  it('retries a failing receiver with the same event id until it answers 200, then stops', async () => {
    const receiver = await WebhookReceiver.start();
    receiver.respond = (_, index) => (index < 2 ? 500 : 200);
    const sbx = await sandbox({ webhookUrl: receiver.url });
    await sbx.reserve();
    const [delivery] = await eventually(async () => {
      const { body } = await sbx.control('GET', '/deliveries?event=coupon/reserved');
      expect(body.deliveries[0].state).toBe('delivered');
      return body.deliveries;
    });
    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.events().map((e) => e.id))).toEqual(new Set([delivery.eventId]));
    expect(delivery.attempts.map((a: { status: number }) => a.status)).toEqual([500, 500, 200]);
    expect(delivery.attempts[0]).toMatchObject({
      number: 1,
      latencyMs: expect.any(Number),
      error: 'Expected HTTP 200, got 500',
    });
    // Scaled schedule: attempts start 0, 20 and 60 ms after the first (1 s, 3 s in production).
    const starts = delivery.attempts.map(
      (a: { startedAt: string }) => Date.parse(a.startedAt) - Date.parse(delivery.attempts[0].startedAt),
    );
    expect(starts[1]).toBeGreaterThanOrEqual(19);
    expect(starts[2]).toBeGreaterThanOrEqual(59);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received).toHaveLength(3);
  });

  it('gives up after the window, logs timeouts and unreachable receivers', async () => {
    const receiver = await WebhookReceiver.start();
    receiver.respond = () => new Promise((resolve) => setTimeout(() => resolve(200), 300));
    const sbx = await sandbox({
      webhookUrl: receiver.url,
      webhookRetry: { firstRetryDelayMs: 20, giveUpAfterMs: 100, attemptTimeoutMs: 50 },
    });
    await sbx.reserve();
    const delivery = await eventually(async () => {
      const { body } = await sbx.control('GET', '/deliveries');
      expect(body.deliveries[0].state).toBe('failed');
      return body.deliveries[0];
    });
    expect(delivery.attempts.length).toBe(3);
    expect(delivery.attempts[0].error).toBe('Timed out after 50 ms');
    expect(delivery.note).toMatch(/Gave up after 3 attempts/);

    await sbx.control('PATCH', '/settings', { webhookUrl: 'http://127.0.0.1:9/unreachable' });
    await sbx.reserve();
    const unreachable = await eventually(async () => {
      const { body } = await sbx.control('GET', '/deliveries?state=failed');
      expect(body.deliveries).toHaveLength(2);
      return body.deliveries[1];
    });
    expect(unreachable.attempts[0].error).toMatch(/ECONNREFUSED|fetch failed/);
  });

  it('logs events as skipped when no URL is configured, and redelivers an event with the same id', async () => {
    const sbx = await sandbox();
    await sbx.reserve();
    const { body } = await sbx.control('GET', '/deliveries');
    expect(body.deliveries[0]).toMatchObject({ state: 'skipped', event: 'coupon/reserved' });
    const receiver = await WebhookReceiver.start();
    await sbx.control('PATCH', '/settings', { webhookUrl: receiver.url });
    const redelivery = await sbx.control('POST', `/deliveries/${body.deliveries[0].eventId}/redeliver`);
    expect(redelivery.status).toBe(202);
    await eventually(() => expect(receiver.events()).toHaveLength(1));
    expect(receiver.events()[0].id).toBe(body.deliveries[0].eventId);
    expect((await sbx.control('POST', '/deliveries/00000000-0000-4000-8000-000000000000/redeliver')).status).toBe(404);
  });

  it('store changes emit store/disabled, store/enabled (with the store) and store/update (id only)', async () => {
    const receiver = await WebhookReceiver.start();
    const sbx = await sandbox({ webhookUrl: receiver.url });
    const store = await sbx.findStore((s) => s.name === 'Fnac');
    const disabled = await sbx.control('POST', `/stores/${store.id}/disable`);
    expect(disabled.body).toMatchObject({ changed: true, store: { enabled: false } });
    expect((await sbx.control('POST', `/stores/${store.id}/disable`)).body.changed).toBe(false);
    await sbx.control('POST', `/stores/${store.id}/enable`);
    const updated = await sbx.control('PATCH', `/stores/${store.id}`, {
      description: 'Nouvelle description',
      voucherValueMax: 300,
    });
    expect(updated.body).toMatchObject({ description: 'Nouvelle description', voucherValueMax: 300 });
    await eventually(() => expect(receiver.received).toHaveLength(3));
    const [off, on, update] = ['store/disabled', 'store/enabled', 'store/update'].map(
      (name) => receiver.events(name)[0],
    );
    expect(off.message).toEqual({ storeId: store.id });
    expect(on.message).toMatchObject({ storeId: store.id, data: { id: store.id, name: 'Fnac', enabled: true } });
    expect(update.message).toEqual({ storeId: store.id });
    const apikey = sbx.running.credentials.apiKey;
    expect((await sbx.call('GET', routes.getStore(store.id), { apikey })).body.description).toBe(
      'Nouvelle description',
    );
    expect((await sbx.call('GET', routes.listStores(), { apikey })).body.stores[0].description).toBe(
      'Nouvelle description',
    );
  });
});
