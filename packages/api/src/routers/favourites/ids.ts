import { listFavouriteStoreIds } from '../../services/favourites/list-favourite-store-ids';
import { protectedProcedure } from '../../trpc';

export const ids = protectedProcedure.query(({ ctx }) => listFavouriteStoreIds(ctx, { userId: ctx.user.id }));
