import { adminProcedure } from '../../trpc';

// The stores a voucher can be filtered by: the catalogue mirror, by name.
export const orderFilterOptions = adminProcedure.query(async ({ ctx }) => ({
  stores: await ctx.db.store.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
}));
