import { removeChild as remove, removeChildInput } from '../../services/children/remove-child';
import { protectedProcedure } from '../../trpc';

export const removeChild = protectedProcedure
  .input(removeChildInput)
  .mutation(({ ctx, input }) => remove(ctx, { ...input, userId: ctx.user.id }));
