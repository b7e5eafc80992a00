import type { Db } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';
import type PgBoss from 'pg-boss';

import { syncCatalogue } from '../catalogue/sync-catalogue';
import type { SmtpSettings } from '../email/send-email';
import { sendVoucherReadyEmail } from '../notifications/send-voucher-ready-email';
import { processWebhookEvent } from '../webhooks/process-webhook-event';
import { DEFAULT_WEBHOOK_RETENTION_DAYS, pruneWebhookEvents } from '../webhooks/prune-webhook-events';
import { confirmReservedOrder } from './confirm-reserved-order';
import { enqueueJob } from './enqueue-job';
import { type JobData, type QueueName, QUEUES, SCHEDULES } from './queues';
import { reconcileOrders, type ReconcileSettings } from './reconcile-orders';

export type JobLog = Pick<Console, 'info' | 'warn' | 'error'>;

const DEFAULT_CONCURRENCY = 8;
// Jobs per fetch: small, so that a slow one (a Jackpot call near its timeout) delays few others.
const BATCH_SIZE = 4;
// An idle webhook worker looks for jobs twice a second (pg-boss's minimum), so an event's effect
// shows well within a second; other queues keep pg-boss's default (2 s).
const WEBHOOK_POLLING_INTERVAL_S = 0.5;

export interface JobWorkerDeps {
  db: Db;
  jackpot: JackpotClient;
  /** Started with startBoss(). */
  boss: PgBoss;
  email: { smtp?: SmtpSettings; appUrl: string };
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
 * Starts every worker of the portal on a started boss. Safe on several instances at once:
 * pg-boss hands each job to one worker (SKIP LOCKED), cron sends each scheduled job once, and
 * every handler is idempotent (guarded, forward-only updates; effects keyed once).
 */
export async function startJobWorkers(deps: JobWorkerDeps, options: JobWorkerOptions = {}): Promise<void> {
  const { boss, log } = deps;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  boss.on('error', (error) => log.error('pg-boss error', error));
  // Emitted every monitorStateIntervalSeconds (see createBoss) by one instance.
  boss.on('monitor-states', (states) => {
    const queues = Object.entries(states.queues).map(
      ([name, counts]) =>
        `${name} created=${counts.created} retry=${counts.retry} active=${counts.active} failed=${counts.failed}`,
    );
    log.info(`jobs: ${queues.join('; ')}`);
  });

  // `concurrency` jobs in flight per queue: several pg-boss workers, each fetching small batches
  // and running them side by side, so that one slow job holds up only its own batch. A job that
  // throws is failed alone (pg-boss schedules its retry); the others complete.
  const work = async <Q extends QueueName>(
    queue: Q,
    inFlight: number,
    handle: (data: JobData[Q]) => Promise<unknown>,
    pollingIntervalSeconds?: number,
  ) => {
    const batchSize = Math.min(inFlight, BATCH_SIZE);
    for (let count = 0; count < Math.ceil(inFlight / batchSize); count += 1) {
      // Known once work() returns, before its first fetch can have answered.
      const worker: { id?: string } = {};
      worker.id = await boss.work<JobData[Q]>(
        queue,
        { batchSize, ...(pollingIntervalSeconds ? { pollingIntervalSeconds } : {}) },
        async (jobs) => {
          // A full batch means more are likely waiting: fetch again as soon as this one is done
          // instead of waiting out the polling interval (pg-boss's default), so a backlog drains
          // at full speed.
          if (jobs.length === batchSize && worker.id) boss.notifyWorker(worker.id);
          await Promise.all(
            jobs.map(async (job) => {
              try {
                await handle(job.data);
              } catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                log.warn(`job ${queue} ${job.id} failed (pg-boss retries it with backoff): ${message}`);
                await boss.fail(queue, job.id, { message });
              }
            }),
          );
        },
      );
    }
  };

  await work(
    QUEUES.processWebhook,
    concurrency,
    (data) => processWebhookEvent(deps, data.eventId),
    WEBHOOK_POLLING_INTERVAL_S,
  );
  await work(QUEUES.confirmOrder, concurrency, (data) => confirmReservedOrder(deps, data.orderId));
  await work(QUEUES.emailVoucherReady, concurrency, (data) =>
    sendVoucherReadyEmail({ db: deps.db, ...deps.email }, data.notificationId),
  );
  await work(QUEUES.reconcileOrders, 1, () => reconcileOrders(deps, deps.reconcile));
  await work(QUEUES.syncCatalogue, 1, () => syncCatalogue(deps));
  await work(QUEUES.pruneWebhookEvents, 1, async () => {
    const { deleted } = await pruneWebhookEvents(deps, {
      retentionDays: deps.webhookRetentionDays ?? DEFAULT_WEBHOOK_RETENTION_DAYS,
    });
    log.info(`webhooks: ${deleted} resolved events past their retention deleted`);
  });

  if (options.schedule ?? true) {
    for (const [queue, cron] of Object.entries(SCHEDULES)) await boss.schedule(queue, cron, {});
  }
  if (options.syncCatalogueOnStart)
    await enqueueJob(boss, QUEUES.syncCatalogue, {}, { singletonKey: 'on-start', singletonSeconds: 60 });
}
