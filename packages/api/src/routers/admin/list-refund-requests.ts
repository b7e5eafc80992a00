import { listRefundRequests as list, listRefundRequestsInput } from '../../services/refunds/list-refund-requests';
import { adminProcedure } from '../../trpc';

export const listRefundRequests = adminProcedure
  .input(listRefundRequestsInput)
  .query(({ ctx, input }) => list({ db: ctx.db }, input));
