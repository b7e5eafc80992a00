import { budgetImportInput, previewBudgetImport as preview } from '../../services/budgets/preview-budget-import';
import { adminProcedure } from '../../trpc';

// A mutation, not a query: the file is too big for a URL, and the preview is asked for once.
export const previewBudgetImport = adminProcedure
  .input(budgetImportInput)
  .mutation(({ ctx, input }) => preview({ db: ctx.db }, input));
