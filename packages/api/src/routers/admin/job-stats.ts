import { jobStats as readJobStats } from '../../services/system/job-stats';
import { adminProcedure } from '../../trpc';

export const jobStats = adminProcedure.query(({ ctx }) => readJobStats(ctx));
