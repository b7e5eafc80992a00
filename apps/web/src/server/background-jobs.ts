import { smtpSettings } from '@jackpot-portal/api';
import { DEFAULT_PENDING_GIVE_UP_AFTER_S, startBoss, startJobWorkers } from '@jackpot-portal/api/jobs';
import { getDb } from '@jackpot-portal/db';
import { createJackpotClientFromEnv } from '@jackpot-portal/jackpot-core';

import { env } from '~/env';

import { getBoss } from './boss';
import { voucherReadyEmail } from './emails/voucher-ready-email';

/**
 * Started once per server process by instrumentation.ts: pg-boss (schema and queues) always, so
 * that the webhook route can enqueue; the workers and schedules only when JOBS_ENABLED. Several
 * instances may all run them. SIGTERM stops taking jobs and waits for running ones (10 s).
 */
export async function startBackgroundJobs(): Promise<void> {
  const boss = await startBoss(getBoss());
  const log = { info: console.info, warn: console.warn, error: console.error };
  if (env.JOBS_ENABLED) {
    await startJobWorkers(
      {
        // The same process-wide client (and pool) as the route handlers' (server/db.ts).
        db: getDb(env.DATABASE_URL, { maxConnections: env.DATABASE_POOL_SIZE }),
        jackpot: createJackpotClientFromEnv(env),
        boss,
        email: {
          smtp: smtpSettings(env),
          appUrl: env.AUTH_URL ?? 'http://localhost:3000',
          composeVoucherReady: voucherReadyEmail,
        },
        reconcile: {
          reconcileAfterS: env.RECONCILE_AFTER_S,
          pendingGiveUpAfterS: env.PENDING_GIVE_UP_AFTER_S ?? DEFAULT_PENDING_GIVE_UP_AFTER_S,
        },
        webhookRetentionDays: env.WEBHOOK_RETENTION_DAYS,
        log,
      },
      { schedule: true, syncCatalogueOnStart: true, concurrency: env.JOBS_CONCURRENCY },
    );
  }
  log.info(`jobs: pg-boss started${env.JOBS_ENABLED ? ' with workers' : ' (workers disabled: JOBS_ENABLED=false)'}`);
  const stop = () =>
    void boss
      .stop({ graceful: true, timeout: 10_000 })
      .catch((error: unknown) => log.error('jobs: stop failed', error));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
