import { refetchOrder as refetch, refetchOrderInput } from '../../services/orders/refetch-order';
import { adminProcedure } from '../../trpc';

export const refetchOrder = adminProcedure
  .input(refetchOrderInput)
  .mutation(({ ctx, input }) => refetch({ db: ctx.db, jackpot: ctx.jackpot }, { ...input, actor: ctx.actor }));
