import type { DbClient } from '@jackpot-portal/db';
import { z } from 'zod';

import { failedJobs } from '../../queue/failed-jobs';
import { QUEUES } from '../../queue/queues';
import { decodeTimeCursor, keysetPage } from '../system/keyset-cursor';

export const listFailedJobsInput = z.object({
  queue: z.enum(Object.values(QUEUES)).optional(),
  cursor: z.string().max(400).nullish(),
  limit: z.number().int().min(1).max(100).default(25),
});

/** Failed jobs with their error, newest first, paged by keyset. */
export async function listFailedJobs(
  deps: { db: DbClient; jobsSchema?: string },
  rawInput: z.input<typeof listFailedJobsInput>,
) {
  const input = listFailedJobsInput.parse(rawInput);
  const rows = await failedJobs(deps.db, {
    queue: input.queue,
    after: input.cursor ? decodeTimeCursor(input.cursor) : null,
    limit: input.limit + 1,
    schema: deps.jobsSchema,
  });
  const { page, nextCursor } = keysetPage(rows, input.limit, (row) => row.failedAt);
  return { jobs: page, nextCursor };
}
