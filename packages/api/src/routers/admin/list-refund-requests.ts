import { listRefundRequests as list } from '../../services/refunds/list-refund-requests';
import { adminProcedure } from '../../trpc';

export const listRefundRequests = adminProcedure.query(({ ctx }) => list({ db: ctx.db }));
