import { decideOrder, decideOrderWithReasonInput } from '../../services/orders/decide-order';
import { adminProcedure } from '../../trpc';

export const refundOrder = adminProcedure
  .input(decideOrderWithReasonInput)
  .mutation(({ ctx, input }) =>
    decideOrder({ db: ctx.db, jackpot: ctx.jackpot }, { ...input, decision: 'order.refund', actor: ctx.actor }),
  );
