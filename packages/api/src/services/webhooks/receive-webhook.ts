import { type Db, recordWebhookEvent } from '@jackpot-portal/db';
import { parseWebhook } from '@jackpot-portal/jackpot-core';

import { jobInsertStatement, type JobSender } from '../../queue/enqueue-job';
import { QUEUES } from '../../queue/queues';
import type { WebhookBacklog } from '../../queue/webhook-backlog';
import { readLimitedBody } from './read-limited-body';
import { webhookSecretMatches } from './webhook-secret-matches';

export interface ReceiveWebhookDeps {
  db: Db;
  boss: JobSender;
  /** JACKPOT_WEBHOOK_SECRET; unset or empty: every call is refused (fail closed). */
  webhookSecret: string | undefined;
  /** When given and full, new events are refused with 503 until the workers catch up. */
  backlog?: WebhookBacklog;
  log?: Pick<Console, 'warn' | 'error'>;
}

export interface WebhookCall {
  /** The secret path segment the caller used. */
  secret: string | undefined;
  /** The Content-Length the caller declared, if any: above the limit, the body is never read. */
  contentLength?: number | null;
  /** The raw request body: its text, or the request's stream, read once the secret matched and up to the limit only. */
  body: string | ReadableStream<Uint8Array> | null;
}

export interface WebhookAnswer {
  status: 200 | 400 | 401 | 413 | 503;
  body: { received: boolean; duplicate?: boolean; ignored?: boolean; error?: string };
  /** For a 503: when delivering again is worth it (the Retry-After header). */
  retryAfterS?: number;
}

// How long a sender is asked to wait while the backlog is full.
const BACKLOG_RETRY_AFTER_S = 30;

// Jackpot's envelopes are a few kilobytes; anything far larger is not one.
export const MAX_WEBHOOK_BODY_BYTES = 1_000_000;

const tooLarge: WebhookAnswer = { status: 413, body: { received: false, error: 'body too large' } };

/**
 * POST /api/webhooks/jackpot/{secret}, without the framework. Authenticates by the secret
 * before anything else (the body of an unknown caller is never read, and a known one's only up
 * to the limit), records the event (its id is unique: a redelivery changes nothing) together with
 * its processing job, then answers at once. A failure to record, a missing secret or a backlog
 * too long to take more answers 503, so that Jackpot delivers again; anything else Jackpot could
 * resend unchanged answers 4xx or 200.
 */
export async function receiveWebhook(deps: ReceiveWebhookDeps, call: WebhookCall): Promise<WebhookAnswer> {
  if (!deps.webhookSecret) return { status: 503, body: { received: false, error: 'webhooks are not configured' } };
  if (!webhookSecretMatches(deps.webhookSecret, call.secret))
    return { status: 401, body: { received: false, error: 'unauthorized' } };
  if ((call.contentLength ?? 0) > MAX_WEBHOOK_BODY_BYTES) return tooLarge;
  let text: string | null;
  try {
    text = typeof call.body === 'string' ? call.body : await readLimitedBody(call.body, MAX_WEBHOOK_BODY_BYTES);
  } catch {
    return { status: 400, body: { received: false, error: 'the body could not be read' } };
  }
  if (text === null || Buffer.byteLength(text, 'utf8') > MAX_WEBHOOK_BODY_BYTES) return tooLarge;

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 400, body: { received: false, error: 'body is not JSON' } };
  }
  const parsed = parseWebhook(json);
  if (parsed.kind === 'invalid') return { status: 400, body: { received: false, error: parsed.reason } };

  if (await deps.backlog?.full())
    return {
      status: 503,
      body: { received: false, error: 'too many events waiting to be processed; please retry later' },
      retryAfterS: BACKLOG_RETRY_AFTER_S,
    };

  const envelope = parsed.kind === 'known' ? parsed.webhook : parsed.envelope;
  try {
    // The event and its processing job (keyed by the event's id, so a redelivery queues nothing
    // either) are written by one statement: both or neither, in one round trip.
    const job =
      parsed.kind === 'known'
        ? await jobInsertStatement(deps.boss, QUEUES.processWebhook, { eventId: envelope.id }, { id: envelope.id })
        : undefined;
    const recorded = await recordWebhookEvent(
      deps.db,
      {
        id: envelope.id,
        event: envelope.event,
        payload: json,
        ...(parsed.kind === 'unknown'
          ? { ignoredBecause: `unknown event "${envelope.event}": recorded, not processed` }
          : {}),
      },
      job,
    );
    return {
      status: 200,
      body: {
        received: true,
        ...(recorded ? {} : { duplicate: true }),
        ...(parsed.kind === 'unknown' ? { ignored: true } : {}),
      },
    };
  } catch (error) {
    (deps.log ?? console).error('webhook: could not record event', envelope.id, error);
    return { status: 503, body: { received: false, error: 'could not record the event; please retry' } };
  }
}
