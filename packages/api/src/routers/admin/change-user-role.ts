import { changeUserRole as change, changeUserRoleInput } from '../../services/users/change-user-role';
import { adminProcedure } from '../../trpc';

export const changeUserRole = adminProcedure
  .input(changeUserRoleInput)
  .mutation(({ ctx, input }) => change({ db: ctx.db }, { ...input, actor: ctx.actor }));
