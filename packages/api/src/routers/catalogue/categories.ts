import { cachedCatalogueCategories } from '../../services/catalogue/cached-catalogue';
import { protectedProcedure } from '../../trpc';

export const categories = protectedProcedure.query(({ ctx }) => cachedCatalogueCategories(ctx));
