import { z } from 'zod';

import { listVouchersForBalance } from '../../services/catalogue/list-vouchers-for-balance';
import { protectedProcedure } from '../../trpc';

export const forMyBalance = protectedProcedure
  .input(z.object({ amountCents: z.number().int().positive().max(10_000_000).optional() }))
  .query(({ ctx, input }) => listVouchersForBalance(ctx, input));
