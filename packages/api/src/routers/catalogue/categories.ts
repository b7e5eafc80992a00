import { listCatalogueCategories } from '@jackpot-portal/db';

import { protectedProcedure } from '../../trpc';

export const categories = protectedProcedure.query(({ ctx }) => listCatalogueCategories(ctx.db));
