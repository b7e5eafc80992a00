import { listFailedJobs, listFailedJobsInput } from '../../services/jobs/list-failed-jobs';
import { adminProcedure } from '../../trpc';

export const failedJobs = adminProcedure
  .input(listFailedJobsInput)
  .query(({ ctx, input }) => listFailedJobs({ db: ctx.db, jobsSchema: ctx.jobsSchema }, input));
