import { getCatalogueStore, getCatalogueStoreInput } from '../../services/catalogue/get-catalogue-store';
import { protectedProcedure } from '../../trpc';

export const store = protectedProcedure
  .input(getCatalogueStoreInput)
  .query(({ ctx, input }) => getCatalogueStore(ctx, input));
