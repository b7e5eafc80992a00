import { jobStats as readJobStats } from '../../services/jobs/job-stats';
import { adminProcedure } from '../../trpc';

export const jobStats = adminProcedure.query(({ ctx }) => readJobStats(ctx.db));
