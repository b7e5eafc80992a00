import { cancelOrder, cancelOrderInput } from '../../services/orders/cancel-order';
import { protectedProcedure } from '../../trpc';

export const cancel = protectedProcedure
  .input(cancelOrderInput)
  .mutation(({ ctx, input }) => cancelOrder(ctx, { ...input, ownerId: ctx.user.id, source: 'PORTAL' }));
