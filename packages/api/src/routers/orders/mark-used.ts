import { markVoucherUsed, markVoucherUsedInput } from '../../services/orders/mark-voucher-used';
import { protectedProcedure } from '../../trpc';

export const markUsed = protectedProcedure
  .input(markVoucherUsedInput)
  .mutation(({ ctx, input }) => markVoucherUsed({ db: ctx.db }, { ...input, userId: ctx.user.id }));
