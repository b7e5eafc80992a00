import { availableBalanceCents } from '@jackpot-portal/db';

import { protectedProcedure } from '../../trpc';

export const balance = protectedProcedure.query(async ({ ctx }) => {
  return { availableCents: await availableBalanceCents(ctx.db, ctx.user.id) };
});
