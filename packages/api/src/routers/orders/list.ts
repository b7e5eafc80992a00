import { listOrdersForUser } from '@jackpot-portal/db';

import { protectedProcedure } from '../../trpc';

export const list = protectedProcedure.query(({ ctx }) => listOrdersForUser(ctx.db, ctx.user.id));
