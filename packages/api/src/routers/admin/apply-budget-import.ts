import { applyBudgetImport as apply, applyBudgetImportInput } from '../../services/budgets/apply-budget-import';
import { adminProcedure } from '../../trpc';

export const applyBudgetImport = adminProcedure
  .input(applyBudgetImportInput)
  .mutation(({ ctx, input }) => apply({ db: ctx.db }, { ...input, actor: ctx.actor }));
