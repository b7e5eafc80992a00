import { CATALOGUE_SORTS } from '@jackpot-portal/db';
import { z } from 'zod';

import { cachedCatalogueStores } from '../../services/catalogue/cached-catalogue';
import { protectedProcedure } from '../../trpc';

export const listInput = z.object({
  search: z.string().trim().max(100).optional(),
  category: z.string().max(100).optional(),
  mode: z.enum(['BONUS', 'DISCOUNT']).optional(),
  sort: z.enum(CATALOGUE_SORTS).optional(),
  page: z.number().int().min(1).max(1_000).optional(),
});

export const list = protectedProcedure.input(listInput).query(({ ctx, input }) => cachedCatalogueStores(ctx.db, input));
