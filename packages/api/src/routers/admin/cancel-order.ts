import { decideOrder, decideOrderWithReasonInput } from '../../services/orders/decide-order';
import { adminProcedure } from '../../trpc';

export const cancelOrder = adminProcedure
  .input(decideOrderWithReasonInput)
  .mutation(({ ctx, input }) =>
    decideOrder({ db: ctx.db, jackpot: ctx.jackpot }, { ...input, decision: 'order.cancel', actor: ctx.actor }),
  );
