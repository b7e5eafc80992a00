import { checkDatabase } from '../../services/system/check-database';
import { publicProcedure } from '../../trpc';

export const health = publicProcedure.query(async ({ ctx }) => {
  const database = await checkDatabase(ctx);
  return { database: database.status, latencyMs: database.latencyMs, checkedAt: new Date() };
});
