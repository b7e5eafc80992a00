import { randomUUID } from 'node:crypto';

import { COUPON_EVENT_FOR_STATE, STORE_EVENTS, type Voucher } from '@jackpot-portal/jackpot-core';

import { type WebhookEnvelope } from './types';

/** §6 envelope: a fresh event id; retries of this envelope keep it. */
export function envelope(event: string, message: Record<string, unknown>, createdAt: string): WebhookEnvelope {
  return { event, id: randomUUID(), createdAt, message };
}

/** §6 `coupon/*` for the voucher's current state, or undefined for states without an event (REFUNDING). */
export function couponEnvelope(voucher: Voucher, wireVoucher: unknown, createdAt: string): WebhookEnvelope | undefined {
  const event = COUPON_EVENT_FOR_STATE[voucher.state];
  if (!event) return undefined;
  return envelope(
    event,
    {
      voucherId: voucher.id,
      notificationKey: voucher.notificationKey,
      ...(voucher.userId ? { userId: voucher.userId } : {}),
      data: wireVoucher,
    },
    createdAt,
  );
}

/** §6 `store/enabled` carries the store; `store/disabled` and `store/update` only its id. */
export function storeEnvelope(kind: 'enabled' | 'disabled' | 'update', storeId: string, wireStore: unknown, createdAt: string): WebhookEnvelope {
  const message = kind === 'enabled' ? { storeId, data: wireStore } : { storeId };
  return envelope(STORE_EVENTS[kind], message, createdAt);
}
