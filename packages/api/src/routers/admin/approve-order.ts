import { decideOrder, decideOrderInput } from '../../services/orders/decide-order';
import { adminProcedure } from '../../trpc';

export const approveOrder = adminProcedure
  .input(decideOrderInput)
  .mutation(({ ctx, input }) =>
    decideOrder({ db: ctx.db, jackpot: ctx.jackpot }, { ...input, decision: 'order.approve', actor: ctx.actor }),
  );
