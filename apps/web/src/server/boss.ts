import { createBoss, createWebhookBacklog, type WebhookBacklog } from '@jackpot-portal/api/jobs';
import type PgBoss from 'pg-boss';

import { env } from '~/env';

const globalForBoss = globalThis as unknown as { jackpotPortalBoss?: PgBoss; jackpotPortalBacklog?: WebhookBacklog };

/**
 * The process-wide pg-boss instance. Route handlers and instrumentation are bundled apart, so
 * the instance lives on globalThis: the webhook route sends jobs with the very boss that
 * instrumentation started (and that created the queues).
 */
export function getBoss(): PgBoss {
  globalForBoss.jackpotPortalBoss ??= createBoss({ databaseUrl: env.DATABASE_URL, monitorStateIntervalSeconds: 60 });
  return globalForBoss.jackpotPortalBoss;
}

/** The webhook backlog of this process (WEBHOOK_BACKLOG_LIMIT), counted at most once a second. */
export function getWebhookBacklog(): WebhookBacklog {
  globalForBoss.jackpotPortalBacklog ??= createWebhookBacklog(getBoss(), { limit: env.WEBHOOK_BACKLOG_LIMIT });
  return globalForBoss.jackpotPortalBacklog;
}
