import { decideOrders as decide, decideOrdersInput } from '../../services/approvals/decide-orders';
import { adminProcedure } from '../../trpc';

export const decideOrders = adminProcedure
  .input(decideOrdersInput)
  .mutation(({ ctx, input }) => decide({ db: ctx.db, jackpot: ctx.jackpot }, { ...input, actor: ctx.actor }));
