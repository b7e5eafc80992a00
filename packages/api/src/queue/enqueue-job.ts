import type { Prisma, SqlStatement } from '@jackpot-portal/db';
import type PgBoss from 'pg-boss';

import type { JobData, QueueName } from './queues';

/** What sending a job needs: only pg-boss's send (a started or unstarted instance). */
export type JobSender = Pick<PgBoss, 'send'>;

/**
 * pg-boss runs its INSERT through this adapter, inside the caller's Prisma interactive
 * transaction: the job exists exactly when the rows written beside it do.
 */
export function bossDbOverTransaction(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...values.map(toSqlParameter));
      return { rows };
    },
  };
}

// pg-boss passes undefined for options it leaves to defaults, and the payload as an object.
function toSqlParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) return JSON.stringify(value);
  return value;
}

export interface EnqueueOptions {
  /** Send inside this transaction (committed or rolled back with it). */
  tx?: Prisma.TransactionClient;
  /** With singletonSeconds: at most one job per key in each window of that many seconds. */
  singletonKey?: string;
  singletonSeconds?: number;
  /** A fixed job id: a second send with the same id is a no-op while the job is kept. */
  id?: string;
  startAfterSeconds?: number;
}

/** Sends one job; returns its id, or null when an identical job was already queued. */
export function enqueueJob<Q extends QueueName>(
  boss: JobSender,
  queue: Q,
  data: JobData[Q],
  options: EnqueueOptions = {},
): Promise<string | null> {
  return boss.send(queue, data, {
    ...(options.tx ? { db: bossDbOverTransaction(options.tx) } : {}),
    ...sendOptions(options),
  });
}

function sendOptions(options: EnqueueOptions): PgBoss.SendOptions {
  return {
    ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    ...(options.singletonSeconds ? { singletonSeconds: options.singletonSeconds } : {}),
    ...(options.id ? { id: options.id } : {}),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
  };
}

/**
 * pg-boss's own INSERT of one job, built exactly as send() builds it but not run: for a caller
 * that runs it within a statement of its own (recordWebhookEvent). It inserts nothing when a job
 * with the same id exists, or when the queue does not.
 */
export async function jobInsertStatement<Q extends QueueName>(
  boss: JobSender,
  queue: Q,
  data: JobData[Q],
  options: EnqueueOptions & { id: string },
): Promise<SqlStatement> {
  let statement: SqlStatement | undefined;
  const capture: PgBoss.Db = {
    async executeSql(text, values) {
      statement = { text, values: values.map(toSqlParameter) };
      return { rows: [{ id: options.id }] };
    },
  };
  await boss.send(queue, data, { ...sendOptions(options), db: capture });
  if (!statement) throw new Error(`pg-boss built no INSERT for queue ${queue}`);
  return statement;
}
