import { type z } from 'zod';

import {
  isWebhookEventName,
  webhookEnvelopeSchema,
  webhookMessageSchemas,
  type WebhookEnvelope,
  type WebhookEventName,
  type WebhookMessage,
} from '../contract/schemas/webhook';

export type KnownWebhook = {
  [E in WebhookEventName]: { event: E; id: string; createdAt: string; message: WebhookMessage<E> };
}[WebhookEventName];

export type ParsedWebhook =
  | { kind: 'known'; webhook: KnownWebhook }
  // A valid envelope whose event this project does not know: kept raw, never an error.
  | { kind: 'unknown'; envelope: WebhookEnvelope }
  | { kind: 'invalid'; reason: string };

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

// "§" numbers are sections of docs/jackpot-contract.md, the Jackpot contract.
// §6 Reads a webhook body. Nothing in it is trusted: the result only says what to fetch again.
export function parseWebhook(body: unknown): ParsedWebhook {
  const envelope = webhookEnvelopeSchema.safeParse(body);
  if (!envelope.success) return { kind: 'invalid', reason: `envelope: ${describeIssues(envelope.error)}` };
  const { event, id, createdAt, message } = envelope.data;
  if (!isWebhookEventName(event)) return { kind: 'unknown', envelope: envelope.data };
  const parsedMessage = webhookMessageSchemas[event].safeParse(message);
  if (!parsedMessage.success)
    return { kind: 'invalid', reason: `${event} message: ${describeIssues(parsedMessage.error)}` };
  return { kind: 'known', webhook: { event, id, createdAt, message: parsedMessage.data } as KnownWebhook };
}
