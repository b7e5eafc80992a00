import { describe, expect, it } from 'vitest';

import { COUPON_EVENTS, STORE_EVENTS } from '../contract/schemas/webhook';
import { voucherSchema } from '../contract/schemas/voucher';
import { buildWebhookEnvelope } from './build-webhook-envelope';
import { parseWebhook } from './parse-webhook';
import { webhookRetrySchedule } from './webhook-retry-schedule';
import { webhookTarget } from './webhook-target';

const storeId = '0b6f3a52-8d2c-4c1e-9f4a-1a2b3c4d5e6f';
const voucherId = '2d8f5c74-af4e-4e30-9b6c-3c4d5e6f7081';
const voucher = voucherSchema.parse({
  id: voucherId,
  state: 'READY',
  value: 110,
  price: 100,
  reservationDate: '2026-01-01T10:00:00.000Z',
  couponId: 'ABCDEFGHIJ',
  storeId,
  offerId: '1c7e4b63-9e3d-4d2f-8a5b-2b3c4d5e6f70',
  notificationKey: 'order-1',
});

describe('webhooks', () => {
  it('round-trips a coupon event built by the sender, amounts in euros on the wire', () => {
    const envelope = buildWebhookEnvelope(
      COUPON_EVENTS.ready,
      { voucherId, notificationKey: 'order-1', data: voucher },
      { createdAt: new Date('2026-01-01T10:00:02.000Z') },
    );
    expect(envelope.message.data.value).toBe(110);
    const parsed = parseWebhook(JSON.parse(JSON.stringify(envelope)));
    expect(parsed.kind).toBe('known');
    expect(parsed.kind === 'known' && parsed.webhook.event).toBe('coupon/ready');
    expect(webhookTarget(parsed)).toEqual({ kind: 'voucher', voucherId, notificationKey: 'order-1' });
  });

  it('points store events at the store', () => {
    const parsed = parseWebhook(buildWebhookEnvelope(STORE_EVENTS.disabled, { storeId }));
    expect(webhookTarget(parsed)).toEqual({ kind: 'store', storeId });
  });

  it('keeps an unknown event raw', () => {
    const body = {
      event: 'coupon/teleported',
      id: voucherId,
      createdAt: '2026-01-01T10:00:00.000Z',
      message: { anything: 1 },
    };
    const parsed = parseWebhook(body);
    expect(parsed).toEqual({ kind: 'unknown', envelope: body });
    expect(webhookTarget(parsed)).toEqual({ kind: 'none' });
  });

  it('reports an invalid envelope or message with a reason, never throwing', () => {
    for (const body of [null, 'text', 42, [], { event: 'coupon/ready' }])
      expect(parseWebhook(body).kind).toBe('invalid');
    const badMessage = parseWebhook({
      event: 'coupon/ready',
      id: voucherId,
      createdAt: '2026-01-01T10:00:00.000Z',
      message: { voucherId: 'nope' },
    });
    expect(badMessage).toMatchObject({ kind: 'invalid', reason: expect.stringContaining('coupon/ready message') });
  });

  it('retries after 1 s, doubling, for at most five minutes', () => {
    expect(webhookRetrySchedule()).toEqual([0, 1_000, 3_000, 7_000, 15_000, 31_000, 63_000, 127_000, 255_000]);
  });

  it('scales for tests and refuses a schedule that would never end', () => {
    expect(webhookRetrySchedule({ firstRetryDelayMs: 10, backoffFactor: 2, giveUpAfterMs: 100 })).toEqual([
      0, 10, 30, 70,
    ]);
    expect(() => webhookRetrySchedule({ firstRetryDelayMs: 0, backoffFactor: 2, giveUpAfterMs: 100 })).toThrow(
      RangeError,
    );
  });
});
