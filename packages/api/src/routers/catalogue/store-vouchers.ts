import { z } from 'zod';

import { listStoreVouchers } from '../../services/catalogue/list-store-vouchers';
import { protectedProcedure } from '../../trpc';

export const storeVouchers = protectedProcedure
  .input(z.object({ storeId: z.uuid() }))
  .query(({ ctx, input }) => listStoreVouchers(ctx, input.storeId));
