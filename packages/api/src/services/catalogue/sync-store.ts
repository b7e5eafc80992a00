import { type Db, disableMirrorStores, upsertMirrorStore } from '@jackpot-portal/db';
import { isJackpotError, type JackpotClient } from '@jackpot-portal/jackpot-core';

import { runTransaction } from '../system/run-transaction';
import { forgetCachedCatalogue } from './cached-catalogue';
import { toMirrorStore } from './mirror-store';

export type StoreSyncOutcome = 'updated' | 'disabled';

/**
 * Re-reads one store from Jackpot into the mirror (store/update, store/enabled and
 * store/disabled webhooks carry only a hint). A store Jackpot no longer knows is marked disabled.
 */
export async function syncStore(
  { db, jackpot }: { db: Db; jackpot: JackpotClient },
  input: { storeId: string },
): Promise<StoreSyncOutcome> {
  const { storeId } = input;
  const syncedAt = new Date();
  try {
    const store = toMirrorStore(await jackpot.getStore(storeId));
    await runTransaction(db, (tx) => upsertMirrorStore(tx, store, syncedAt));
    return store.enabled ? 'updated' : 'disabled';
  } catch (error) {
    if (!isJackpotError(error) || error.status !== 404) throw error;
    await disableMirrorStores(db, { ids: [storeId] }, syncedAt);
    return 'disabled';
  } finally {
    forgetCachedCatalogue();
  }
}
