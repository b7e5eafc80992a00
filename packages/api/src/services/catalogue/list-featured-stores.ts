import type { Db } from '@jackpot-portal/db';
import { z } from 'zod';

import { cachedCatalogueStores } from './cached-catalogue';

export const listFeaturedStoresInput = z.object({ limit: z.number().int().min(1).max(12).default(6) });

/**
 * The stores the landing page shows to anyone: the enabled stores of the mirror with the best
 * offers, each with its best offer as the catalogue states it (nothing hard-coded). Only public
 * facts of the catalogue; answered from the catalogue's memory, so an anonymous page costs no query.
 */
export async function listFeaturedStores(deps: { db: Db }, input: z.infer<typeof listFeaturedStoresInput>) {
  const { stores } = await cachedCatalogueStores(deps, { sort: 'rate', pageSize: input.limit });
  return stores.map((store) => {
    const best = store.offers.find((offer) => offer.rateBasisPoints > 0) ?? null;
    return {
      id: store.id,
      name: store.name,
      category: store.category,
      baseColor: store.baseColor,
      logo: store.logoMedium ?? store.logoSmall,
      bestOffer: best ? { mode: best.mode, rateBasisPoints: best.rateBasisPoints } : null,
    };
  });
}
