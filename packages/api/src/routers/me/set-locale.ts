import { setUserLocale, setUserLocaleInput } from '../../services/users/set-user-locale';
import { protectedProcedure } from '../../trpc';

export const setLocale = protectedProcedure
  .input(setUserLocaleInput)
  .mutation(({ ctx, input }) => setUserLocale({ db: ctx.db }, { ...input, userId: ctx.user.id }));
