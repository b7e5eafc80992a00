import { grantBudgetToMany as grant, grantBudgetToManyInput } from '../../services/budgets/grant-budget-to-many';
import { adminProcedure } from '../../trpc';

export const grantBudgetToMany = adminProcedure
  .input(grantBudgetToManyInput)
  .mutation(({ ctx, input }) => grant({ db: ctx.db }, { ...input, actor: ctx.actor }));
