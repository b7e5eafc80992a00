import PgBoss from 'pg-boss';

import { JOBS_SCHEMA, QUEUE_OPTIONS, type QueueName } from './queues';

export interface BossOptions {
  databaseUrl: string;
  /** Another schema isolates a test run's queues; production uses JOBS_SCHEMA. */
  schema?: string;
  /** How often an idle worker looks for jobs (pg-boss minimum 0.5 s). */
  pollingIntervalSeconds?: number;
  /** How often expired active jobs (a killed worker's) are failed into a retry. */
  maintenanceIntervalSeconds?: number;
  /** Overrides every queue's job expiry, e.g. short in tests so a killed worker's jobs come back fast. */
  expireInSeconds?: number;
  /** Log queue depths this often (startJobWorkers listens); unset: never. */
  monitorStateIntervalSeconds?: number;
  /** false: no cron (e.g. a process that only records webhooks). */
  schedule?: boolean;
  maxConnections?: number;
}

/** A pg-boss instance on the portal's database; start it with startBoss() to create the queues. */
export function createBoss(options: BossOptions): PgBoss {
  return new PgBoss({
    connectionString: options.databaseUrl,
    schema: options.schema ?? JOBS_SCHEMA,
    application_name: 'jackpot-portal-jobs',
    max: options.maxConnections ?? 5,
    schedule: options.schedule ?? true,
    ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
    ...(options.maintenanceIntervalSeconds ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds } : {}),
    ...(options.expireInSeconds ? { expireInSeconds: options.expireInSeconds } : {}),
    ...(options.monitorStateIntervalSeconds
      ? { monitorStateIntervalSeconds: options.monitorStateIntervalSeconds }
      : {}),
  });
}

/**
 * Starts pg-boss (installing or migrating its schema; several instances may race, pg-boss locks)
 * and creates every queue, which must exist before a job can be sent to it.
 */
export async function startBoss(boss: PgBoss, options: { expireInSeconds?: number } = {}): Promise<PgBoss> {
  await boss.start();
  for (const [name, queue] of Object.entries(QUEUE_OPTIONS) as Array<[QueueName, (typeof QUEUE_OPTIONS)[QueueName]]>) {
    const settings = { ...queue, ...(options.expireInSeconds ? { expireInSeconds: options.expireInSeconds } : {}) };
    if (await boss.getQueue(name)) await boss.updateQueue(name, { name, ...settings });
    else await boss.createQueue(name, { name, ...settings });
  }
  return boss;
}
