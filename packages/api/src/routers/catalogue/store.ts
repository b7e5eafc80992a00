import { findCatalogueStore } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';
import { protectedProcedure } from '../../trpc';

export const store = protectedProcedure.input(z.object({ storeId: z.uuid() })).query(async ({ ctx, input }) => {
  const found = await findCatalogueStore(ctx.db, input.storeId);
  if (!found) throw new AppError('NOT_FOUND', 'This store is not in the catalogue.');
  return found;
});
