import { listOrders } from '../../services/orders/list-orders';
import { protectedProcedure } from '../../trpc';

export const list = protectedProcedure.query(({ ctx }) => listOrders(ctx, { userId: ctx.user.id }));
