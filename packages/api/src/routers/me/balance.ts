import { getBalance } from '../../services/account/get-balance';
import { protectedProcedure } from '../../trpc';

export const balance = protectedProcedure.query(({ ctx }) => getBalance(ctx, { userId: ctx.user.id }));
