import { getAdminOverview } from '../../services/system/get-admin-overview';
import { adminProcedure } from '../../trpc';

export const overview = adminProcedure.query(({ ctx }) => getAdminOverview({ db: ctx.db, jobsSchema: ctx.jobsSchema }));
