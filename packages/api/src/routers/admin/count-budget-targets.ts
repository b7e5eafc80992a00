import { budgetTargetsInput, countBudgetTargets as count } from '../../services/budgets/grant-budget-to-many';
import { adminProcedure } from '../../trpc';

export const countBudgetTargets = adminProcedure
  .input(budgetTargetsInput)
  .query(({ ctx, input }) => count({ db: ctx.db }, input));
