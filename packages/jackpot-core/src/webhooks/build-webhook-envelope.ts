import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import {
  webhookMessageSchemas,
  type WebhookEventName,
  type WebhookMessage,
  type WebhookMessageWire,
} from '../contract/schemas/webhook';

export interface WebhookEnvelopeWire<E extends WebhookEventName = WebhookEventName> {
  event: E;
  id: string;
  createdAt: string;
  message: WebhookMessageWire<E>;
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §6 The JSON a sender POSTs, amounts encoded back to euros. Retries of one delivery must reuse
// the same envelope (same `id`).
export function buildWebhookEnvelope<E extends WebhookEventName>(
  event: E,
  message: WebhookMessage<E>,
  options: { id?: string; createdAt?: Date } = {},
): WebhookEnvelopeWire<E> {
  // TypeScript cannot tie the indexed schema to E; the map's `satisfies` check guarantees it.
  const schema = webhookMessageSchemas[event] as z.ZodType;
  return {
    event,
    id: options.id ?? randomUUID(),
    createdAt: (options.createdAt ?? new Date()).toISOString(),
    message: z.encode(schema, message) as WebhookMessageWire<E>,
  };
}
