import { type Db, listCatalogueStores } from '@jackpot-portal/db';
import type { z } from 'zod';

import { catalogueStoresInput } from '../catalogue/cached-catalogue';

export const listFavouriteStoresInput = catalogueStoresInput;

/**
 * The catalogue narrowed to the employee's favourites, with the same search, filters, sort and
 * pages. Read from the database each time: one person's list is never kept in the shared
 * catalogue memory. A favourite store that is no longer available is left out, as in the catalogue.
 */
export function listFavouriteStores(
  deps: { db: Db },
  input: z.infer<typeof listFavouriteStoresInput> & { userId: string },
) {
  const { userId, ...params } = input;
  return listCatalogueStores(deps.db, { ...params, favouriteOf: userId });
}
