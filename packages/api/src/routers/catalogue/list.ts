import { cachedCatalogueStores, catalogueStoresInput } from '../../services/catalogue/cached-catalogue';
import { protectedProcedure } from '../../trpc';

export const list = protectedProcedure
  .input(catalogueStoresInput)
  .query(({ ctx, input }) => cachedCatalogueStores(ctx, input));
