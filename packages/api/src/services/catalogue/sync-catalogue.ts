import { type Db, disableMirrorStores, upsertMirrorStore } from '@jackpot-portal/db';
import type { JackpotClient } from '@jackpot-portal/jackpot-core';

import { runTransaction } from '../system/run-transaction';
import { forgetCachedCatalogue } from './cached-catalogue';
import { toMirrorStore } from './mirror-store';

// Stores written per transaction: a failure midway keeps the batches already written.
const BATCH_SIZE = 25;

export interface CatalogueSyncCounts {
  stores: number;
  enabled: number;
  offers: number;
  // Stores the mirror had but Jackpot's listing no longer has, now marked disabled.
  missingDisabled: number;
}

/**
 * Mirrors Jackpot's whole catalogue (GET /v2/stores): every store and exactly its offers. A
 * store missing from the listing is marked disabled, never deleted: orders name it.
 */
export async function syncCatalogue({ db, jackpot }: { db: Db; jackpot: JackpotClient }): Promise<CatalogueSyncCounts> {
  const stores = (await jackpot.listStores()).map(toMirrorStore);
  const syncedAt = new Date();
  for (let start = 0; start < stores.length; start += BATCH_SIZE) {
    const batch = stores.slice(start, start + BATCH_SIZE);
    await runTransaction(db, async (tx) => {
      for (const store of batch) await upsertMirrorStore(tx, store, syncedAt);
    });
  }
  const missingDisabled = await disableMirrorStores(db, { notIn: stores.map((store) => store.id) }, syncedAt);
  forgetCachedCatalogue();
  return {
    stores: stores.length,
    enabled: stores.filter((store) => store.enabled).length,
    offers: stores.reduce((count, store) => count + store.offers.length, 0),
    missingDisabled,
  };
}
