import type PgBoss from 'pg-boss';

import { type JobData, type QueueName, SCHEDULES } from './queues';

export type JobLog = Pick<Console, 'info' | 'warn' | 'error'>;

// Jobs per fetch: small, so that a slow one (a Jackpot call near its timeout) delays few others.
const BATCH_SIZE = 4;

/**
 * Runs `handle` on the jobs of one queue, `inFlight` of them at a time in this process: several
 * pg-boss workers, each fetching small batches and running them side by side, so that one slow
 * job holds up only its own batch. A job that throws is failed alone (pg-boss schedules its
 * retry); the others complete.
 */
export async function workQueue<Q extends QueueName>(
  boss: PgBoss,
  queue: Q,
  options: { inFlight: number; pollingIntervalSeconds?: number; log: JobLog },
  handle: (data: JobData[Q]) => Promise<unknown>,
): Promise<void> {
  const { inFlight, pollingIntervalSeconds, log } = options;
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
}

/** Logs pg-boss's errors, and the queue depths it reports every monitorStateIntervalSeconds (see createBoss). */
export function logBossEvents(boss: PgBoss, log: JobLog): void {
  boss.on('error', (error) => log.error('pg-boss error', error));
  // Emitted by one instance.
  boss.on('monitor-states', (states) => {
    const queues = Object.entries(states.queues).map(
      ([name, counts]) =>
        `${name} created=${counts.created} retry=${counts.retry} active=${counts.active} failed=${counts.failed}`,
    );
    log.info(`jobs: ${queues.join('; ')}`);
  });
}

/** Registers the cron schedules of SCHEDULES (pg-boss sends each scheduled job once, whatever the number of instances). */
export async function scheduleQueues(boss: PgBoss): Promise<void> {
  for (const [queue, cron] of Object.entries(SCHEDULES)) await boss.schedule(queue, cron, {});
}
