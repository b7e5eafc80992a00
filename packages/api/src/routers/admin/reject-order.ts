import { decideApproval, rejectOrderInput } from '../../services/approvals/decide-approval';
import { adminProcedure } from '../../trpc';

export const rejectOrder = adminProcedure
  .input(rejectOrderInput)
  .mutation(({ ctx, input }) => decideApproval(ctx, { ...input, adminId: ctx.user.id, action: 'order.reject' }));
