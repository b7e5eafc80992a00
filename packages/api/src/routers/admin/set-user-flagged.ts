import { setUserFlagged as setFlagged, setUserFlaggedInput } from '../../services/users/set-user-flagged';
import { adminProcedure } from '../../trpc';

export const setUserFlagged = adminProcedure
  .input(setUserFlaggedInput)
  .mutation(({ ctx, input }) => setFlagged({ db: ctx.db }, { ...input, actor: ctx.actor }));
