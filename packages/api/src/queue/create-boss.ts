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

// The schema each boss was created with, for startBoss().
const schemas = new WeakMap<PgBoss, string>();

/** A pg-boss instance on the portal's database; start it with startBoss() to create the queues. */
export function createBoss(options: BossOptions): PgBoss {
  const boss = new PgBoss({
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
  schemas.set(boss, options.schema ?? JOBS_SCHEMA);
  return boss;
}

/**
 * Starts pg-boss (installing or migrating its schema; several instances may race, pg-boss locks)
 * and creates every queue, which must exist before a job can be sent to it.
 */
export async function startBoss(boss: PgBoss, options: { expireInSeconds?: number } = {}): Promise<PgBoss> {
  await boss.start();
  await ensureFetchIndex(boss, schemas.get(boss) ?? JOBS_SCHEMA);
  for (const [name, queue] of Object.entries(QUEUE_OPTIONS) as Array<[QueueName, (typeof QUEUE_OPTIONS)[QueueName]]>) {
    const settings = { ...queue, ...(options.expireInSeconds ? { expireInSeconds: options.expireInSeconds } : {}) };
    if (await boss.getQueue(name)) await boss.updateQueue(name, { name, ...settings });
    else await boss.createQueue(name, { name, ...settings });
  }
  return boss;
}

/**
 * pg-boss 10 takes the next jobs with ORDER BY priority DESC, created_on, id under FOR UPDATE
 * SKIP LOCKED, and its own index (name, start_after) makes PostgreSQL sort every waiting job of
 * the queue on every fetch: 12 ms with 10,000 waiting, 0.2 ms with this index, which serves the
 * ORDER BY directly (measured: docs/BENCHMARKS.md). Created on the partitioned job table, so
 * every queue's partition has it, present and future. Instances starting together may race to
 * create it; the loser finds it there.
 */
async function ensureFetchIndex(boss: PgBoss, schema: string): Promise<void> {
  const create = `CREATE INDEX IF NOT EXISTS job_fetch_order ON ${schema}.job (name, priority DESC, created_on, id) WHERE state < 'active'`;
  try {
    await boss.getDb().executeSql(create, []);
  } catch (error) {
    const exists = await boss
      .getDb()
      .executeSql('SELECT 1 FROM pg_indexes WHERE schemaname = $1 AND indexname = $2', [schema, 'job_fetch_order']);
    if (exists.rows.length === 0) throw error;
  }
}
