import type { Db } from '@jackpot-portal/db';

/** The ids of the stores the employee marked as favourite, latest first: the hearts of the catalogue. */
export async function listFavouriteStoreIds(deps: { db: Db }, input: { userId: string }): Promise<string[]> {
  const rows = await deps.db.favourite.findMany({
    where: { userId: input.userId },
    orderBy: { createdAt: 'desc' },
    select: { storeId: true },
  });
  return rows.map((row) => row.storeId);
}
