import { reserveVoucher } from '../../services/orders/reserve-voucher';
import { protectedProcedure } from '../../trpc';
import { reserveInput } from './reserve.schema';

export const reserve = protectedProcedure
  .input(reserveInput)
  .mutation(({ ctx, input }) =>
    reserveVoucher({ db: ctx.db, jackpot: ctx.jackpot, boss: ctx.boss }, ctx.user.id, input),
  );
