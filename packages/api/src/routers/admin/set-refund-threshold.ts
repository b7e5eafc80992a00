import { setRefundThreshold as setThreshold, setRefundThresholdInput } from '../../services/refunds/refund-threshold';
import { adminProcedure } from '../../trpc';

export const setRefundThreshold = adminProcedure
  .input(setRefundThresholdInput)
  .mutation(({ ctx, input }) => setThreshold({ db: ctx.db }, { ...input, actor: ctx.actor }));
