import { getProfile } from '../../services/account/get-profile';
import { protectedProcedure } from '../../trpc';

export const profile = protectedProcedure.query(({ ctx }) => getProfile(ctx, { userId: ctx.user.id }));
