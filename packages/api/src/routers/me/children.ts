import { listChildren } from '../../services/children/list-children';
import { protectedProcedure } from '../../trpc';

export const children = protectedProcedure.query(({ ctx }) => listChildren(ctx, { userId: ctx.user.id }));
