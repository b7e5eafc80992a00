import { z } from 'zod';

import { cancelOrder } from '../../services/orders/cancel-order';
import { protectedProcedure } from '../../trpc';

export const cancel = protectedProcedure
  .input(z.object({ orderId: z.uuid() }))
  .mutation(({ ctx, input }) =>
    cancelOrder({ db: ctx.db, jackpot: ctx.jackpot }, input.orderId, ctx.user.id, 'PORTAL'),
  );
