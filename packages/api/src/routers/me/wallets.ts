import { listMyWallets } from '../../services/wallets/list-my-wallets';
import { protectedProcedure } from '../../trpc';

export const wallets = protectedProcedure.query(({ ctx }) => listMyWallets(ctx, { userId: ctx.user.id }));
