import { getOrder, getOrderInput } from '../../services/orders/get-order';
import { protectedProcedure } from '../../trpc';

export const get = protectedProcedure
  .input(getOrderInput)
  .query(({ ctx, input }) => getOrder(ctx, { ...input, userId: ctx.user.id }));
