import { z } from 'zod';

import { type VoucherState } from '../voucher-lifecycle';
import { entityId, isoDateTime } from './euros';
import { storeSchema } from './store';
import { voucherSchema } from './voucher';

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §6 Event names: [doc] except `store/disabled` [decision].
export const STORE_EVENTS = {
  enabled: 'store/enabled',
  update: 'store/update',
  disabled: 'store/disabled',
} as const;

export const COUPON_EVENTS = {
  reserved: 'coupon/reserved',
  confirmed: 'coupon/confirmed',
  ready: 'coupon/ready',
  canceled: 'coupon/canceled',
  refunded: 'coupon/refunded',
  refundRejected: 'coupon/refund_rejected',
} as const;

export type StoreEventName = (typeof STORE_EVENTS)[keyof typeof STORE_EVENTS];
export type CouponEventName = (typeof COUPON_EVENTS)[keyof typeof COUPON_EVENTS];
export type WebhookEventName = StoreEventName | CouponEventName;

// §6 The event announcing each state; REFUNDING has none [doc].
export const COUPON_EVENT_FOR_STATE: Readonly<Record<VoucherState, CouponEventName | null>> = {
  RESERVED: COUPON_EVENTS.reserved,
  CONFIRMED: COUPON_EVENTS.confirmed,
  READY: COUPON_EVENTS.ready,
  CANCELED: COUPON_EVENTS.canceled,
  REFUNDING: null,
  REFUNDED: COUPON_EVENTS.refunded,
  REFUND_REJECTED: COUPON_EVENTS.refundRejected,
};

// §6 The envelope [doc]; the message is checked per event.
export const webhookEnvelopeSchema = z.looseObject({
  event: z.string().min(1),
  id: entityId,
  createdAt: isoDateTime,
  message: z.record(z.string(), z.unknown()),
});
export type WebhookEnvelope = z.output<typeof webhookEnvelopeSchema>;

// §6 `store/enabled`: the store id and the store [doc].
export const storeEnabledMessageSchema = z.looseObject({ storeId: entityId, data: storeSchema });
// §6 `store/update` [doc] and `store/disabled` [decision]: the store id only.
export const storeIdMessageSchema = z.looseObject({ storeId: entityId });
// §6 `coupon/*` [decision].
export const couponMessageSchema = z.looseObject({
  voucherId: entityId,
  notificationKey: z.string(),
  userId: z.string().nullish(),
  data: voucherSchema,
});

export const webhookMessageSchemas = {
  [STORE_EVENTS.enabled]: storeEnabledMessageSchema,
  [STORE_EVENTS.update]: storeIdMessageSchema,
  [STORE_EVENTS.disabled]: storeIdMessageSchema,
  [COUPON_EVENTS.reserved]: couponMessageSchema,
  [COUPON_EVENTS.confirmed]: couponMessageSchema,
  [COUPON_EVENTS.ready]: couponMessageSchema,
  [COUPON_EVENTS.canceled]: couponMessageSchema,
  [COUPON_EVENTS.refunded]: couponMessageSchema,
  [COUPON_EVENTS.refundRejected]: couponMessageSchema,
} as const satisfies Record<WebhookEventName, z.ZodType>;

export type WebhookMessage<E extends WebhookEventName> = z.output<(typeof webhookMessageSchemas)[E]>;
export type WebhookMessageWire<E extends WebhookEventName> = z.input<(typeof webhookMessageSchemas)[E]>;

export function isCouponEventName(name: string): name is CouponEventName {
  return (Object.values(COUPON_EVENTS) as string[]).includes(name);
}

export function isWebhookEventName(name: string): name is WebhookEventName {
  return Object.hasOwn(webhookMessageSchemas, name);
}
