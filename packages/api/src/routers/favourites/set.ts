import { setFavouriteStore, setFavouriteStoreInput } from '../../services/favourites/set-favourite-store';
import { protectedProcedure } from '../../trpc';

export const set = protectedProcedure
  .input(setFavouriteStoreInput)
  .mutation(({ ctx, input }) => setFavouriteStore(ctx, { ...input, userId: ctx.user.id }));
