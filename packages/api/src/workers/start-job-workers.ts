import type { Db } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';
import type PgBoss from 'pg-boss';

import { enqueueJob } from '../queue/enqueue-job';
import { QUEUES } from '../queue/queues';
import { type JobLog, logBossEvents, scheduleQueues, workQueue } from '../queue/work-queue';
import { expireCampaignWallets } from '../services/campaigns/expire-campaign-wallets';
import { syncCatalogue } from '../services/catalogue/sync-catalogue';
import type { SmtpSettings } from '../services/email/send-email';
import {
  type ComposeVoucherReadyEmail,
  sendVoucherReadyEmail,
} from '../services/notifications/send-voucher-ready-email';
import { confirmReservedOrder } from '../services/orders/confirm-reserved-order';
import { reconcileOrders, type ReconcileSettings } from '../services/orders/reconcile-orders';
import { processWebhookEvent } from '../services/webhooks/process-webhook-event';
import { DEFAULT_WEBHOOK_RETENTION_DAYS, pruneWebhookEvents } from '../services/webhooks/prune-webhook-events';

const DEFAULT_CONCURRENCY = 8;
// An idle webhook worker looks for jobs twice a second (pg-boss's minimum), so an event's effect
// shows well within a second; other queues keep pg-boss's default (2 s).
const WEBHOOK_POLLING_INTERVAL_S = 0.5;

export interface JobWorkerDeps {
  db: Db;
  jackpot: JackpotClient;
  /** Started with startBoss(). */
  boss: PgBoss;
  email: { smtp?: SmtpSettings; appUrl: string; composeVoucherReady: ComposeVoucherReadyEmail };
  reconcile: ReconcileSettings;
  /** Resolved webhook events are deleted after this many days (default 90). */
  webhookRetentionDays?: number;
  log: JobLog;
}

export interface JobWorkerOptions {
  /** Webhooks, confirmations and emails each processed side by side per instance (default 8). */
  concurrency?: number;
  /** Register the cron schedules (reconciliation every minute, catalogue nightly). */
  schedule?: boolean;
  /** Queue a catalogue sync now (at server start). */
  syncCatalogueOnStart?: boolean;
}

/**
 * Starts every worker of the portal on a started boss: the one place that says which service
 * handles each queue. Safe on several instances at once: pg-boss hands each job to one worker
 * (SKIP LOCKED), cron sends each scheduled job once, and every handler is idempotent (guarded,
 * forward-only updates; effects keyed once).
 */
export async function startJobWorkers(deps: JobWorkerDeps, options: JobWorkerOptions = {}): Promise<void> {
  const { boss, log } = deps;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  logBossEvents(boss, log);

  await workQueue(
    boss,
    QUEUES.processWebhook,
    { inFlight: concurrency, pollingIntervalSeconds: WEBHOOK_POLLING_INTERVAL_S, log },
    (data) => processWebhookEvent(deps, data),
  );
  await workQueue(boss, QUEUES.confirmOrder, { inFlight: concurrency, log }, (data) =>
    confirmReservedOrder(deps, data),
  );
  await workQueue(boss, QUEUES.emailVoucherReady, { inFlight: concurrency, log }, (data) =>
    sendVoucherReadyEmail({ db: deps.db, ...deps.email }, data),
  );
  await workQueue(boss, QUEUES.reconcileOrders, { inFlight: 1, log }, () => reconcileOrders(deps));
  await workQueue(boss, QUEUES.syncCatalogue, { inFlight: 1, log }, () => syncCatalogue(deps));
  await workQueue(boss, QUEUES.pruneWebhookEvents, { inFlight: 1, log }, async () => {
    const { deleted } = await pruneWebhookEvents(deps, {
      retentionDays: deps.webhookRetentionDays ?? DEFAULT_WEBHOOK_RETENTION_DAYS,
    });
    log.info(`webhooks: ${deleted} resolved events past their retention deleted`);
  });
  await workQueue(boss, QUEUES.expireCampaigns, { inFlight: 1, log }, async () => {
    const { campaignsClosed, walletsExpired, expiredCents } = await expireCampaignWallets(deps);
    if (campaignsClosed + walletsExpired > 0)
      log.info(`campaigns: ${campaignsClosed} closed, ${walletsExpired} wallets expired (${expiredCents} cents back)`);
  });

  if (options.schedule ?? true) await scheduleQueues(boss);
  if (options.syncCatalogueOnStart)
    await enqueueJob(boss, QUEUES.syncCatalogue, {}, { singletonKey: 'on-start', singletonSeconds: 60 });
}
