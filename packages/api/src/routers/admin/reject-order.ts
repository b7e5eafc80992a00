import { z } from 'zod';

import { decideApproval } from '../../services/approvals/decide-approval';
import { adminProcedure } from '../../trpc';

export const rejectOrder = adminProcedure
  .input(z.object({ orderId: z.uuid(), reason: z.string().trim().min(3).max(500) }))
  .mutation(({ ctx, input }) =>
    decideApproval({ db: ctx.db, jackpot: ctx.jackpot }, input.orderId, ctx.user.id, {
      action: 'order.reject',
      reason: input.reason,
    }),
  );
