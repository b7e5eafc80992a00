import { grantBudget as grant, grantBudgetInput } from '../../services/ledger/grant-budget';
import { adminProcedure } from '../../trpc';

export const grantBudget = adminProcedure
  .input(grantBudgetInput)
  .mutation(({ ctx, input }) => grant({ db: ctx.db }, { ...input, actor: ctx.actor }));
