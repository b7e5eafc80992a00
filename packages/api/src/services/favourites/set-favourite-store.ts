import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';

export const setFavouriteStoreInput = z.object({ storeId: z.uuid(), favourite: z.boolean() });

/**
 * Marks a store as one of the employee's favourites, or unmarks it. Setting the state the store
 * already has changes nothing (a double click, a retry): the answer is the same. Only a store of
 * the catalogue can be marked; unmarking works even once the store is no longer available.
 */
export async function setFavouriteStore(
  deps: { db: Db },
  input: z.infer<typeof setFavouriteStoreInput> & { userId: string },
) {
  const { userId, storeId, favourite } = input;
  const store = await deps.db.store.findUnique({ where: { id: storeId }, select: { enabled: true } });
  if (!store) throw new AppError('NOT_FOUND', 'No such store.');
  if (favourite) {
    if (!store.enabled) throw new AppError('STORE_DISABLED', 'This store is not available at the moment.');
    await deps.db.favourite.createMany({ data: [{ userId, storeId }], skipDuplicates: true });
  } else {
    await deps.db.favourite.deleteMany({ where: { userId, storeId } });
  }
  return { storeId, favourite };
}
