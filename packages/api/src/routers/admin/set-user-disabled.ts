import { setUserDisabled as setDisabled, setUserDisabledInput } from '../../services/users/set-user-disabled';
import { adminProcedure } from '../../trpc';

export const setUserDisabled = adminProcedure
  .input(setUserDisabledInput)
  .mutation(({ ctx, input }) => setDisabled({ db: ctx.db }, { ...input, actor: ctx.actor }));
