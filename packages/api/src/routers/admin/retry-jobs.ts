import { retryJobs as retry, retryJobsInput } from '../../services/jobs/retry-jobs';
import { adminProcedure } from '../../trpc';

export const retryJobs = adminProcedure
  .input(retryJobsInput)
  .mutation(({ ctx, input }) => retry({ db: ctx.db, jobsSchema: ctx.jobsSchema }, { ...input, actor: ctx.actor }));
