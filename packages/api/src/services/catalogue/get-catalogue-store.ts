import { type Db, findCatalogueStore } from '@jackpot-portal/db';
import { z } from 'zod';

import { AppError } from '../../errors';

export const getCatalogueStoreInput = z.object({ storeId: z.uuid() });

/** One store of the catalogue mirror with its offers; "not found" when it was never mirrored. */
export async function getCatalogueStore({ db }: { db: Db }, input: z.infer<typeof getCatalogueStoreInput>) {
  const store = await findCatalogueStore(db, input.storeId);
  if (!store) throw new AppError('NOT_FOUND', 'This store is not in the catalogue.');
  return store;
}
