import { applyChildrenImport as apply, applyChildrenImportInput } from '../../services/children/apply-children-import';
import { adminProcedure } from '../../trpc';

export const applyChildrenImport = adminProcedure
  .input(applyChildrenImportInput)
  .mutation(({ ctx, input }) => apply({ db: ctx.db }, { ...input, actor: ctx.actor }));
