import {
  buildWebhookEnvelope,
  COUPON_EVENT_FOR_STATE,
  type Store,
  STORE_EVENTS,
  type Voucher,
} from '@jackpot-portal/jackpot-core';

import { type WebhookEnvelope } from './types';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
/** §6 `coupon/*` for the voucher's current state, or undefined for states without an event (REFUNDING). */
export function couponEnvelope(voucher: Voucher, createdAt: number): WebhookEnvelope | undefined {
  const event = COUPON_EVENT_FOR_STATE[voucher.state];
  if (!event) return undefined;
  const message = {
    voucherId: voucher.id,
    notificationKey: voucher.notificationKey,
    ...(voucher.userId ? { userId: voucher.userId } : {}),
    data: voucher,
  };
  return buildWebhookEnvelope(event, message, { createdAt: new Date(createdAt) });
}

/** §6 `store/enabled` carries the store; `store/disabled` and `store/update` only its id. */
export function storeEnvelope(
  kind: 'enabled' | 'disabled' | 'update',
  store: Store,
  createdAt: number,
): WebhookEnvelope {
  const options = { createdAt: new Date(createdAt) };
  if (kind === 'enabled')
    return buildWebhookEnvelope(STORE_EVENTS.enabled, { storeId: store.id, data: store }, options);
  return buildWebhookEnvelope(STORE_EVENTS[kind], { storeId: store.id }, options);
}
