import { childrenImportInput, previewChildrenImport as preview } from '../../services/children/preview-children-import';
import { adminProcedure } from '../../trpc';

// A mutation, not a query: the file is too big for a URL.
export const previewChildrenImport = adminProcedure
  .input(childrenImportInput)
  .mutation(({ ctx, input }) => preview({ db: ctx.db }, input));
