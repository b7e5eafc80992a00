import { addChild as add, addChildInput } from '../../services/children/add-child';
import { protectedProcedure } from '../../trpc';

export const addChild = protectedProcedure
  .input(addChildInput)
  .mutation(({ ctx, input }) => add(ctx, { ...input, userId: ctx.user.id }));
