import type { Db } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';
import type PgBoss from 'pg-boss';

import { syncCatalogue } from '../catalogue/sync-catalogue';
import type { SmtpSettings } from '../email/send-email';
import { sendVoucherReadyEmail } from '../notifications/send-voucher-ready-email';
import { processWebhookEvent } from '../webhooks/process-webhook-event';
import { confirmReservedOrder } from './confirm-reserved-order';
import { enqueueJob } from './enqueue-job';
import { type JobData, type QueueName, QUEUES, SCHEDULES } from './queues';
import { reconcileOrders, type ReconcileSettings } from './reconcile-orders';

export type JobLog = Pick<Console, 'info' | 'warn' | 'error'>;

export interface JobWorkerDeps {
  db: Db;
  jackpot: JackpotClient;
  /** Started with startBoss(). */
  boss: PgBoss;
  email: { smtp?: SmtpSettings; appUrl: string };
  reconcile: ReconcileSettings;
  log: JobLog;
}

export interface JobWorkerOptions {
  /** Workers per queue for webhooks and confirmations (each takes one job at a time). */
  concurrency?: number;
  /** Register the cron schedules (reconciliation every minute, catalogue nightly). */
  schedule?: boolean;
  /** Queue a catalogue sync now (at server start). */
  syncCatalogueOnStart?: boolean;
}

/**
 * Starts every worker of the portal on a started boss. Safe on several instances at once:
 * pg-boss hands each job to one worker (SKIP LOCKED), cron sends each scheduled job once, and
 * every handler is idempotent (guarded, forward-only updates; effects keyed once).
 */
export async function startJobWorkers(deps: JobWorkerDeps, options: JobWorkerOptions = {}): Promise<void> {
  const { boss, log } = deps;
  const concurrency = options.concurrency ?? 2;
  boss.on('error', (error) => log.error('pg-boss error', error));
  // Emitted every monitorStateIntervalSeconds (see createBoss) by one instance.
  boss.on('monitor-states', (states) => {
    const queues = Object.entries(states.queues).map(([name, counts]) => `${name} created=${counts.created} retry=${counts.retry} active=${counts.active} failed=${counts.failed}`);
    log.info(`jobs: ${queues.join('; ')}`);
  });

  const work = async <Q extends QueueName>(queue: Q, workers: number, handle: (data: JobData[Q]) => Promise<unknown>) => {
    for (let index = 0; index < workers; index += 1) {
      await boss.work<JobData[Q]>(queue, { batchSize: 1 }, async ([job]) => {
        if (!job) return null;
        try {
          return (await handle(job.data)) ?? null;
        } catch (error) {
          log.warn(`job ${queue} ${job.id} failed (pg-boss retries it with backoff)`, error instanceof Error ? error.message : error);
          throw error;
        }
      });
    }
  };

  await work(QUEUES.processWebhook, concurrency, (data) => processWebhookEvent(deps, data.eventId));
  await work(QUEUES.confirmOrder, concurrency, (data) => confirmReservedOrder(deps, data.orderId));
  await work(QUEUES.emailVoucherReady, 1, async (data) => (await sendVoucherReadyEmail({ db: deps.db, ...deps.email }, data.notificationId))?.via ?? null);
  await work(QUEUES.reconcileOrders, 1, () => reconcileOrders(deps, deps.reconcile));
  await work(QUEUES.syncCatalogue, 1, () => syncCatalogue(deps));

  if (options.schedule ?? true) {
    for (const [queue, cron] of Object.entries(SCHEDULES)) await boss.schedule(queue, cron, {});
  }
  if (options.syncCatalogueOnStart) await enqueueJob(boss, QUEUES.syncCatalogue, {}, { singletonKey: 'catalogue' });
}
