import type PgBoss from 'pg-boss';

/** The pg-boss schema of the portal's queues, in the portal's own database. */
export const JOBS_SCHEMA = 'pgboss';

/** Every queue of the portal, its payload, and how its jobs are retried. */
export const QUEUES = {
  /** One recorded Jackpot webhook to act on (WebhookEvent.id). */
  processWebhook: 'webhook.process',
  /** Confirm a RESERVED voucher at Jackpot for the employee (policy allowed it). */
  confirmOrder: 'order.confirm',
  /** Re-fetch vouchers stuck in flight; settle or give up PENDING orders. Every minute. */
  reconcileOrders: 'orders.reconcile',
  /** Mirror Jackpot's whole catalogue. On start and nightly. */
  syncCatalogue: 'catalogue.sync',
  /** Tell an employee by email that a voucher is READY (one job per Notification). */
  emailVoucherReady: 'email.voucher-ready',
  /** Delete resolved webhook events older than the retention. Nightly. */
  pruneWebhookEvents: 'webhooks.prune',
  /** Close campaigns past their closing date; what their wallets have left goes back. Every 5 minutes. */
  expireCampaigns: 'campaigns.expire',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobData {
  [QUEUES.processWebhook]: { eventId: string };
  [QUEUES.confirmOrder]: { orderId: string };
  [QUEUES.reconcileOrders]: Record<string, never>;
  [QUEUES.syncCatalogue]: Record<string, never>;
  [QUEUES.emailVoucherReady]: { notificationId: string };
  [QUEUES.pruneWebhookEvents]: Record<string, never>;
  [QUEUES.expireCampaigns]: Record<string, never>;
}

// Backoff doubles the delay at each retry (pg-boss adds jitter). Every handler is idempotent,
// so plain `standard` queues suffice; senders throttle repeats with a singleton key and window.
export const QUEUE_OPTIONS: Record<QueueName, Omit<PgBoss.Queue, 'name'>> = {
  [QUEUES.processWebhook]: {
    policy: 'standard',
    retryLimit: 12,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: 60,
  },
  [QUEUES.confirmOrder]: { policy: 'standard', retryLimit: 12, retryDelay: 2, retryBackoff: true, expireInSeconds: 60 },
  [QUEUES.reconcileOrders]: {
    policy: 'standard',
    retryLimit: 2,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 300,
  },
  [QUEUES.syncCatalogue]: {
    policy: 'standard',
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 600,
  },
  [QUEUES.emailVoucherReady]: {
    policy: 'standard',
    retryLimit: 8,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 60,
  },
  [QUEUES.pruneWebhookEvents]: {
    policy: 'standard',
    retryLimit: 3,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 1_800,
  },
  [QUEUES.expireCampaigns]: {
    policy: 'standard',
    retryLimit: 3,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 600,
  },
};

/** pg-boss cron schedules (UTC). */
export const SCHEDULES = {
  [QUEUES.reconcileOrders]: '* * * * *',
  [QUEUES.syncCatalogue]: '30 3 * * *',
  [QUEUES.pruneWebhookEvents]: '15 4 * * *',
  [QUEUES.expireCampaigns]: '*/5 * * * *',
} as const;
