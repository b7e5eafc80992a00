import { decideOrderWithReasonInput } from '../../services/orders/decide-order';
import { requestRefund } from '../../services/refunds/request-refund';
import { adminProcedure } from '../../trpc';

// Above the refund threshold this only requests the refund: a second admin approves it.
export const refundOrder = adminProcedure
  .input(decideOrderWithReasonInput)
  .mutation(({ ctx, input }) => requestRefund({ db: ctx.db, jackpot: ctx.jackpot }, { ...input, actor: ctx.actor }));
