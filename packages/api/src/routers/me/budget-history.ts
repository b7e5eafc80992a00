import { listBudgetHistory, listBudgetHistoryInput } from '../../services/ledger/list-budget-history';
import { protectedProcedure } from '../../trpc';

export const budgetHistory = protectedProcedure
  .input(listBudgetHistoryInput)
  .query(({ ctx, input }) => listBudgetHistory({ db: ctx.db }, { ...input, userId: ctx.user.id }));
