import { listFavouriteStores, listFavouriteStoresInput } from '../../services/favourites/list-favourite-stores';
import { protectedProcedure } from '../../trpc';

export const list = protectedProcedure
  .input(listFavouriteStoresInput)
  .query(({ ctx, input }) => listFavouriteStores(ctx, { ...input, userId: ctx.user.id }));
