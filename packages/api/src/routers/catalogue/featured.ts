import { listFeaturedStores, listFeaturedStoresInput } from '../../services/catalogue/list-featured-stores';
import { publicProcedure } from '../../trpc';

// Public: the landing page shows these before anyone signs in.
export const featured = publicProcedure
  .input(listFeaturedStoresInput)
  .query(({ ctx, input }) => listFeaturedStores({ db: ctx.db }, input));
