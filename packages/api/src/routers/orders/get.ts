import { findOrderForUser } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { protectedProcedure } from '../../trpc';

export const get = protectedProcedure.input(z.object({ orderId: z.uuid() })).query(async ({ ctx, input }) => {
  const order = await findOrderForUser(ctx.db, ctx.user.id, input.orderId);
  if (!order) throw new AppError('NOT_FOUND', 'No such voucher.');
  return order;
});
