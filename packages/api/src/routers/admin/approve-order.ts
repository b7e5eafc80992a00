import { z } from 'zod';

import { decideApproval } from '../../services/approvals/decide-approval';
import { adminProcedure } from '../../trpc';

export const approveOrder = adminProcedure
  .input(z.object({ orderId: z.uuid() }))
  .mutation(({ ctx, input }) =>
    decideApproval({ db: ctx.db, jackpot: ctx.jackpot }, input.orderId, ctx.user.id, { action: 'order.approve' }),
  );
