import { listPopularStores, listPopularStoresInput } from '../../services/catalogue/list-popular-stores';
import { protectedProcedure } from '../../trpc';

// Signed in only: what colleagues buy is the company's business, not the public landing page's.
export const popular = protectedProcedure
  .input(listPopularStoresInput)
  .query(({ ctx, input }) => listPopularStores(ctx, { ...input, userId: ctx.user.id }));
