import { approveOrderInput, decideApproval } from '../../services/approvals/decide-approval';
import { adminProcedure } from '../../trpc';

export const approveOrder = adminProcedure
  .input(approveOrderInput)
  .mutation(({ ctx, input }) => decideApproval(ctx, { ...input, adminId: ctx.user.id, action: 'order.approve' }));
