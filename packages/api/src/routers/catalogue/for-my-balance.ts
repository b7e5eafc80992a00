import {
  listVouchersForBalance,
  listVouchersForBalanceInput,
} from '../../services/catalogue/list-vouchers-for-balance';
import { protectedProcedure } from '../../trpc';

export const forMyBalance = protectedProcedure
  .input(listVouchersForBalanceInput)
  .query(({ ctx, input }) => listVouchersForBalance(ctx, { ...input, userId: ctx.user.id }));
