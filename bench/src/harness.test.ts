import { parseWebhook, voucherSchema, webhookTarget } from '@jackpot-portal/jackpot-core';
import { describe, expect, it } from 'vitest';

import { unknownVoucherWebhook } from './fixtures';
import { percentile } from './load';

const voucher = voucherSchema.parse({
  id: '2d8f5c74-af4e-4e30-9b6c-3c4d5e6f7081',
  state: 'CONFIRMED',
  value: 20,
  price: 19,
  reservationDate: '2026-01-01T10:00:00.000Z',
  couponId: 'ABCDEFGHIJ',
  storeId: '0b6f3a52-8d2c-4c1e-9f4a-1a2b3c4d5e6f',
  offerId: '1c7e4b63-9e3d-4d2f-8a5b-2b3c4d5e6f70',
  notificationKey: 'order-1',
});

describe('bench harness', () => {
  it('makes distinct webhooks the portal accepts as coupon events about unknown orders', () => {
    const next = unknownVoucherWebhook(voucher);
    const [first, second] = [JSON.parse(next()), JSON.parse(next())];
    expect(first.id).not.toBe(second.id);
    const parsed = parseWebhook(first);
    expect(parsed.kind).toBe('known');
    const target = webhookTarget(parsed);
    expect(target).toMatchObject({ kind: 'voucher', voucherId: voucher.id });
    expect(target.kind === 'voucher' && target.notificationKey).not.toBe(second.message.notificationKey);
  });

  it('takes percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });
});
