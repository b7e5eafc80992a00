import { listAllOrders, listAllOrdersInput } from '../../services/orders/list-all-orders';
import { adminProcedure } from '../../trpc';

export const listOrders = adminProcedure
  .input(listAllOrdersInput)
  .query(({ ctx, input }) => listAllOrders({ db: ctx.db }, input));
