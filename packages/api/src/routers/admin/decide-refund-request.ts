import { decideRefundRequest as decide, decideRefundRequestInput } from '../../services/refunds/decide-refund-request';
import { adminProcedure } from '../../trpc';

export const decideRefundRequest = adminProcedure
  .input(decideRefundRequestInput)
  .mutation(({ ctx, input }) => decide({ db: ctx.db, jackpot: ctx.jackpot }, { ...input, actor: ctx.actor }));
