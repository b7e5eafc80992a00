import {
  CATALOGUE_SORTS,
  type CatalogueListParams,
  type Db,
  foldForSearch,
  listCatalogueCategories,
  listCatalogueStores,
} from '@jackpot-portal/db';
import { z } from 'zod';

/**
 * The catalogue is the same for every employee and changes rarely (the nightly sync, a store
 * webhook), so its pages and categories are kept in memory for a few seconds, per process:
 * a popular page costs no query at all. What a change can leave behind is a listing at most
 * TTL_MS old on other instances (this one forgets at once, see forgetCachedCatalogue); a
 * reservation always reads the store itself and Jackpot checks it again.
 */
const TTL_MS = 10_000;
// Search texts are free input: the number of remembered answers is bounded, oldest out first.
const MAX_ENTRIES = 500;

interface Entry {
  expiresAt: number;
  value: Promise<unknown>;
}

const entries = new Map<string, Entry>();

function remembered<T>(key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
  // Concurrent misses share one query; a failed one is not kept.
  const value = load();
  entries.delete(key);
  entries.set(key, { expiresAt: now + TTL_MS, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break;
    entries.delete(oldest);
  }
  return value;
}

export const catalogueStoresInput = z.object({
  search: z.string().trim().max(100).optional(),
  category: z.string().max(100).optional(),
  // A wallet's allowed categories (me.wallets), to list what it can buy.
  categories: z.array(z.string().max(100)).max(50).optional(),
  mode: z.enum(['BONUS', 'DISCOUNT']).optional(),
  sort: z.enum(CATALOGUE_SORTS).optional(),
  page: z.number().int().min(1).max(1_000).optional(),
});

/**
 * listCatalogueStores, remembered for a few seconds. The same for everyone, so never one user's
 * favourites (services/favourites/list-favourite-stores.ts reads those uncached).
 */
export function cachedCatalogueStores({ db }: { db: Db }, params: Omit<CatalogueListParams, 'favouriteOf'>) {
  const key = JSON.stringify([
    'stores',
    foldForSearch(params.search?.trim() ?? ''),
    params.category ?? '',
    params.categories ? [...params.categories].sort() : null,
    params.mode ?? '',
    params.sort ?? '',
    params.page ?? 1,
    params.pageSize ?? 0,
  ]);
  return remembered(key, () => listCatalogueStores(db, params));
}

/** listCatalogueCategories, remembered for a few seconds. */
export function cachedCatalogueCategories({ db }: { db: Db }) {
  return remembered('categories', () => listCatalogueCategories(db));
}

/** After this process changed the mirror: the next listing reads it again. */
export function forgetCachedCatalogue(): void {
  entries.clear();
}
