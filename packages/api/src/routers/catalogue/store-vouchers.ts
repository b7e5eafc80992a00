import { listStoreVouchers, listStoreVouchersInput } from '../../services/catalogue/list-store-vouchers';
import { protectedProcedure } from '../../trpc';

export const storeVouchers = protectedProcedure
  .input(listStoreVouchersInput)
  .query(({ ctx, input }) => listStoreVouchers(ctx, { ...input, userId: ctx.user.id }));
