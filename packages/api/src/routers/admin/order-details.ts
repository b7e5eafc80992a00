import { getOrderDetails, getOrderDetailsInput } from '../../services/orders/get-order-details';
import { adminProcedure } from '../../trpc';

export const orderDetails = adminProcedure
  .input(getOrderDetailsInput)
  .query(({ ctx, input }) => getOrderDetails({ db: ctx.db }, { ...input, viewerId: ctx.user.id }));
