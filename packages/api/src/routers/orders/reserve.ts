import { reserveVoucher, reserveVoucherInput } from '../../services/orders/reserve-voucher';
import { protectedProcedure } from '../../trpc';

export const reserve = protectedProcedure
  .input(reserveVoucherInput)
  .mutation(({ ctx, input }) => reserveVoucher(ctx, { ...input, userId: ctx.user.id }));
