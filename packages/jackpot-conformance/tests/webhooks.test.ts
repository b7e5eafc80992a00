import {
  COUPON_EVENTS,
  parseWebhook,
  STORE_EVENTS,
  webhookTarget,
  type KnownWebhook,
  type Store,
} from '@jackpot-portal/jackpot-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { pickVoucher, requirePick, type VoucherPick } from '../src/catalogue-picks';
import { waitFor } from '../src/expectations';
import { jackpotClient } from '../src/jackpot';
import { sandboxControl } from '../src/raw-http';
import { conformanceTarget, hasSandboxControl, NEEDS_CONTROL } from '../src/target';
import { reserve, waitForState } from '../src/vouchers';
import { startWebhookReceiver, type WebhookReceiver } from '../src/webhook-receiver';

const client = jackpotClient();
let stores: Store[];
let pick: VoucherPick;
let receiver: WebhookReceiver | undefined;
let previousWebhookUrl: string | null = null;

// Only a sandbox can be told where to deliver: a real account's URL is set in Jackpot's back office.
// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
describe.skipIf(!hasSandboxControl())(`§6 webhooks ${NEEDS_CONTROL}`, () => {
  beforeAll(async () => {
    stores = await client.listStores();
    pick = requirePick(pickVoucher(stores), 'enabled store with an offer');
  });

  async function listen(answer?: Parameters<typeof startWebhookReceiver>[0]): Promise<WebhookReceiver> {
    const settings = (await sandboxControl('GET', '/settings')) as { webhookUrl?: string };
    previousWebhookUrl = settings.webhookUrl ?? null;
    receiver = await startWebhookReceiver(answer);
    await sandboxControl('PATCH', '/settings', { webhookUrl: receiver.url });
    return receiver;
  }

  afterEach(async () => {
    await sandboxControl('PATCH', '/settings', { webhookUrl: previousWebhookUrl });
    await receiver?.close();
    receiver = undefined;
  });

  function knownWebhooks(from: WebhookReceiver): KnownWebhook[] {
    return from.received.flatMap(({ body }) => {
      const parsed = parseWebhook(body);
      expect(parsed.kind, JSON.stringify(body)).toBe('known');
      return parsed.kind === 'known' ? [parsed.webhook] : [];
    });
  }

  function waitForEvent(from: WebhookReceiver, event: string, about: (webhook: KnownWebhook) => boolean, count = 1) {
    return waitFor(
      async () => knownWebhooks(from).filter((webhook) => webhook.event === event && about(webhook)),
      (found) => found.length >= count,
      { timeoutMs: conformanceTarget().readyTimeoutMs + 5_000, what: `${count} × ${event}` },
    );
  }

  const aboutVoucher = (voucherId: string) => (webhook: KnownWebhook) =>
    webhookTarget({ kind: 'known', webhook }).kind === 'voucher' &&
    'voucherId' in webhook.message &&
    webhook.message.voucherId === voucherId;

  it('announces each step of a voucher, with its notificationKey and state', async () => {
    const events = await listen();
    const { voucher, session } = await reserve(client, pick, { forceManualConfirm: true, userId: 'webhook-user' });
    await client.confirmVoucher(voucher.id);
    await waitForState(client, voucher.id, 'READY');
    for (const [event, state] of [
      [COUPON_EVENTS.reserved, 'RESERVED'],
      [COUPON_EVENTS.confirmed, 'CONFIRMED'],
      [COUPON_EVENTS.ready, 'READY'],
    ] as const) {
      const [webhook] = await waitForEvent(events, event, aboutVoucher(voucher.id));
      expect(webhookTarget({ kind: 'known', webhook: webhook! })).toEqual({
        kind: 'voucher',
        voucherId: voucher.id,
        notificationKey: session.notificationKey,
      });
      expect(webhook!.message).toMatchObject({ userId: 'webhook-user', data: { id: voucher.id, state } });
    }
    const ids = knownWebhooks(events).map((webhook) => webhook.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('announces a cancellation', async () => {
    const events = await listen();
    const { voucher } = await reserve(client, pick);
    await client.cancelVoucher(voucher.id);
    const [webhook] = await waitForEvent(events, COUPON_EVENTS.canceled, aboutVoucher(voucher.id));
    expect(webhook!.message).toMatchObject({ data: { state: 'CANCELED' } });
  });

  it('retries a delivery that was not answered 200, with the same event id', async () => {
    const events = await listen((body, received) =>
      received.some((earlier) => (earlier.body as { id?: string }).id === (body as { id?: string }).id) ? 200 : 500,
    );
    const { voucher } = await reserve(client, pick);
    const deliveries = await waitForEvent(events, COUPON_EVENTS.reserved, aboutVoucher(voucher.id), 2);
    expect(deliveries[0]!.id).toBe(deliveries[1]!.id);
    expect(
      events.received
        .filter(({ body }) => (body as { id?: string }).id === deliveries[0]!.id)
        .map(({ status }) => status),
    ).toEqual([500, 200]);
  });

  it('announces store changes: disabled, enabled with the store, updated', async () => {
    const events = await listen();
    const { store } = pick;
    await sandboxControl('POST', `/stores/${store.id}/disable`);
    await sandboxControl('POST', `/stores/${store.id}/enable`);
    await sandboxControl('PATCH', `/stores/${store.id}`, { description: store.description ?? 'conformance' });
    const aboutStore = (webhook: KnownWebhook) => 'storeId' in webhook.message && webhook.message.storeId === store.id;
    await waitForEvent(events, STORE_EVENTS.disabled, aboutStore);
    const [enabled] = await waitForEvent(events, STORE_EVENTS.enabled, aboutStore);
    expect(enabled!.message).toMatchObject({ data: { id: store.id, enabled: true } });
    const [updated] = await waitForEvent(events, STORE_EVENTS.update, aboutStore);
    expect(webhookTarget({ kind: 'known', webhook: updated! })).toEqual({ kind: 'store', storeId: store.id });
  });
});
