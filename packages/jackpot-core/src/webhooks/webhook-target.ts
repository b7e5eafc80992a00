import { isCouponEventName, type CouponEventName } from '../contract/schemas/webhook';
import { type KnownWebhook, type ParsedWebhook } from './parse-webhook';

export type WebhookTarget =
  | { kind: 'voucher'; voucherId: string; notificationKey: string }
  | { kind: 'store'; storeId: string }
  | { kind: 'none' };

export type CouponWebhook = Extract<KnownWebhook, { event: CouponEventName }>;

export function isCouponWebhook(webhook: KnownWebhook): webhook is CouponWebhook {
  return isCouponEventName(webhook.event);
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §6 What a webhook asks the receiver to fetch again (GET /v2/voucher/{id} or the store).
export function webhookTarget(parsed: ParsedWebhook): WebhookTarget {
  if (parsed.kind !== 'known') return { kind: 'none' };
  const { webhook } = parsed;
  if (isCouponWebhook(webhook))
    return { kind: 'voucher', voucherId: webhook.message.voucherId, notificationKey: webhook.message.notificationKey };
  return { kind: 'store', storeId: webhook.message.storeId };
}
