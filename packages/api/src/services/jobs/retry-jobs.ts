import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { retryFailedJobs } from '../../queue/failed-jobs';
import { QUEUES } from '../../queue/queues';
import { type AuditActor, recordAudit } from '../audit/record-audit';
import { runTransaction } from '../system/run-transaction';

/** One failed job by id, or every failed one (of a queue, or of all). */
export const retryJobsInput = z.union([
  z.object({ jobId: z.uuid() }),
  z.object({ allFailed: z.literal(true), queue: z.enum(Object.values(QUEUES)).optional() }),
]);

/**
 * Gives failed jobs another attempt, with one audit row per job, in one transaction. Every
 * handler is idempotent, so a retried job that had partly done its work changes nothing twice.
 */
export async function retryJobs(
  deps: { db: Db; jobsSchema?: string },
  input: z.infer<typeof retryJobsInput> & { actor: AuditActor },
): Promise<{ retried: number }> {
  const retried = await runTransaction(deps.db, async (tx) => {
    const jobs = await retryFailedJobs(
      tx,
      'jobId' in input ? { ids: [input.jobId] } : { all: true, queue: input.queue },
      deps.jobsSchema,
    );
    for (const job of jobs)
      await recordAudit(tx, input.actor, {
        action: 'job.retry',
        targetType: 'job',
        targetId: job.id,
        before: { state: 'failed' },
        after: { state: 'retry' },
        data: { queue: job.queue },
      });
    return jobs.length;
  });
  if ('jobId' in input && retried === 0)
    throw new AppError('ALREADY_DECIDED', 'This job is no longer failed: it was retried already, or archived.');
  return { retried };
}
